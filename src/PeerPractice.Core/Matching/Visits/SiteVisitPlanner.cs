using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Numerics;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// Directed scoring of site-visit targets (the site-visit seed: "focus on organizations known for
/// excellence in areas relevant to your priorities; consider both direct competitors and those in
/// adjacent industries"). Unlike peer scores it is one-way: the host's strengths against the
/// visitor's objectives, plus what the visitor can offer back for a reciprocal visit.
/// </summary>
public sealed class SiteVisitPlanner
{
    /// <summary>Points per objective the organization is strong in.</summary>
    public const int PerObjective = 20;

    /// <summary>Points per extra member strong in a matched objective (depth), at most two extra per objective.</summary>
    public const int PerExtraHost = 5;

    /// <summary>Points per concern of the host organization that is a strength of the visitor (reciprocity).</summary>
    public const int PerReciprocal = 3;

    /// <summary>Points for the same metro (no travel).</summary>
    public const int SameMetro = 10;

    /// <summary>Points for the same industry (direct benchmark); a different industry earns half (adjacent view).</summary>
    public const int SameIndustry = 10;

    private readonly MatchingPolicy _policy;
    private readonly PairingHistory _history;
    private readonly TopicCatalog _topics;

    /// <summary>Creates a planner.</summary>
    /// <param name="policy">The programme's policy (the default when null): its cool-down and the organiser's exclusions apply to hosts as to peers.</param>
    /// <param name="history">Past pairings (empty when null): a host in cool-down with the visitor, or rated a poor fit, is not suggested.</param>
    /// <param name="topics">The topic catalog (<see cref="TopicCatalog.BuiltIn"/> when null).</param>
    public SiteVisitPlanner(MatchingPolicy? policy = null, PairingHistory? history = null, TopicCatalog? topics = null)
    {
        _policy = policy ?? MatchingPolicy.Default;
        _history = history ?? PairingHistory.Empty;
        _topics = topics ?? TopicCatalog.BuiltIn;
    }

    /// <summary>
    /// The best organizations for <paramref name="visitor"/> to visit, best first (ties by name). Only
    /// members the shared check allows are hosts, and only they count towards an organization's score,
    /// so a member the visitor may not be introduced to (their own organization, a confidential
    /// do-not-pair entry either way, snoozed, opted out of site visits, cool-down or poor fit) neither
    /// appears nor shows through a reason.
    /// </summary>
    /// <param name="visitor">The visitor (their own organization is never a target).</param>
    /// <param name="members">Everyone; members opted out of site visits do not host.</param>
    /// <param name="day">The day the suggestion is for (snoozes and cool-downs are evaluated for it).</param>
    /// <param name="objectives">Topic ids the visit is for; the visitor's concerns when null.</param>
    /// <param name="count">How many targets.</param>
    /// <exception cref="ArgumentException">An objective, or a topic of the visitor or of a member, is not in the topic catalog; the message names it.</exception>
    public ValueArray<VisitTarget> Rank(MemberProfile visitor, IReadOnlyList<MemberProfile> members, DateOnly day, IReadOnlyList<string>? objectives = null, int count = 5)
    {
        ArgumentNullException.ThrowIfNull(visitor);
        ArgumentNullException.ThrowIfNull(members);
        if (objectives is not null && _topics.FirstUnknown(objectives) is { } unknown)
        {
            throw new ArgumentException($"Objective '{unknown}' is not a topic of the topic catalog.", nameof(objectives));
        }

        var wanted = objectives is null ? _topics.MaskOfMember(visitor, strengths: false, nameof(visitor)) : _topics.MaskOf(objectives);
        var offered = _topics.MaskOfMember(visitor, strengths: true, nameof(visitor));
        var cohort = members.Any(m => string.Equals(m.Id, visitor.Id, StringComparison.Ordinal)) ? members : [.. members, visitor];
        // Building the index checks every member's topics at the entry, so a bad profile is named rather than failing mid-ranking.
        var index = ProfileIndex.Build(cohort, _policy, _history, _topics);
        var controls = index.ControlRow(index.IndexOf(visitor.Id), day.DayNumber, SuggestionKind.SiteVisit);
        var allowed = new List<MemberProfile>();
        for (var j = 0; j < index.Count; j++)
        {
            if (controls.Check(j, out _) == HardRules.None)
            {
                allowed.Add(index[j]);
            }
        }

        var targets = new List<VisitTarget>();
        foreach (var org in allowed.GroupBy(m => m.Organization, StringComparer.OrdinalIgnoreCase))
        {
            var hosts = org.ToList();
            var strengthMasks = hosts.Select(h => _topics.MaskOf(h.Strengths)).ToList();
            var orgStrengths = strengthMasks.Aggregate(0UL, (a, b) => a | b);
            var matched = wanted & orgStrengths;
            if (matched == 0)
            {
                continue;
            }

            var reasons = new List<string>();
            var score = PerObjective * BitOperations.PopCount(matched);
            var labels = _topics.TitlesOf(matched);
            reasons.Add($"Strong in {string.Join(", ", labels.Select(TopicCatalog.InSentence))}: +{score.ToString(CultureInfo.InvariantCulture)}");

            var depth = 0;
            for (var bit = 0; bit < 64; bit++)
            {
                if ((matched & (1UL << bit)) != 0)
                {
                    depth += Math.Min(2, strengthMasks.Count(s => (s & (1UL << bit)) != 0) - 1);
                }
            }

            if (depth > 0)
            {
                score += PerExtraHost * depth;
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"Several people there have done it (depth): +{PerExtraHost * depth}"));
            }

            var theirConcerns = hosts.Select(h => _topics.MaskOf(h.Concerns)).Aggregate(0UL, (a, b) => a | b);
            var reciprocal = BitOperations.PopCount(theirConcerns & offered);
            if (reciprocal > 0)
            {
                score += PerReciprocal * reciprocal;
                reasons.Add($"You can offer {string.Join(", ", _topics.TitlesOf(theirConcerns & offered).Select(TopicCatalog.InSentence))} in a reciprocal visit: +{(PerReciprocal * reciprocal).ToString(CultureInfo.InvariantCulture)}");
            }

            var industry = hosts[0].Industry;
            var sameIndustry = string.Equals(industry, visitor.Industry, StringComparison.OrdinalIgnoreCase);
            score += sameIndustry ? SameIndustry : SameIndustry / 2;
            reasons.Add(sameIndustry
                ? string.Create(CultureInfo.InvariantCulture, $"Same industry ({industry}): a direct benchmark: +{SameIndustry}")
                : string.Create(CultureInfo.InvariantCulture, $"Adjacent industry ({industry}): a fresh angle: +{SameIndustry / 2}"));

            if (hosts.Any(h => h.Metro.Length > 0 && string.Equals(h.Metro, visitor.Metro, StringComparison.OrdinalIgnoreCase)))
            {
                score += SameMetro;
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"In {visitor.Metro}: no travel: +{SameMetro}"));
            }

            var hostIds = hosts.Select((h, i) => (h, s: strengthMasks[i]))
                .Where(x => (x.s & matched) != 0)
                .OrderByDescending(x => x.h.RoleLevel).ThenByDescending(x => BitOperations.PopCount(x.s & matched)).ThenBy(x => x.h.Id, StringComparer.Ordinal)
                .Select(x => x.h.Id).ToValueArray();
            targets.Add(new VisitTarget(org.Key, score, labels, hostIds, reasons.ToValueArray()));
        }

        return targets.OrderByDescending(t => t.Score).ThenBy(t => t.Organization, StringComparer.Ordinal).Take(count).ToValueArray();
    }
}
