using System;
using System.Globalization;
using System.Text;

namespace PeerPractice;

/// <summary>
/// The one way the library, the generator's diagnostics, the console host and documents write a
/// length of time for people: "9 min", "1 h 30 min", "45 s", "1 d 2 h". Agenda files may be written
/// either in this spirit (<c>5m</c>, <c>1h30m</c>, <c>90s</c>) or in ISO 8601; nobody is shown ISO.
/// </summary>
public static class DurationText
{
    /// <summary>
    /// Writes <paramref name="value"/> as days, hours, minutes and seconds, leaving out the parts that
    /// are zero; whole seconds (rounded half away from zero); a leading minus when negative, "0 min" for zero.
    /// </summary>
    /// <param name="value">The length of time.</param>
    public static string Format(TimeSpan value)
    {
        var totalSeconds = Math.Round(value.TotalSeconds, MidpointRounding.AwayFromZero);
        if (totalSeconds == 0)
        {
            return "0 min";
        }

        var text = new StringBuilder();
        if (totalSeconds < 0)
        {
            text.Append('-');
            totalSeconds = -totalSeconds;
        }

        var seconds = (long)totalSeconds;
        Part(text, seconds / 86400, "d");
        Part(text, seconds / 3600 % 24, "h");
        Part(text, seconds / 60 % 60, "min");
        Part(text, seconds % 60, "s");
        return text.ToString();
    }

    private static void Part(StringBuilder text, long amount, string unit)
    {
        if (amount == 0)
        {
            return;
        }

        if (text.Length > 0 && text[text.Length - 1] != '-')
        {
            text.Append(' ');
        }

        text.Append(amount.ToString(CultureInfo.InvariantCulture)).Append(' ').Append(unit);
    }
}
