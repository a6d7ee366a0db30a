using System;
using System.Collections.Generic;
using System.Linq;
using PeerPractice.Collections;
using PeerPractice.Matching;

namespace PeerPractice.Breakfasts;

/// <summary>
/// Chooses whom to invite to a breakfast and seats those who accepted, both with the one group
/// planner (<see cref="GroupPlanner"/>): similar background at a table, never colleagues, competitors
/// or excluded people together, members opted out of group tables or snoozed never invited, and no
/// pair seated together again while the history (<see cref="GroupOptions.AvoidPastPairs"/>) has them.
/// </summary>
public sealed class BreakfastPlanner
{
    private readonly MatchingPolicy _policy;
    private readonly PairingHistory _history;
    private readonly TopicCatalog _topics;

    /// <summary>Creates a planner.</summary>
    /// <param name="policy">The programme's policy (the default when null).</param>
    /// <param name="history">Past rounds and recorded breakfasts (empty when null).</param>
    /// <param name="topics">The topic catalog (<see cref="TopicCatalog.BuiltIn"/> when null).</param>
    public BreakfastPlanner(MatchingPolicy? policy = null, PairingHistory? history = null, TopicCatalog? topics = null)
    {
        _policy = policy ?? MatchingPolicy.Default;
        _history = history ?? PairingHistory.Empty;
        _topics = topics ?? TopicCatalog.BuiltIn;
    }

    /// <summary>
    /// A group of similar leaders to invite: members with a concern among <paramref name="topicIds"/>
    /// (everyone when none is given) are grouped by the group planner into tables of about
    /// <paramref name="count"/>, and the group with <paramref name="around"/> (or, without one, the
    /// group with the highest affinity) is invited.
    /// </summary>
    /// <param name="cohort">The members to choose from.</param>
    /// <param name="topicIds">The breakfast's topics (catalog ids).</param>
    /// <param name="count">How many to invite, 2 or more.</param>
    /// <param name="day">The day invitations go out (snoozes and cool-downs are evaluated for it).</param>
    /// <param name="around">A member the group is built around (the host, say), or null.</param>
    /// <param name="seed">The same seed gives the same invitees.</param>
    /// <returns>The member ids, most similar group first in the planner's order; empty when too few members can sit at a table.</returns>
    /// <exception cref="ArgumentException">A topic is not in the catalog, <paramref name="count"/> is below 2, or <paramref name="around"/> is not in the cohort.</exception>
    public ValueArray<string> ChooseInvitees(IReadOnlyList<MemberProfile> cohort, IReadOnlyList<string> topicIds, int count, DateOnly day, string? around = null, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(topicIds);
        if (_topics.FirstUnknown(topicIds) is { } unknown)
        {
            throw new ArgumentException($"Topic '{unknown}' is not in the topic catalog.", nameof(topicIds));
        }

        if (count < 2)
        {
            throw new ArgumentException($"A breakfast needs at least 2 invitees, not {count}.", nameof(count));
        }

        if (around is not null && !cohort.Any(m => string.Equals(m.Id, around, StringComparison.Ordinal)))
        {
            throw new ArgumentException($"No member with id '{around}' in the cohort.", nameof(around));
        }

        var wanted = topicIds.Count == 0 ? ulong.MaxValue : _topics.MaskOf(topicIds);
        var candidates = cohort
            .Where(m => string.Equals(m.Id, around, StringComparison.Ordinal) || (_topics.MaskOf(m.Concerns) & wanted) != 0)
            .ToList();
        var options = new GroupOptions { MinSize = Math.Max(2, (count * 2 + 2) / 3), MaxSize = count, Rounds = 1 };
        var plan = new GroupPlanner(_policy, _history, _topics).Plan(candidates, day, options, seed);
        if (plan.Rounds.IsEmpty)
        {
            return ValueArray<string>.Empty;
        }

        var tables = plan.Rounds[0].Tables.Where(t => t.MemberIds.Count >= 2).ToList();
        var chosen = around is null
            ? tables.OrderByDescending(t => t.Affinity).FirstOrDefault()
            : tables.FirstOrDefault(t => t.MemberIds.Contains(around));
        return chosen?.MemberIds ?? ValueArray<string>.Empty;
    }

    /// <summary>
    /// Seats the members who accepted at tables of <paramref name="options"/>' sizes, avoiding every pair
    /// the history has as peers (earlier breakfasts and rounds) while avoidable.
    /// </summary>
    /// <param name="breakfast">The event.</param>
    /// <param name="cohort">Profiles of at least the members who accepted.</param>
    /// <param name="options">Table sizes and restarts; <see cref="GroupOptions.AvoidPastPairs"/> and one round are forced.</param>
    /// <param name="seed">The same seed gives the same tables.</param>
    /// <returns>The seated event, or why it cannot be seated (nothing changed).</returns>
    public WorkflowResult<BreakfastEvent> Seat(BreakfastEvent breakfast, IReadOnlyList<MemberProfile> cohort, GroupOptions? options = null, int seed = 1)
    {
        ArgumentNullException.ThrowIfNull(breakfast);
        ArgumentNullException.ThrowIfNull(cohort);
        if (breakfast.IsRecorded)
        {
            return WorkflowResult.Refused<BreakfastEvent>($"Breakfast '{breakfast.Id}' is over and recorded; its tables no longer change.");
        }

        var accepted = breakfast.Answered(RsvpAnswer.Accepted);
        var byId = cohort.GroupBy(m => m.Id, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        if (accepted.FirstOrDefault(id => !byId.ContainsKey(id)) is { } missing)
        {
            return WorkflowResult.Refused<BreakfastEvent>($"'{missing}' accepted but is not in the members given; pass the cohort the invitees came from.");
        }

        options = (options ?? new GroupOptions { MinSize = 3, MaxSize = 6 }) with { Rounds = 1, AvoidPastPairs = true };
        if (accepted.Count < options.MinSize)
        {
            return WorkflowResult.Refused<BreakfastEvent>($"Only {accepted.Count} accepted; a table needs at least {options.MinSize}.");
        }

        var plan = new GroupPlanner(_policy, _history, _topics).Plan([.. accepted.Select(id => byId[id])], DateOnly.FromDateTime(breakfast.Start.UtcDateTime), options, seed);
        var tables = plan.Rounds.IsEmpty ? ValueArray<Table>.Empty : plan.Rounds[0].Tables.Where(t => t.MemberIds.Count > 0).ToValueArray();
        return WorkflowResult.Done(breakfast with { Tables = tables });
    }
}
