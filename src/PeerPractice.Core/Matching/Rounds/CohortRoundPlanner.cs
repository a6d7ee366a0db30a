using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// Pairs a whole cohort for one round, exactly: one maximum-weight matching (Edmonds' blossom, via
/// <see cref="WeightedMatching"/> in maximum-cardinality mode) that finds, lexicographically, (1) as
/// many people paired as possible, then by integer edge weights (2) as little relaxation of rules as
/// possible, in the policy's order, (3) the highest total score. Odd counts follow the policy (trio or rotating sit-out); every
/// member not paired is reported with the binding rules.
/// </summary>
public sealed class CohortRoundPlanner
{
    private readonly MatchingPolicy _policy;
    private readonly PairingHistory _history;
    private readonly TopicCatalog _topics;

    /// <summary>Creates a planner.</summary>
    /// <param name="policy">Weights, rules, relaxation order and odd-count policy.</param>
    /// <param name="history">Past rounds (empty when null).</param>
    /// <param name="topics">The topic catalog (<see cref="TopicCatalog.BuiltIn"/> when null).</param>
    public CohortRoundPlanner(MatchingPolicy policy, PairingHistory? history = null, TopicCatalog? topics = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        _policy = policy;
        _history = history ?? PairingHistory.Empty;
        _topics = topics ?? TopicCatalog.BuiltIn;
    }

    /// <summary>Above this many available members, <see cref="RoundSolveMethod.Automatic"/> prices out instead of building the full graph.</summary>
    public const int FullGraphLimit = 1_500;

    /// <summary>Plans a round with <see cref="RoundOptions.Default"/>.</summary>
    /// <param name="members">The cohort; ids unique.</param>
    /// <param name="day">The round's day (rules such as snoozes and cool-downs are evaluated for it).</param>
    /// <param name="seed">Breaks ties among equally good answers; the same seed gives the same result.</param>
    public RoundResult Plan(IReadOnlyList<MemberProfile> members, DateOnly day, int seed) => Plan(members, day, seed, RoundOptions.Default);

    /// <summary>Plans a round.</summary>
    /// <param name="members">The cohort; ids unique.</param>
    /// <param name="day">The round's day (rules such as snoozes and cool-downs are evaluated for it).</param>
    /// <param name="seed">Breaks ties among equally good answers; the same seed gives the same result.</param>
    /// <param name="options">How to solve: full graph or price-out, its budget, a progress sink.</param>
    /// <exception cref="ArgumentOutOfRangeException">An option is out of range (the message names it).</exception>
    public RoundResult Plan(IReadOnlyList<MemberProfile> members, DateOnly day, int seed, RoundOptions options)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(options);
        Validate(options);
        var index = ProfileIndex.Build(members, _policy, _history, _topics);
        var scorer = new MatchScorer(_policy, _history, _topics);
        var ladder = new RelaxationLadder(_policy);
        var unmatched = new List<UnmatchedMember>();
        var notes = new List<RoundNote>();

        // Vertex order is a seeded shuffle: the solver's own tie-breaking then depends on the seed only.
        var order = Enumerable.Range(0, members.Count).ToArray();
#pragma warning disable CA5394 // tie-breaking, not security
        new Random(seed).Shuffle(order);
#pragma warning restore CA5394
        var available = new List<int>();
        foreach (var m in order)
        {
            // The shared check decides; the scorer words the member's own reason.
            if (!index.IsAvailable(m, day.DayNumber, SuggestionKind.Pairing))
            {
                unmatched.Add(new(members[m].Id, UnmatchedReason.NotAvailable, $"Not in this round: {scorer.UnavailableReason(members[m], day)}.", []));
            }
            else
            {
                available.Add(m);
            }
        }

        if (options.Method == RoundSolveMethod.PricedOut || (options.Method == RoundSolveMethod.Automatic && available.Count > FullGraphLimit))
        {
            return PlanPriced(members, day, seed, options, index, scorer, ladder, available, unmatched, notes);
        }

