using System;
using System.Collections.Generic;
using System.Globalization;

namespace PeerPractice.Calendar;

/// <summary>
/// Writes a <c>VTIMEZONE</c> for a zone, so that clients without the zone's id in their own
/// database (Outlook uses Windows ids) still place the meeting right. Where the zone's changes
/// follow a yearly weekday pattern (the second Sunday of March, the last Sunday of October), one
/// <c>STANDARD</c> and one <c>DAYLIGHT</c> with an <c>RRULE</c>; otherwise one onset per change
/// over the years the meeting spans.
/// </summary>
internal static class TimeZoneComponent
{
    public static void Write(ContentLineWriter writer, TimeZoneInfo zone, string zoneId, int firstYear, int lastYear)
    {
        // Start a year early so that the first onset precedes the first meeting.
        var transitions = ZoneTransitions.Find(zone, firstYear - 1, lastYear);
        writer.Line("BEGIN", "VTIMEZONE");
        writer.Line("TZID", zoneId);
        if (transitions.Count == 0)
        {
            var offset = zone.GetUtcOffset(new DateTime(firstYear, 7, 1, 0, 0, 0, DateTimeKind.Utc));
            Observance(writer, "STANDARD", new DateTime(1970, 1, 1), offset, offset, null);
        }
        else if (YearlyRule(transitions, daylight: true) is { } daylightRule && YearlyRule(transitions, daylight: false) is { } standardRule)
        {
            var daylight = First(transitions, daylight: true);
            var standard = First(transitions, daylight: false);
            Observance(writer, "DAYLIGHT", daylight.LocalOnset, daylight.OffsetFrom, daylight.OffsetTo, daylightRule);
            Observance(writer, "STANDARD", standard.LocalOnset, standard.OffsetFrom, standard.OffsetTo, standardRule);
        }
        else
        {
            foreach (var transition in transitions)
            {
                Observance(writer, transition.IsDaylight ? "DAYLIGHT" : "STANDARD", transition.LocalOnset, transition.OffsetFrom, transition.OffsetTo, null);
            }
        }

        writer.Line("END", "VTIMEZONE");
    }

    private static void Observance(ContentLineWriter writer, string kind, DateTime localOnset, TimeSpan from, TimeSpan to, string? rule)
    {
        writer.Line("BEGIN", kind);
        writer.Line("DTSTART", localOnset.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture));
        writer.Line("TZOFFSETFROM", Offset(from));
        writer.Line("TZOFFSETTO", Offset(to));
        if (rule is not null)
        {
            writer.Line("RRULE", rule);
        }

        writer.Line("END", kind);
    }

    /// <summary>
    /// The yearly rule all changes of one kind follow, or null when they do not share one
    /// (one change a year, same month, same weekday of the same week, same wall-clock time and offsets).
    /// </summary>
    private static string? YearlyRule(List<ZoneTransition> transitions, bool daylight)
    {
        string? rule = null;
        var years = new HashSet<int>();
        foreach (var transition in transitions)
        {
            if (transition.IsDaylight != daylight)
            {
                continue;
            }

            var onset = transition.LocalOnset;
            var candidate = string.Create(
                CultureInfo.InvariantCulture,
                $"FREQ=YEARLY;BYMONTH={onset.Month};BYDAY={WeekdayRule.Ordinal(DateOnly.FromDateTime(onset))}{WeekdayRule.Code(onset.DayOfWeek)}|{onset.TimeOfDay}|{transition.OffsetFrom}|{transition.OffsetTo}");
            if (!years.Add(onset.Year) || (rule is not null && rule != candidate))
            {
                return null;
            }

            rule = candidate;
        }

        return rule?[..rule.IndexOf('|', StringComparison.Ordinal)];
    }

    private static ZoneTransition First(List<ZoneTransition> transitions, bool daylight) =>
        transitions.Find(t => t.IsDaylight == daylight);

    private static string Offset(TimeSpan offset)
    {
        var sign = offset < TimeSpan.Zero ? "-" : "+";
        var magnitude = offset.Duration();
        return sign + magnitude.Hours.ToString("00", CultureInfo.InvariantCulture) + magnitude.Minutes.ToString("00", CultureInfo.InvariantCulture)
            + (magnitude.Seconds != 0 ? magnitude.Seconds.ToString("00", CultureInfo.InvariantCulture) : string.Empty);
    }
}
