using System;
using System.Linq;

namespace PeerPractice.Sessions;

/// <summary>
/// When a relationship should meet next: the first slot on or after the day its cadence makes it due
/// (never in the past) that falls on a weekday inside every member's working hours, each in their own
/// time zone. Written as a recurring invitation by <see cref="Calendar.Invitations.ForRelationship"/>.
/// </summary>
public static class RelationshipSchedule
{
    private static readonly TimeSpan _step = TimeSpan.FromMinutes(30);

    /// <summary>The next meeting's start, or null when the members' working hours never overlap for <paramref name="duration"/> within four weeks.</summary>
    /// <param name="relationship">The relationship.</param>
    /// <param name="health">Its health (<see cref="RelationshipHealth.Assess"/>): the day it is due.</param>
    /// <param name="now">The current time: no suggestion is earlier.</param>
    /// <param name="duration">How long the meeting lasts.</param>
    /// <returns>The start, in UTC, or null.</returns>
    /// <exception cref="TimeZoneNotFoundException">A member's time zone is unknown to the system.</exception>
    public static DateTimeOffset? SuggestNext(Relationship relationship, RelationshipHealth health, DateTimeOffset now, TimeSpan duration)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(health);
        var zones = relationship.Members.Select(m => (Member: m, Zone: TimeZoneInfo.FindSystemTimeZoneById(m.TimeZoneId))).ToArray();
        var from = health.DueBy > now ? health.DueBy : now;

        // Start at the due day's UTC midnight, on a half-hour boundary, so suggestions are round times.
        var candidate = new DateTimeOffset(from.UtcDateTime.Date, TimeSpan.Zero);
        var end = candidate.AddDays(28);
        for (; candidate < end; candidate += _step)
        {
            if (candidate >= from && zones.All(z => Fits(z.Member, z.Zone, candidate, duration)))
            {
                return candidate;
            }
        }

        return null;
    }

    private static bool Fits(RelationshipMember member, TimeZoneInfo zone, DateTimeOffset start, TimeSpan duration)
    {
        var local = TimeZoneInfo.ConvertTime(start, zone);
        var localEnd = TimeZoneInfo.ConvertTime(start + duration, zone);
        return local.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)
            && local.Date == localEnd.Date
            && local.TimeOfDay >= TimeSpan.FromHours(member.WorkdayStartHour)
            && localEnd.TimeOfDay <= TimeSpan.FromHours(member.WorkdayEndHour);
    }
}