        var (rules, levels, edges) = BuildGraph(index, ladder, available, day);
        if (_policy.OddCount == OddCountPolicy.RotatingSitOut && available.Count % 2 == 1)
        {
            var (sitter, passedOver) = ChooseSitOut(members, available, edges);
            var sitterId = members[available[sitter]].Id;
            available.RemoveAt(sitter);
            (rules, levels, edges) = BuildGraph(index, ladder, available, day);
            var (count, _) = _history.SitOutsOf(sitterId);
            var why = passedOver
                ? "The rotation picks whoever sat out least often (then least recently) among the members whose sitting out still leaves the most people paired; leaving out anyone who sat out less would have left more people without a peer."
                : "The rotation picks whoever sat out least often (then least recently), so you will not sit out again before the others have.";
            unmatched.Add(new(sitterId, UnmatchedReason.SatOut,
                string.Create(CultureInfo.InvariantCulture, $"The cohort has an odd number of members; you sit out this round by rotation (your sit-outs before this one: {count}). {why}"), []));
            notes.Add(new(sitterId, $"You sit out this round because the count is odd. {why}"));
        }

        var n = available.Count;
        var mates = WeightedMatching.MaximumWeight(n, edges, new WeightedMatchingOptions { MaximumCardinality = true }).Mates;
        var optimality = new RoundCertificate
        {
            Method = RoundSolveMethod.FullGraph,
            IsProvenOptimal = true,
            CandidateEdges = edges.Length,
            LevelBonus = LevelBonusFor(n),
            Levels = ladder.Levels,
        };
        return Finish(members, day, seed, index, available, mates, (a, b) => rules[a, b], (a, b) => levels[a, b], unmatched, notes, optimality);
    }

    /// <summary>
    /// The weight of one relaxation level in a round of <paramref name="vertexCount"/> members: more than any two rounds'
    /// totals of scores can differ (at most n / 2 pairs, each between the least and the most a pair can score), so
    /// that fewer relaxations always come first. Both solve methods and their certificates take it from here.
    /// </summary>
    private long LevelBonusFor(int vertexCount)
    {
        var (min, max) = ScoreMath.Range(_policy.Weights);
        return (Math.Max(1L, vertexCount / 2) * (max - min)) + 1;
    }

    private RoundResult Finish(IReadOnlyList<MemberProfile> members, DateOnly day, int seed, ProfileIndex index, List<int> available, ValueArray<int> mates,
        Func<int, int, HardRules> rules, Func<int, int, int> levels, List<UnmatchedMember> unmatched, List<RoundNote> notes, RoundCertificate optimality)
    {
        var n = available.Count;
        var matches = new List<RoundMatch>();
        var matchOf = new int[n];
        Array.Fill(matchOf, -1);
        for (var a = 0; a < n; a++)
        {
            var b = mates[a];
            if (b > a)
            {
                matchOf[a] = matchOf[b] = matches.Count;
                var relaxed = rules(a, b);
                matches.Add(new RoundMatch([members[available[a]].Id, members[available[b]].Id], index.Score(available[a], available[b]), relaxed));
                if (relaxed != HardRules.None)
                {
                    var message = $"To give you a peer this round, the programme relaxed: {MatchScorer.Describe(relaxed)}.";
                    notes.Add(new(members[available[a]].Id, message));
                    notes.Add(new(members[available[b]].Id, message));
                }
            }
        }

        var taken = new bool[matches.Count];
        for (var a = 0; a < n; a++)
        {
            if (mates[a] >= 0)
            {
                continue;
            }

            if (_policy.OddCount == OddCountPolicy.Trio && TryJoinTrio(a, members, available, matches, matchOf, mates, rules, levels, taken, index, notes))
            {
                continue;
            }

            unmatched.Add(Unmatched(a, members, available, rules, levels, mates));
        }

        var ordered = matches.OrderBy(m => m.MemberIds[0], StringComparer.Ordinal).ToValueArray();
        return new RoundResult(day, seed, ordered, unmatched.OrderBy(u => u.MemberId, StringComparer.Ordinal).ToValueArray(),
            notes.ToValueArray(), matches.Sum(m => (long)m.Score)) { Optimality = optimality };
    }

    private static void Validate(RoundOptions options)
    {
        if (options.Method is not (RoundSolveMethod.Automatic or RoundSolveMethod.FullGraph or RoundSolveMethod.PricedOut))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Method, "RoundOptions.Method must be Automatic, FullGraph or PricedOut.");
        }

        if (options.CandidatesPerMember < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.CandidatesPerMember, "RoundOptions.CandidatesPerMember must be at least 1.");
        }

        if (options.MaxPricingPasses < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxPricingPasses, "RoundOptions.MaxPricingPasses must be at least 1.");
        }

        if (options.TimeBudget is { } budget && budget <= TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(options), budget, "RoundOptions.TimeBudget must be positive (or null for no limit).");
        }
    }

    /// <summary>
    /// The same round by price-out (<see cref="PricedRound"/>): no n x n table, rules and levels computed per pair when
    /// a trio or an unmatched member needs them. With a rotating sit-out, the rotation's first choice sits out when
    /// the others can still all be paired or as many as with everyone; otherwise the first in rotation order among
    /// the members an optimum leaves out (one more solve instead of the full-graph path's binary search).
    /// </summary>
    private RoundResult PlanPriced(IReadOnlyList<MemberProfile> members, DateOnly day, int seed, RoundOptions options, ProfileIndex index, MatchScorer scorer,
        RelaxationLadder ladder, List<int> available, List<UnmatchedMember> unmatched, List<RoundNote> notes)
    {
        _ = scorer;
        (WeightedMatchingResult Matching, RoundCertificate Certificate) Solve(List<int> vertices)
        {
            return new PricedRound(index, ladder, vertices, day, LevelBonusFor(vertices.Count), options).Solve();
        }

        (WeightedMatchingResult Matching, RoundCertificate Certificate) solved;
        if (_policy.OddCount == OddCountPolicy.RotatingSitOut && available.Count % 2 == 1)
        {
            var ranked = Enumerable.Range(0, available.Count)
                .Select(position => (position, stats: _history.SitOutsOf(members[available[position]].Id)))
                .OrderBy(x => x.stats.Count)
                .ThenBy(x => x.stats.Last ?? DateOnly.MinValue)
                .ThenBy(x => x.position)
                .Select(x => x.position)
                .ToArray();
            var sitter = ranked[0];
            var passedOver = false;
            var without = available.Where((_, p) => p != sitter).ToList();
            solved = Solve(without);
            if (solved.Matching.PairCount != without.Count / 2)
            {
                var everyone = Solve(available);
                if (everyone.Matching.PairCount != solved.Matching.PairCount)
                {
                    sitter = ranked.First(p => everyone.Matching.Mates[p] < 0);
                    passedOver = true;
                    without = available.Where((_, p) => p != sitter).ToList();
                    solved = Solve(without);
                }
            }

            var sitterId = members[available[sitter]].Id;
            available = without;
            var (count, _) = _history.SitOutsOf(sitterId);
            var why = passedOver
                ? "The rotation picks whoever sat out least often (then least recently) among the members whose sitting out still leaves the most people paired; leaving out anyone who sat out less would have left more people without a peer."
                : "The rotation picks whoever sat out least often (then least recently), so you will not sit out again before the others have.";
            unmatched.Add(new(sitterId, UnmatchedReason.SatOut,
                string.Create(CultureInfo.InvariantCulture, $"The cohort has an odd number of members; you sit out this round by rotation (your sit-outs before this one: {count}). {why}"), []));
            notes.Add(new(sitterId, $"You sit out this round because the count is odd. {why}"));
        }
        else
        {
            solved = Solve(available);
        }

        var vertices = available;
        HardRules RulesOf(int a, int b) => index.Check(vertices[a], vertices[b], day);
        return Finish(members, day, seed, index, available, solved.Matching.Mates, RulesOf, (a, b) => ladder.LevelOf(RulesOf(a, b)), unmatched, notes, solved.Certificate);
    }

    /// <summary>
    /// Every pair of available members with its rules and relaxation level, and the solver's edges:
    /// weight = (levels - level) x B + score, with B from <see cref="LevelBonusFor"/>, so that fewer relaxations
    /// always come before a higher score.
    /// </summary>
    private (HardRules[,] Rules, int[,] Levels, WeightedEdge[] Edges) BuildGraph(ProfileIndex index, RelaxationLadder ladder, List<int> available, DateOnly day)
    {
        var n = available.Count;
        var rules = new HardRules[n, n];
        var levels = new int[n, n];
        var edges = new List<WeightedEdge>();
        var levelBonus = LevelBonusFor(n);
        for (var a = 0; a < n; a++)
        {
            for (var b = a + 1; b < n; b++)
            {
                var r = index.Check(available[a], available[b], day);
                rules[a, b] = rules[b, a] = r;
                var level = ladder.LevelOf(r);
                levels[a, b] = levels[b, a] = level;
                if (level != RelaxationLadder.Forbidden)
                {
                    var weight = ((ladder.Levels - level) * levelBonus) + index.Score(available[a], available[b]);
                    edges.Add(new WeightedEdge(a, b, weight));
                }
            }
        }

        return (rules, levels, edges.ToArray());
    }

    /// <summary>
    /// Who sits out an odd round: among the members whose absence still lets the most people be paired,
    /// the one who sat out least often, then least recently (then the seeded order). Returns the position
    /// in <paramref name="available"/> and whether the plain rotation's first choice was passed over.
    /// </summary>
    private (int Position, bool PassedOver) ChooseSitOut(IReadOnlyList<MemberProfile> members, List<int> available, WeightedEdge[] edges)
    {
        var n = available.Count;
        var ranked = Enumerable.Range(0, n)
            .Select(position => (position, stats: _history.SitOutsOf(members[available[position]].Id)))
            .OrderBy(x => x.stats.Count)
            .ThenBy(x => x.stats.Last ?? DateOnly.MinValue)
            .ThenBy(x => x.position)
            .Select(x => x.position)
            .ToArray();

        var options = new WeightedMatchingOptions { MaximumCardinality = true };
        var first = ranked[0];
        var withoutFirst = WeightedMatching.MaximumWeight(n, edges.Where(e => e.U != first && e.V != first).ToArray(), options).PairCount;
        if (withoutFirst == n / 2)
        {
            return (first, false); // everyone else is paired: nothing can do better
        }

        var most = WeightedMatching.MaximumWeight(n, edges, options).PairCount;
        if (withoutFirst == most)
        {
            return (first, false);
        }

        // Some maximum matching leaves out one of the first t ranked members exactly when adding a
        // "sits out" vertex joined to those t raises the matching by one; the least such t names the sitter.
        bool SomeOfFirstCanSitOut(int t)
        {
            var extended = new WeightedEdge[edges.Length + t];
            edges.CopyTo(extended, 0);
            for (var i = 0; i < t; i++)
            {
                extended[edges.Length + i] = new WeightedEdge(n, ranked[i], 1);
            }

            return WeightedMatching.MaximumWeight(n + 1, extended, options).PairCount == most + 1;
        }

        int lo = 2, hi = n; // the first alone cannot; all of them can (some member is always left over)
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (SomeOfFirstCanSitOut(mid))
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return (ranked[lo - 1], true);
    }

    private static bool TryJoinTrio(int a, IReadOnlyList<MemberProfile> members, List<int> available, List<RoundMatch> matches, int[] matchOf, ValueArray<int> mates,
        Func<int, int, HardRules> rules, Func<int, int, int> levels, bool[] taken, ProfileIndex index, List<RoundNote> notes)
    {
        var best = -1;
        var bestKey = (Level: int.MaxValue, Score: int.MinValue);
        var n = available.Count;
        for (var b = 0; b < n; b++)
        {
            var c = mates[b];
            if (c < b || taken[matchOf[b]] || levels(a, b) == RelaxationLadder.Forbidden || levels(a, c) == RelaxationLadder.Forbidden)
            {
                continue;
            }

            var key = (Level: Math.Max(levels(a, b), levels(a, c)), Score: index.Score(available[a], available[b]) + index.Score(available[a], available[c]));
            if (key.Level < bestKey.Level || (key.Level == bestKey.Level && key.Score > bestKey.Score))
            {
                (best, bestKey) = (matchOf[b], key);
            }
        }

        if (best < 0)
        {
            return false;
        }

        taken[best] = true;
        var pair = matches[best];
        var joiner = members[available[a]].Id;
        var partners = Enumerable.Range(0, n).Where(v => matchOf[v] == best).ToArray();
        var joinerRelaxed = rules(a, partners[0]) | rules(a, partners[1]);
        matches[best] = pair with { MemberIds = [pair.MemberIds[0], pair.MemberIds[1], joiner], RelaxedRules = pair.RelaxedRules | joinerRelaxed };
        notes.Add(new(joiner, $"The cohort has an odd number of members, so you join {pair.MemberIds[0]} and {pair.MemberIds[1]} as a trio."));
        notes.Add(new(pair.MemberIds[0], $"The cohort has an odd number of members, so {joiner} joins your pair as a trio."));
        notes.Add(new(pair.MemberIds[1], $"The cohort has an odd number of members, so {joiner} joins your pair as a trio."));
        if (joinerRelaxed != HardRules.None)
        {
            // The trio's third member is told what was relaxed, as a relaxed pair is.
            var message = $"To seat {joiner} in the trio, the programme relaxed: {MatchScorer.Describe(joinerRelaxed)}.";
            notes.Add(new(joiner, message));
            notes.Add(new(pair.MemberIds[0], message));
            notes.Add(new(pair.MemberIds[1], message));
        }

        return true;
    }

    private static UnmatchedMember Unmatched(int a, IReadOnlyList<MemberProfile> members, List<int> available, Func<int, int, HardRules> rules, Func<int, int, int> levels, ValueArray<int> mates)
    {
        var tally = new Dictionary<HardRules, int>();
        var eligible = 0;
        for (var b = 0; b < available.Count; b++)
        {
            if (b == a)
            {
                continue;
            }

            if (levels(a, b) != RelaxationLadder.Forbidden)
            {
                eligible++;
                continue;
            }

            var r = rules(a, b);
            if ((r & HardRules.PrivateExclusion) != 0)
            {
                // Folded into "unavailable" so that nobody can infer a confidential list.
                r = (r & ~HardRules.PrivateExclusion) | HardRules.Unavailable;
            }

            foreach (var rule in Enum.GetValues<HardRules>())
            {
                if (rule is not (HardRules.None or HardRules.NeverRelaxable) && (r & rule) != 0)
                {
                    tally[rule] = tally.GetValueOrDefault(rule) + 1;
                }
            }
        }

        var binding = tally.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key).Select(kv => new RuleTally(kv.Key, kv.Value)).ToValueArray();
        var id = members[available[a]].Id;
        if (eligible == 0)
        {
            var text = available.Count <= 1
                ? "You are the only member available in this round."
                : $"No member of this round is eligible to pair with you: {string.Join("; ", binding.Select(t => $"{MatchScorer.Describe(t.Rule)} ({t.Candidates.ToString(CultureInfo.InvariantCulture)})"))}.";
            return new(id, UnmatchedReason.NoEligiblePeer, text, binding);
        }

        var takenText = string.Create(CultureInfo.InvariantCulture,
            $"{eligible} member(s) were eligible, but each was paired with someone else in the best arrangement for the whole cohort (the most people paired, then the highest total score).");
        if (mates.Count(m => m < 0) == 1)
        {
            takenText = "The cohort has an odd number of available members and no pair could take you as a trio under the rules.";
        }

        return new(id, UnmatchedReason.EligiblePeersTaken, takenText, binding);
    }
}
