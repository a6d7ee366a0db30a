using System;

namespace PeerPractice.Agendas;

/// <summary>The outcome of reading an ISO 8601 duration or period.</summary>
internal enum IsoPeriodStatus
{
    /// <summary>Read, and longer than zero.</summary>
    Valid,

    /// <summary>Not in the accepted form.</summary>
    Malformed,

    /// <summary>Well formed but zero, or written with a leading minus.</summary>
    NotPositive,
}

/// <summary>
/// Reads the forms agendas use for lengths of time, exactly as <c>agenda.schema.json</c>'s patterns do.
/// A duration is either ISO 8601 (<c>PT5M</c>, <c>PT1H30M</c>, <c>P1DT2H</c>: days, hours, minutes and
/// seconds only, because months and years have no fixed length) or the short form people write
/// (<c>5m</c>, <c>1h30m</c>, <c>90s</c>: lower-case hours, minutes and seconds, in that order). A cadence (<c>P1M</c>, <c>P3M</c>,
/// <c>P2W</c>) has years, months, weeks and days and no time part. Each number has at most 7
/// digits (4 for a cadence) so every value fits; fractions are not accepted.
/// </summary>
internal static class IsoPeriod
{
    private const int MaxDurationDigits = 7;
    private const int MaxCadenceDigits = 4;

    /// <summary>Reads a duration such as <c>PT1H30M</c> or <c>1h30m</c>.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="value">The duration, when valid.</param>
    public static IsoPeriodStatus ReadDuration(string text, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        var negative = text.Length > 0 && text[0] == '-';
        var i = negative ? 1 : 0;
        if (i < text.Length && text[i] >= '0' && text[i] <= '9')
        {
            return ReadShortDuration(text, i, negative, out value);
        }

        if (i >= text.Length || text[i] != 'P')
        {
            return IsoPeriodStatus.Malformed;
        }

        i++;
        long seconds = 0;
        var any = false;
        if (TryComponent(text, ref i, 'D', MaxDurationDigits, out var days))
        {
            seconds += days * 86400;
            any = true;
        }

        if (i < text.Length && text[i] == 'T')
        {
            i++;
            var anyTime = false;
            if (TryComponent(text, ref i, 'H', MaxDurationDigits, out var hours))
            {
                seconds += hours * 3600;
                anyTime = true;
            }

            if (TryComponent(text, ref i, 'M', MaxDurationDigits, out var minutes))
            {
                seconds += minutes * 60;
                anyTime = true;
            }

            if (TryComponent(text, ref i, 'S', MaxDurationDigits, out var secs))
            {
                seconds += secs;
                anyTime = true;
            }

            if (!anyTime)
            {
                return IsoPeriodStatus.Malformed;
            }

            any = true;
        }

        if (!any || i != text.Length)
        {
            return IsoPeriodStatus.Malformed;
        }

        if (negative || seconds == 0)
        {
            return IsoPeriodStatus.NotPositive;
        }

        value = TimeSpan.FromSeconds(seconds);
        return IsoPeriodStatus.Valid;
    }

    /// <summary>Reads the short form (<c>5m</c>, <c>1h30m</c>, <c>90s</c>) from <paramref name="i"/>, the first digit.</summary>
    private static IsoPeriodStatus ReadShortDuration(string text, int i, bool negative, out TimeSpan value)
    {
        value = TimeSpan.Zero;
        long seconds = 0;
        var any = false;
        if (TryComponent(text, ref i, 'h', MaxDurationDigits, out var hours))
        {
            seconds += hours * 3600;
            any = true;
        }

        if (TryComponent(text, ref i, 'm', MaxDurationDigits, out var minutes))
        {
            seconds += minutes * 60;
            any = true;
        }

        if (TryComponent(text, ref i, 's', MaxDurationDigits, out var secs))
        {
            seconds += secs;
            any = true;
        }

        if (!any || i != text.Length)
        {
            return IsoPeriodStatus.Malformed;
        }

        if (negative || seconds == 0)
        {
            return IsoPeriodStatus.NotPositive;
        }

        value = TimeSpan.FromSeconds(seconds);
        return IsoPeriodStatus.Valid;
    }

    /// <summary>Reads a cadence such as <c>P1M</c> or <c>P2W</c>.</summary>
    /// <param name="text">The text to read.</param>
    /// <param name="value">The cadence, when valid.</param>
    public static IsoPeriodStatus ReadCadence(string text, out Cadence value)
    {
        value = default;
        var negative = text.Length > 0 && text[0] == '-';
        var i = negative ? 1 : 0;
        if (i >= text.Length || text[i] != 'P')
        {
            return IsoPeriodStatus.Malformed;
        }

        i++;
        var any = false;
        long months = 0;
        long days = 0;
        if (TryComponent(text, ref i, 'Y', MaxCadenceDigits, out var years))
        {
            months += years * 12;
            any = true;
        }

        if (TryComponent(text, ref i, 'M', MaxCadenceDigits, out var m))
        {
            months += m;
            any = true;
        }

        if (TryComponent(text, ref i, 'W', MaxCadenceDigits, out var weeks))
        {
            days += weeks * 7;
            any = true;
        }

        if (TryComponent(text, ref i, 'D', MaxCadenceDigits, out var d))
        {
            days += d;
            any = true;
        }

        if (!any || i != text.Length)
        {
            return IsoPeriodStatus.Malformed;
        }

        if (negative || (months == 0 && days == 0))
        {
            return IsoPeriodStatus.NotPositive;
        }

        value = new Cadence((int)months, (int)days);
        return IsoPeriodStatus.Valid;
    }

    /// <summary>Reads <c>digits designator</c> at <paramref name="i"/>; leaves <paramref name="i"/> alone when absent.</summary>
    private static bool TryComponent(string text, ref int i, char designator, int maxDigits, out long value)
    {
        value = 0;
        var j = i;
        while (j < text.Length && text[j] >= '0' && text[j] <= '9')
        {
            j++;
        }

        var digits = j - i;
        if (digits == 0 || digits > maxDigits || j >= text.Length || text[j] != designator)
        {
            return false;
        }

        for (var k = i; k < j; k++)
        {
            value = (value * 10) + (text[k] - '0');
        }

        i = j + 1;
        return true;
    }
}
