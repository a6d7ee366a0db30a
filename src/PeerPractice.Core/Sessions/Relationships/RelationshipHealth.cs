using System;
using System.Collections.Generic;
using System.Linq;
using PeerPractice.Collections;

namespace PeerPractice.Sessions;

/// <summary>
/// Whether a relationship is kept alive: when it last met, when the cadence says it should meet next,
/// the open action items past due, and the time invested over a period. The third seed's point:
/// relationships take investment, and this shows where it is missing.
/// </summary>
/// <param name="RelationshipId">The relationship.</param>
/// <param name="Standing">On track, cooling or overdue.</param>
/// <param name="LastMet">When its last session ended, or null when it has not met.</param>
/// <param name="DueBy">When the cadence says the next session is due: the cadence after the last session (or after it began).</param>
/// <param name="OverdueActions">Open action items whose due date has passed.</param>
public sealed record RelationshipHealth(string RelationshipId, RelationshipStanding Standing, DateTimeOffset? LastMet, DateTimeOffset DueBy, ValueArray<ActionItem> OverdueActions)
{
    /// <summary>Assesses one active relationship at <paramref name="now"/>.</summary>
    /// <param name="relationship">The relationship.</param>
    /// <param name="series">Its series.</param>
    /// <param name="now">The current time.</param>
    /// <returns>The health; paused and ended relationships are <see cref="RelationshipStanding.NotActive"/>.</returns>
    public static RelationshipHealth Assess(Relationship relationship, SessionSeries series, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(series);
        DateTimeOffset? last = series.Sessions.Count == 0 ? null : series.Sessions.Max(s => s.Ended);
        var due = relationship.Cadence.AddTo(last ?? relationship.StartedAt);
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        var overdueActions = series.CarryOver.OpenActionItems.Where(a => a.Due is { } d && d < today).ToValueArray();
        var standing = relationship.Status != RelationshipStatus.Active ? RelationshipStanding.NotActive
            : now > due ? RelationshipStanding.Overdue
            : overdueActions.Count > 0 ? RelationshipStanding.Cooling
            : RelationshipStanding.OnTrack;
        return new RelationshipHealth(relationship.Id, standing, last, due, overdueActions);
    }

    /// <summary>
    /// The time each session of <paramref name="series"/> that started within [<paramref name="from"/>,
    /// <paramref name="to"/>) took: per relationship, the sum of their lengths; every member invests the whole length.
    /// </summary>
    /// <param name="series">The series.</param>
    /// <param name="from">The start of the period (inclusive).</param>
    /// <param name="to">The end of the period (exclusive).</param>
    /// <returns>The time invested.</returns>
    public static TimeSpan Invested(SessionSeries series, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(series);
        return TimeSpan.FromTicks(series.Sessions.Where(s => s.Started >= from && s.Started < to).Sum(s => s.Duration.Ticks));
    }

    /// <summary>Time invested per member over a period, across every relationship given, ordered by member id.</summary>
    /// <param name="relationships">Each relationship with its series.</param>
    /// <param name="from">The start of the period (inclusive).</param>
    /// <param name="to">The end of the period (exclusive).</param>
    /// <returns>Member id and time, by member id.</returns>
    public static IReadOnlyList<KeyValuePair<string, TimeSpan>> InvestedPerMember(IEnumerable<(Relationship Relationship, SessionSeries Series)> relationships, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentNullException.ThrowIfNull(relationships);
        var totals = new SortedDictionary<string, TimeSpan>(StringComparer.Ordinal);
        foreach (var (relationship, series) in relationships)
        {
            var invested = Invested(series, from, to);
            foreach (var member in relationship.Members)
            {
                totals[member.Id] = totals.GetValueOrDefault(member.Id) + invested;
            }
        }

        return [.. totals];
    }
}

/// <summary>How a relationship is kept up.</summary>
public enum RelationshipStanding
{
    /// <summary>Met within its cadence, no action past due.</summary>
    OnTrack,

    /// <summary>Met within its cadence, but open action items are past due.</summary>
    Cooling,

    /// <summary>No session for longer than the cadence allows.</summary>
    Overdue,

    /// <summary>Paused or ended: not expected to meet.</summary>
    NotActive,
}
