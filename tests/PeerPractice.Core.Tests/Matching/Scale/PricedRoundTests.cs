using PeerPractice.Matching;
using PeerPractice.Samples;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching.Scale;

/// <summary>
/// Price-out rounds: the same optimum as the full graph, and a certificate that an independent check (written
/// here from the index's per-pair rules and scores, not from the pricing code) verifies over every allowed pair.
/// </summary>
public class PricedRoundTests
{
    public static TheoryData<int, int, int> Cohorts => new()
    {
        { 2_000, 1, 0 },
        { 2_000, 3, 2 },
        { 1_000, 2, 1 },
        { 1_000, 4, 3 },
    };

    private static MatchingPolicy PolicyOf(int kind) => kind switch
    {
        0 => MatchingPolicy.Default,
        1 => MatchingPolicy.Default with { RelaxationOrder = [], OddCount = OddCountPolicy.Trio },
        2 => MatchingPolicy.Default with { Industry = IndustryPreference.RequireDifferent, RelaxationOrder = [HardRules.NoCommonFormat, HardRules.Industry, HardRules.CoolDown] },
        _ => MatchingPolicy.Default with { MinVirtualOverlapMinutes = 300, RelaxationOrder = [HardRules.CoolDown, HardRules.MeetEveryoneFirst, HardRules.NoCommonFormat] },
    };

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Cohorts))]
    public void The_priced_round_equals_the_full_graph_round(int n, int seed, int policyKind)
    {
        var members = MemberGenerator.Generate(n, seed, today: Day);
        var history = ProfileCodeTests.RandomHistory(members, seed);
        var planner = new CohortRoundPlanner(PolicyOf(policyKind), history);
        var full = planner.Plan(members, Day, seed, new RoundOptions { Method = RoundSolveMethod.FullGraph });
        var priced = planner.Plan(members, Day, seed, new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 4 });

        Assert.Equal(RoundSolveMethod.FullGraph, full.Optimality!.Method);
        Assert.True(priced.Optimality!.IsProvenOptimal);
        Assert.Equal(0, priced.Optimality.MaxViolation);
        Assert.Equal(0, priced.Optimality.GapBound);
        Assert.Equal(full.TotalScore, priced.TotalScore);
        Assert.Equal(full.Matches.Count, priced.Matches.Count);
        Assert.Equal(full.Matches.Count(m => m.IsTrio), priced.Matches.Count(m => m.IsTrio));
        Assert.Equal(full.Unmatched.Select(u => u.Reason).Order(), priced.Unmatched.Select(u => u.Reason).Order());
        CheckCertificate(members, PolicyOf(policyKind), history, priced);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void The_priced_round_equals_the_full_graph_round_on_5000_members()
    {
        var members = MemberGenerator.Generate(5_000, 5, today: Day);
        var planner = new CohortRoundPlanner(MatchingPolicy.Default);
        var full = planner.Plan(members, Day, 5, new RoundOptions { Method = RoundSolveMethod.FullGraph });
        var priced = planner.Plan(members, Day, 5);
        Assert.Equal(RoundSolveMethod.PricedOut, priced.Optimality!.Method);
        Assert.True(priced.Optimality.IsProvenOptimal);
        Assert.Equal(full.TotalScore, priced.TotalScore);
        Assert.Equal(full.Matches.Count, priced.Matches.Count);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void A_thin_candidate_graph_needs_several_passes_and_still_ends_certified()
    {
        var members = MemberGenerator.Generate(1_600, 11, today: Day);
        var policy = MatchingPolicy.Default with { OddCount = OddCountPolicy.RotatingSitOut };
        var priced = new CohortRoundPlanner(policy).Plan(members, Day, 11, new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 1 });
        Assert.True(priced.Optimality!.IsProvenOptimal);
        Assert.True(priced.Optimality.PricingPasses > 1, "one best peer each should leave violated pairs for a second pass");
        var seen = priced.Matches.SelectMany(m => m.MemberIds).Concat(priced.Unmatched.Select(u => u.MemberId)).Order(StringComparer.Ordinal);
        Assert.Equal(members.Select(m => m.Id).Order(StringComparer.Ordinal), seen);
        CheckCertificate(members, policy, PairingHistory.Empty, priced);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void A_budget_that_ends_early_reports_a_gap_bound_that_holds()
    {
        var members = MemberGenerator.Generate(1_200, 12, today: Day);
        var policy = MatchingPolicy.Default;
        var stopped = new CohortRoundPlanner(policy).Plan(members, Day, 12, new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 1, MaxPricingPasses = 1 });
        var cert = stopped.Optimality!;
        Assert.False(cert.IsProvenOptimal);
        Assert.True(cert.MaxViolation > 0);
        Assert.Equal(1, cert.PricingPasses);

        // The true optimum, from every allowed pair, with the same weights.
        var (edges, _) = AllowedPairs(members, policy, PairingHistory.Empty, cert);
        var optimum = WeightedMatching.MaximumWeight(cert.VertexMemberIds.Count, edges.ToArray()).TotalWeight;
        var duals = cert.Duals!;
        var found = (duals.VertexDuals.Sum() + duals.Blossoms.Sum(b => b.Dual * ((b.Vertices.Count - 1) / 2))) / 2;
        Assert.InRange(optimum - found, 0, cert.GapBound);
    }

    [Fact]
    public void Bad_options_are_refused_with_the_option_named()
    {
        var planner = new CohortRoundPlanner(MatchingPolicy.Default);
        var members = MemberGenerator.Generate(10, 1, today: Day);
        Assert.Throws<ArgumentNullException>(() => planner.Plan(members, Day, 1, null!));
        Assert.Contains("CandidatesPerMember", Assert.Throws<ArgumentOutOfRangeException>(() => planner.Plan(members, Day, 1, new RoundOptions { CandidatesPerMember = 0 })).Message);
        Assert.Contains("MaxPricingPasses", Assert.Throws<ArgumentOutOfRangeException>(() => planner.Plan(members, Day, 1, new RoundOptions { MaxPricingPasses = 0 })).Message);
        Assert.Contains("TimeBudget", Assert.Throws<ArgumentOutOfRangeException>(() => planner.Plan(members, Day, 1, new RoundOptions { TimeBudget = TimeSpan.Zero })).Message);
        Assert.Contains("Method", Assert.Throws<ArgumentOutOfRangeException>(() => planner.Plan(members, Day, 1, new RoundOptions { Method = (RoundSolveMethod)7 })).Message);
    }

    [Fact]
    public void Tiny_and_empty_cohorts_price_out_too()
    {
        var planner = new CohortRoundPlanner(MatchingPolicy.Default);
        var options = new RoundOptions { Method = RoundSolveMethod.PricedOut };
        var empty = planner.Plan([], Day, 1, options);
        Assert.Empty(empty.Matches);
        Assert.True(empty.Optimality!.IsProvenOptimal);
        var two = planner.Plan([Make("a", "Acme"), Make("b", "Globex")], Day, 1, options);
        Assert.Single(two.Matches);
        var colleagues = planner.Plan([Make("a", "Acme"), Make("b", "Acme")], Day, 1, options);
        Assert.Empty(colleagues.Matches);
        Assert.Equal(2, colleagues.Unmatched.Count);
    }

    /// <summary>Every allowed pair of the certificate's vertices with its weight, from the index's own per-pair check and score.</summary>
    internal static (List<WeightedEdge> Edges, int[] Members) AllowedPairs(IReadOnlyList<MemberProfile> members, MatchingPolicy policy, PairingHistory history, RoundCertificate cert)
    {
        var index = ProfileIndex.Build(members, policy, history);
        var vertexMember = cert.VertexMemberIds.Select(index.IndexOf).ToArray();
        var edges = new List<WeightedEdge>();
        for (var u = 0; u < vertexMember.Length; u++)
        {
            for (var v = u + 1; v < vertexMember.Length; v++)
            {
                var level = LevelOf(policy, index.Check(vertexMember[u], vertexMember[v], Day));
                if (level >= 0)
                {
                    edges.Add(new WeightedEdge(u, v, cert.EdgeWeight(level, index.Score(vertexMember[u], vertexMember[v]))));
                }
            }
        }

        return (edges, vertexMember);
    }

    /// <summary>The relaxation level written from the policy's documented rule, independently of the planner.</summary>
    private static int LevelOf(MatchingPolicy policy, HardRules rules)
    {
        if ((rules & HardRules.NeverRelaxable) != 0)
        {
            return -1;
        }

        var level = 0;
        for (var i = 0; i < policy.RelaxationOrder.Count; i++)
        {
            if ((rules & policy.RelaxationOrder[i]) != 0)
            {
                level = i + 1;
            }
        }

        var relaxable = policy.RelaxationOrder.Aggregate(HardRules.None, (a, r) => a | r);
        return (rules & ~relaxable) == 0 ? level : -1;
    }

    /// <summary>
    /// Recomputes the reduced cost of every allowed pair from the certificate: dual feasibility over all pairs,
    /// tight matched pairs, zero duals on unmatched vertices, full blossoms, and the matching's weight equal to the dual bound.
    /// </summary>
    internal static void CheckCertificate(IReadOnlyList<MemberProfile> members, MatchingPolicy policy, PairingHistory history, RoundResult round)
    {
        var cert = round.Optimality!;
        var duals = cert.Duals!;
        var (edges, vertexMember) = AllowedPairs(members, policy, history, cert);
        var n = vertexMember.Length;
        var vertexOf = cert.VertexMemberIds.Select((id, v) => (id, v)).ToDictionary(x => x.id, x => x.v);
        var mate = Enumerable.Repeat(-1, n).ToArray();
        foreach (var match in round.Matches)
        {
            int a = vertexOf[match.MemberIds[0]], b = vertexOf[match.MemberIds[1]];
            mate[a] = b;
            mate[b] = a;
        }

        var blossomsOf = Enumerable.Range(0, n).Select(_ => new List<int>()).ToArray();
        for (var b = 0; b < duals.Blossoms.Count; b++)
        {
            Assert.True(duals.Blossoms[b].Dual >= 0);
            foreach (var v in duals.Blossoms[b].Vertices)
            {
                blossomsOf[v].Add(b);
            }

            if (duals.Blossoms[b].Dual > 0)
            {
                var inside = duals.Blossoms[b].Vertices.ToHashSet();
                Assert.Equal((inside.Count - 1) / 2, inside.Count(v => mate[v] >= 0 && inside.Contains(mate[v])) / 2);
            }
        }

        long matchedWeight = 0;
        foreach (var e in edges)
        {
            var z = blossomsOf[e.U].Count == 0 || blossomsOf[e.V].Count == 0 ? 0 : blossomsOf[e.U].Intersect(blossomsOf[e.V]).Sum(b => duals.Blossoms[b].Dual);
            var reduced = duals.VertexDuals[e.U] + duals.VertexDuals[e.V] + z - (2 * e.Weight);
            Assert.True(reduced >= 0, $"pair {cert.VertexMemberIds[e.U]}-{cert.VertexMemberIds[e.V]} violates the duals by {-reduced}");
            if (mate[e.U] == e.V)
            {
                Assert.Equal(0, reduced);
                matchedWeight += e.Weight;
            }
        }

        for (var v = 0; v < n; v++)
        {
            Assert.True(duals.VertexDuals[v] >= 0);
            if (mate[v] < 0)
            {
                Assert.Equal(0, duals.VertexDuals[v]);
            }
        }

        var bound = duals.VertexDuals.Sum() + duals.Blossoms.Sum(b => b.Dual * ((b.Vertices.Count - 1) / 2));
        Assert.Equal(bound, 2 * matchedWeight);
    }
}
