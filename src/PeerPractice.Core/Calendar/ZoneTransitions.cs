using System;
using System.Collections.Generic;

namespace PeerPractice.Calendar;

/// <summary>
/// Finds a zone's offset changes in a range of years. The adjustment rules tell whether the zone
/// ever changes its offset at all; the instants come from the zone's own offset
/// function, because on Linux .NET exposes tzdata as one fixed-date rule per year with artefacts
/// (rules split at new year, ends at 02:59:59.999) that would be wrong to copy into a calendar.
/// </summary>
internal static class ZoneTransitions
{
    public static List<ZoneTransition> Find(TimeZoneInfo zone, int firstYear, int lastYear)
    {
        var found = new List<ZoneTransition>();
        if (!HasRules(zone))
        {
            return found;
        }

        var day = new DateTime(firstYear, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var end = new DateTime(lastYear + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        var offset = zone.GetUtcOffset(day);
        while (day < end)
        {
            var next = day.AddDays(1);
            var nextOffset = zone.GetUtcOffset(next);
            if (nextOffset != offset)
            {
                var instant = Bisect(zone, day, next, offset);
                found.Add(new ZoneTransition(instant, offset, nextOffset, zone.IsDaylightSavingTime(instant)));
                offset = nextOffset;
            }

            day = next;
        }

        return found;
    }

    // Only zones that never change skip the scan. A rule's years are local and the scan's are UTC, so a rule that ended
    // the year before can still be in force at the scan's first instant (summer time ending at local new year, hours
    // after UTC's); the scan itself finds exactly the changes in the years asked for.
    private static bool HasRules(TimeZoneInfo zone)
    {
        foreach (var rule in zone.GetAdjustmentRules())
        {
            if (rule.DaylightDelta != TimeSpan.Zero || rule.BaseUtcOffsetDelta != TimeSpan.Zero)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The first minute in (low, high] whose offset differs from <paramref name="before"/>.</summary>
    private static DateTime Bisect(TimeZoneInfo zone, DateTime low, DateTime high, TimeSpan before)
    {
        while (high - low > TimeSpan.FromMinutes(1))
        {
            var middle = low + TimeSpan.FromMinutes(Math.Floor((high - low).TotalMinutes / 2));
            if (zone.GetUtcOffset(middle) == before)
            {
                low = middle;
            }
            else
            {
                high = middle;
            }
        }

        return high;
    }
}
