using System.Collections.Concurrent;
using System.Globalization;
using PeerPractice.Matching;
using PeerPractice.Samples;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching.Scale;

/// <summary>
/// Price-out's edges on cohorts of a few members, each worked out by hand from the documented rules: a time budget spent
/// exactly, the candidate ranking (a level above any score, a repeat pair's history points under a negative history
/// weight), a member outside the round never taking a candidate's place, a row whose dual lies far below the top weight
/// still priced, and the progress a round reports (each stage's blocks of 32 members once, in stage order).
/// </summary>
public class PricedRoundEdgeTests
{
    private static readonly int[] _seeds = [1, 2, 3, 4];

    /// <summary>Points for shared concerns only (10 each, at most 2), so that each pair's score is set by hand.</summary>
    private static readonly ScoreWeights _sharedOnly = new() { Role = 0, SharedConcern = 10, MaxSharedConcerns = 2, Complementarity = 0, Industry = 0, Size = 0, PlaceAndTime = 0, History = 0 };

    private static MemberProfile Person(string id, string organization, params string[] concerns) =>
        Make(id, organization) with { Concerns = [.. concerns], Strengths = [] };

    private static IEnumerable<string> Pairs(RoundResult result) =>
        result.Matches.Select(m => string.Join(" ", m.MemberIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);

    [Fact(Timeout = TestTimeouts.Solver)]
    public void A_time_budget_spent_exactly_at_the_end_of_a_pass_starts_no_further_solve()
    {
        // One best peer each: the first pass leaves the round unproven (as in CohortRoundPlannerEdgeTests). The clock
        // moves one tick each time it is read, so the first pass ends exactly one tick after the round started.
        var members = new[]
        {
            Make("a", "A"), Make("b", "B"),
            Person("x", "X", "workforce-talent"), Person("y", "X", "workforce-talent"),
        };
        var planner = new CohortRoundPlanner(MatchingPolicy.Default);
        RoundOptions Options(long budgetTicks) => new()
        {
            Method = RoundSolveMethod.PricedOut,
            CandidatesPerMember = 1,
            TimeBudget = TimeSpan.FromTicks(budgetTicks),
            TimeProvider = new SteppingClock(),
        };

        var spent = planner.Plan(members, Day, 1, Options(1)).Optimality!;
        Assert.Equal((1, false), (spent.PricingPasses, spent.IsProvenOptimal));

        var oneTickMore = planner.Plan(members, Day, 1, Options(2)).Optimality!;
        Assert.Equal(2, oneTickMore.PricingPasses);
    }

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Seeds))]
    public void A_candidate_needing_less_relaxation_outranks_one_with_the_highest_score(int seed)
    {
        // m wants to meet everyone before repeating and met b a year ago: m-b needs a level relaxed but scores the most
        // any pair can (20); m-a scores 0 with nothing relaxed. With one candidate each, m names a; a and b name c.
        // m and c, a and b are colleagues. The first graph {m-a, a-c, b-c} pairs m-a and b-c, with nothing relaxed.
        var history = new PairingHistory();
        history.Add(new PairingRecord("m", "b", Day.AddDays(-365), PairingOutcome.Met, 4));
        var policy = MatchingPolicy.Default with { Weights = _sharedOnly };
        var members = new[]
        {
            Person("m", "MC", "cybersecurity", "ai-integration") with { MeetEveryoneBeforeRepeating = true },
            Person("a", "AB", "workforce-talent"),
            Person("b", "AB", "cybersecurity", "ai-integration"),
            Person("c", "MC", "workforce-talent", "cybersecurity"),
        };
        var index = ProfileIndex.Build(members, policy, history);
        Assert.Equal((20, HardRules.MeetEveryoneFirst, 0, HardRules.None), (index.Score(0, 2), index.Check(0, 2, Day), index.Score(0, 1), index.Check(0, 1, Day)));

        var result = new CohortRoundPlanner(policy, history).Plan(members, Day, seed,
            new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 1, MaxPricingPasses = 1 });

        Assert.Equal(["a m", "b c"], Pairs(result));
        Assert.All(result.Matches, m => Assert.Equal(HardRules.None, m.RelaxedRules));
        Assert.Equal((1, 3L), (result.Optimality!.PricingPasses, result.Optimality.CandidateEdges));
    }

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Seeds))]
    public void Under_a_negative_history_weight_a_repeat_pair_is_ranked_by_its_true_score(int seed)
    {
        // History -10: a new pair loses 10 points, a repeat (met over a year ago, rated 3) loses none. m-a is new and
        // shares nothing (-10); m-b is a repeat sharing nothing (0), so b is m's best candidate although a comes first in
        // the scan and the code scores every pair as new. a and b share two concerns with c (10 each), and c comes first
        // in their scans: a names c, b names c, c names a. Colleagues: m and c, a and b.
        var history = new PairingHistory();
        history.Add(new PairingRecord("m", "b", Day.AddDays(-400), PairingOutcome.Met, 3));
        var policy = MatchingPolicy.Default with { Weights = _sharedOnly with { History = -10 } };
        var members = new[]
        {
            Person("c", "MC", "workforce-talent", "customer-experience", "ai-integration", "data-analytics"),
            Person("m", "MC", "cybersecurity"),
            Person("a", "AB", "workforce-talent", "customer-experience"),
            Person("b", "AB", "ai-integration", "data-analytics"),
        };
        var index = ProfileIndex.Build(members, policy, history);
        Assert.Equal((-10, 0, 10, 10), (index.Score(1, 2), index.Score(1, 3), index.Score(2, 0), index.Score(3, 0)));
        Assert.Equal(HardRules.None, index.Check(1, 3, Day));

        var result = new CohortRoundPlanner(policy, history).Plan(members, Day, seed,
            new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 1, MaxPricingPasses = 1 });

        // The first graph {m-b, a-c, b-c} has one way to pair everyone: m-b and a-c (0 + 10; m-a and b-c make 0).
        Assert.Equal(["a c", "b m"], Pairs(result));
        Assert.Equal(3L, result.Optimality!.CandidateEdges);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void A_member_outside_the_round_never_takes_a_members_candidate_place()
    {
        // s (not in this round, a sitter say) is a's best peer (20); among the round a names b (10), b names c (20), c
        // names b. One candidate each: the first graph is {a-b, b-c}, whatever s would have been.
        var members = new[]
        {
            Person("a", "A", "cybersecurity", "ai-integration"), Person("b", "B", "cybersecurity", "workforce-talent", "customer-experience"),
            Person("c", "C", "workforce-talent", "customer-experience"), Person("s", "S", "cybersecurity", "ai-integration"),
        };
        var policy = MatchingPolicy.Default with { Weights = _sharedOnly };
        var index = ProfileIndex.Build(members, policy);
        Assert.Equal((20, 10, 0, 20), (index.Score(0, 3), index.Score(0, 1), index.Score(0, 2), index.Score(1, 2)));
        var options = RoundOptions.Default with { CandidatesPerMember = 1, MaxPricingPasses = 1 };
        var round = new PricedRound(index, new RelaxationLadder(policy), [0, 1, 2], Day, 1_000, options);

        var (matching, certificate) = round.Solve();

        Assert.Equal(2, certificate.CandidateEdges);
        Assert.Equal([-1, 2, 1], matching.Mates);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void A_row_whose_dual_lies_far_below_the_top_weight_is_still_priced()
    {
        // Four alike members, one candidate each: everyone names a (b names a too), so the first graph is a star at a
        // and pairs a alone. The two left over have dual 0, far below a top weight of about 3.3 billion; their pair
        // violates, and the round must find it and pair all four.
        var members = new[] { Make("a", "A"), Make("b", "B"), Make("c", "C"), Make("d", "D") };
        var policy = MatchingPolicy.Default with { RelaxationOrder = [HardRules.CoolDown] };
        var index = ProfileIndex.Build(members, policy);
        const long LevelBonus = 1_098_322_300;
        var round = new PricedRound(index, new RelaxationLadder(policy), [0, 1, 2, 3], Day, LevelBonus, RoundOptions.Default with { CandidatesPerMember = 1 });
        var top = round.CardinalityBonus + LevelBonus;
        Assert.True(top > int.MaxValue); // the row key of a dual-0 row is a clamp, not a 32-bit cast of -top
        Assert.True(unchecked((int)-top) > 600_000_000);

        var (matching, certificate) = round.Solve();

        Assert.Equal(2, matching.PairCount);
        Assert.True(certificate.IsProvenOptimal);
        Assert.True(certificate.PricingPasses > 1);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Progress_reports_each_block_of_32_members_once_per_stage_in_stage_order()
    {
        // 96 members, one snoozed: the candidate search counts the round's 95 members, each pricing pass all 96 (three
        // blocks each, the last full or one short).
        var members = MemberGenerator.Generate(96, 7, today: Day).Select((m, i) => m with { SnoozedUntil = i == 0 ? Day.AddDays(30) : null, OptOuts = OptOuts.None }).ToList();
        var steps = new ConcurrentQueue<RoundProgress>();
        var result = new CohortRoundPlanner(MatchingPolicy.Default).Plan(members, Day, 7,
            new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 1, Progress = new GroupPlannerTests.SyncProgress(steps.Enqueue) });
        var passes = result.Optimality!.PricingPasses;
        var vertices = result.Optimality.VertexMemberIds.Count;
        Assert.True(passes > 1);
        Assert.Equal(95, vertices);

        static string Blocks(long total) => string.Join(",", Enumerable.Range(1, (int)((total + 31) / 32)).Select(b => Math.Min(32L * b, total)));
        var expected = new List<(string Stage, string Done, long Total)> { ("candidate peers", Blocks(vertices), vertices) };
        for (var pass = 1; pass <= passes; pass++)
        {
            expected.Add((pass == 1 ? "exact solve" : "exact solve (warm)", "0", 1));
            expected.Add(($"pricing pass {pass}", Blocks(members.Count), members.Count));
        }

        // Stages follow one another (a stage's blocks may arrive in any order, never mixed with another stage's).
        var stages = new List<(string Stage, List<long> Done, long Total)>();
        foreach (var step in steps)
        {
            if (stages.Count == 0 || stages[^1].Stage != step.Stage)
            {
                stages.Add((step.Stage, [], step.Total));
            }

            Assert.Equal(stages[^1].Total, step.Total);
            stages[^1].Done.Add(step.Done);
        }

        Assert.Equal(expected, stages.Select(s => (s.Stage, string.Join(",", s.Done.Order()), s.Total)));
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void The_same_seed_gives_the_same_priced_round_when_many_blocks_find_violations()
    {
        // 300 members and one candidate each: every pass finds violations in rows all over the cohort, priced in blocks
        // on every core; the pairs and the certificate (its duals included) must not depend on which block ends first.
        var members = MemberGenerator.Generate(300, 11, today: Day);
        var planner = new CohortRoundPlanner(MatchingPolicy.Default);
        var options = new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 1 };
        var first = planner.Plan(members, Day, 11, options);
        Assert.True(first.Optimality!.PricingPasses > 2);
        for (var run = 0; run < 6; run++)
        {
            var again = planner.Plan(members, Day, 11, options);
            Assert.Equal(Pairs(first), Pairs(again));
            Assert.Equal(first.Optimality, again.Optimality);
        }
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void A_pass_adds_at_most_ten_candidates_per_member_of_its_violating_pairs()
    {
        // 1,001 alike members, ten candidates each: everyone names the ten first members (who name the eleven first), so
        // the first graph is 55 pairs among those eleven and 9,900 between the ten first and the rest, and its solve
        // pairs only the ten first. Every pair among the 991 others then violates (both duals 0): 490,545 pairs, of which
        // a pass adds 10 x 1,001 = 10,010 (more than the floor of 10,000). No pair comes near: all other pairs are in the graph.
        var members = Enumerable.Range(0, 1_001).Select(i => Make($"m{i:D4}", $"Org {i}")).ToList();
        var planner = new CohortRoundPlanner(MatchingPolicy.Default);
        var options = new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 10, MaxPricingPasses = 1 };

        var first = planner.Plan(members, Day, 1, options).Optimality!;
        Assert.Equal(9_955, first.CandidateEdges);
        Assert.Equal(10, first.Duals!.VertexDuals.Count(d => d != 0));
        Assert.All(first.Duals.Blossoms, b => Assert.Equal(0, b.Dual));
        Assert.Equal(2 * first.EdgeWeight(0, ProfileIndex.Build(members, MatchingPolicy.Default).Score(0, 1)), first.MaxViolation);

        var second = planner.Plan(members, Day, 1, options with { MaxPricingPasses = 2 }).Optimality!;
        Assert.Equal(9_955 + 10_010, second.CandidateEdges);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void A_pass_that_finds_more_violating_pairs_than_it_adds_adds_the_first_in_row_order()
    {
        // The cohort of the test above. Rows 10 to 19 violate with every later member (990 + ... + 981 = 9,855 pairs) and
        // row 20 with its first 155 (members 21 to 175): those are the 10,010 first in row order, found by whichever
        // workers price rows 10 to 20, while other workers find as many further down. With only those added, every
        // pair of the second solve has an end among the 21 first members, so it pairs each of them with a later member
        // (21 pairs) and no more.
        var members = Enumerable.Range(0, 1_001).Select(i => Make($"m{i:D4}", $"Org {i}")).ToList();
        var planner = new CohortRoundPlanner(MatchingPolicy.Default);
        var options = new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 10, MaxPricingPasses = 2 };

        var result = planner.Plan(members, Day, 1, options);

        // A trio's first two ids are its pair; the third joined it after the solve.
        var matches = result.Matches.Select(m => m.MemberIds.Take(2).Select(id => int.Parse(id[1..], CultureInfo.InvariantCulture)).Order().ToArray()).ToList();
        Assert.Equal(21, matches.Count);
        Assert.Equal(Enumerable.Range(0, 21), matches.Select(m => m[0]).Order());
        Assert.All(matches, m => Assert.InRange(m[1], 21, m[0] == 20 ? 175 : 1_000));
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Under_weights_too_large_for_the_32_bit_test_a_pass_prices_every_pair_exactly()
    {
        // 40 alike members, 800 million points a pair: twice a score no longer fits the vector test's 32-bit lanes (on
        // them it wraps, skips pairs and proves a round of 8 pairs optimal). One candidate each: everyone names the
        // first member, so only the passes can pair the rest.
        var policy = MatchingPolicy.Default with
        {
            Weights = new ScoreWeights { Role = 800_000_000, SharedConcern = 0, Complementarity = 0, Industry = 0, Size = 0, PlaceAndTime = 0, History = 0 },
        };
        var members = Enumerable.Range(0, 40).Select(i => Make($"m{i:D2}", $"Org {i}")).ToList();
        var result = new CohortRoundPlanner(policy).Plan(members, Day, 1, new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 1 });

        Assert.True(result.Optimality!.IsProvenOptimal);
        Assert.Equal(20, result.Matches.Count);
        Assert.Equal(20 * 800_000_000L, result.TotalScore);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Under_a_weight_far_below_zero_a_pass_prices_every_pair_exactly()
    {
        // The mirror case: 10 members, -2 billion points a pair (on the 32-bit test a round of 2 pairs was proven
        // optimal). Unpaired members' duals lie far below the top weight, and a pair scoring that low with one of them
        // fails the clamped test though it violates.
        var policy = MatchingPolicy.Default with
        {
            Weights = new ScoreWeights { Role = -2_000_000_000, SharedConcern = 0, Complementarity = 0, Industry = 0, Size = 0, PlaceAndTime = 0, History = 0 },
        };
        var members = Enumerable.Range(0, 10).Select(i => Make($"m{i:D2}", $"Org {i}")).ToList();
        var result = new CohortRoundPlanner(policy).Plan(members, Day, 1, new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 1 });

        Assert.True(result.Optimality!.IsProvenOptimal);
        Assert.Equal(5, result.Matches.Count);
        Assert.Equal(5 * -2_000_000_000L, result.TotalScore);
    }

    [Fact]
    public void A_pass_keeps_the_first_violations_in_row_order_of_the_members_not_the_vertices()
    {
        // Vertex v is member vertexMember[v]. In member pairs the edges are (0,3), (0,1), (2,3), (1,2), (0,2): row order
        // (earlier member, then later) puts (0,1), (0,2), (0,3) first.
        int[] vertexMember = [3, 0, 2, 1];
        WeightedEdge e03 = new(0, 1, 5), e01 = new(1, 3, 5), e23 = new(2, 0, 5), e12 = new(3, 2, 5), e02 = new(1, 2, 5);

        Assert.Equal([e01, e02, e03], PricedRound.FirstInRowOrder([e03, e01, e23, e12, e02], 3, vertexMember, 4));
        Assert.Equal([e23, e12, e02, e01, e03], PricedRound.FirstInRowOrder([e23, e12, e02, e01, e03], 5, vertexMember, 4)); // within the cap: as found
    }

    [Fact]
    public void Row_order_holds_for_member_numbers_whose_row_keys_pass_the_32_bit_range()
    {
        // 100,000 members: the row key of (21,475, 99,998) is about 2.1475e9, just beyond int (a 32-bit key would wrap
        // below every other); (21,000, 99,999) comes first.
        var vertexMember = new[] { 21_475, 99_998, 21_000, 99_999 };
        WeightedEdge late = new(0, 1, 5), early = new(2, 3, 5);
        Assert.Equal([early], PricedRound.FirstInRowOrder([late, early], 1, vertexMember, 100_000));
    }

    [Theory]
    [InlineData(1_001, 10, 10_010)]
    [InlineData(1_001, 9, 10_000)]
    [InlineData(30_000, 0, 30_000)]  // no candidates asked for: one per member, as the first graph
    [InlineData(4, 40, 10_000)]
    public void A_pass_adds_at_most_K_violating_pairs_per_member_and_never_fewer_than_ten_thousand(int vertices, int candidates, int cap) =>
        Assert.Equal(cap, PricedRound.PassCap(vertices, candidates));

    public static TheoryData<int> Seeds => new(_seeds);

    /// <summary>A clock that moves one tick (100 ns) each time it is read.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        private long _now;

        public override long TimestampFrequency => TimeSpan.TicksPerSecond;

        public override long GetTimestamp() => Interlocked.Increment(ref _now);
    }
}
