using PeerPractice.Matching;
using PeerPractice.Samples;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching.Scale;

/// <summary>
/// Price-out on cohorts small enough to compare with the full graph in milliseconds: the same optimum, a certificate
/// checked independently over every allowed pair, the budget's gap bound against the true optimum, and the progress stages.
/// </summary>
public class PricedRoundSmallCohortTests
{
    public static TheoryData<int, int, int, int> Cohorts => new()
    {
        // members, seed, policy kind (as in PricedRoundTests), candidates per member
        { 60, 1, 0, 1 },
        { 61, 2, 1, 1 },
        { 90, 3, 2, 2 },
        { 81, 4, 3, 1 },
        { 150, 5, 0, 3 },
        { 77, 6, 4, 1 },
    };

    private static MatchingPolicy PolicyOf(int kind) => kind switch
    {
        0 => MatchingPolicy.Default,
        1 => MatchingPolicy.Default with { RelaxationOrder = [], OddCount = OddCountPolicy.Trio },
        2 => MatchingPolicy.Default with { Industry = IndustryPreference.RequireDifferent, RelaxationOrder = [HardRules.NoCommonFormat, HardRules.Industry, HardRules.CoolDown] },
        3 => MatchingPolicy.Default with { MinVirtualOverlapMinutes = 300, RelaxationOrder = [HardRules.CoolDown, HardRules.MeetEveryoneFirst, HardRules.NoCommonFormat] },
        _ => MatchingPolicy.Default with { OddCount = OddCountPolicy.RotatingSitOut, RelaxationOrder = [HardRules.CoolDown, HardRules.PoorFit, HardRules.MeetEveryoneFirst] },
    };

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Cohorts))]
    public void The_priced_round_equals_the_full_graph_round_and_its_certificate_holds(int n, int seed, int policyKind, int candidates)
    {
        var members = MemberGenerator.Generate(n, seed, today: Day);
        var history = ProfileCodeTests.RandomHistory(members, seed);
        var policy = PolicyOf(policyKind);
        var planner = new CohortRoundPlanner(policy, history);
        var full = planner.Plan(members, Day, seed, new RoundOptions { Method = RoundSolveMethod.FullGraph });
        var priced = planner.Plan(members, Day, seed, new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = candidates });

        var cert = priced.Optimality!;
        Assert.Equal(RoundSolveMethod.PricedOut, cert.Method);
        Assert.True(cert.IsProvenOptimal);
        Assert.Equal((0L, 0L), (cert.MaxViolation, cert.GapBound));
        Assert.InRange(cert.PricingPasses, 1, 30);
        Assert.Equal(policy.RelaxationOrder.Count, cert.Levels);
        var (least, most) = ScoreMath.Range(policy.Weights);
        var maxTotal = most - least;
        var vertices = cert.VertexMemberIds.Count;
        Assert.Equal((Math.Max(1L, vertices / 2) * maxTotal) + 1, cert.LevelBonus);
        Assert.Equal((Math.Max(1L, vertices / 2) * ((cert.Levels * cert.LevelBonus) + maxTotal)) + 1, cert.CardinalityBonus);
        Assert.Equal(cert.VertexMemberIds.Count, cert.Duals!.VertexDuals.Count);
        Assert.True(cert.CandidateEdges >= vertices / 2, $"{cert.CandidateEdges} candidate edges for {vertices} vertices");

        // With a rotating sit-out, price-out may choose another sitter among those that keep the most people paired (one
        // solve instead of the full graph's search); with the same sitter the rounds are equally good.
        var sameSitter = full.Unmatched.Where(u => u.Reason == UnmatchedReason.SatOut).Select(u => u.MemberId)
            .SequenceEqual(priced.Unmatched.Where(u => u.Reason == UnmatchedReason.SatOut).Select(u => u.MemberId));
        if (sameSitter)
        {
            Assert.Equal(full.TotalScore, priced.TotalScore);
            Assert.Equal(full.Unmatched.Select(u => u.Reason).Order(), priced.Unmatched.Select(u => u.Reason).Order());
        }

        Assert.Equal(full.Matches.Count, priced.Matches.Count);
        Assert.Equal(full.Matches.Count(m => m.IsTrio), priced.Matches.Count(m => m.IsTrio));
        Assert.Equal(
            members.Select(m => m.Id).Order(StringComparer.Ordinal),
            priced.Matches.SelectMany(m => m.MemberIds).Concat(priced.Unmatched.Select(u => u.MemberId)).Order(StringComparer.Ordinal));

        // The matches' scores and relaxed rules are the index's own for each pair.
        var index = ProfileIndex.Build(members, policy, history);
        foreach (var m in priced.Matches)
        {
            int a = index.IndexOf(m.MemberIds[0]), b = index.IndexOf(m.MemberIds[1]);
            Assert.Equal(index.Score(a, b), m.Score);
            if (!m.IsTrio)
            {
                Assert.Equal(index.Check(a, b, Day), m.RelaxedRules);
            }
        }

        PricedRoundTests.CheckCertificate(members, policy, history, priced);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void One_pass_with_one_candidate_each_reports_a_gap_bound_that_holds()
    {
        var members = MemberGenerator.Generate(160, 12, today: Day);
        var policy = MatchingPolicy.Default;
        var planner = new CohortRoundPlanner(policy);
        var proven = planner.Plan(members, Day, 12, new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 1 });
        Assert.True(proven.Optimality!.PricingPasses > 1, "one candidate each should leave violated pairs after the first solve");

        var stopped = planner.Plan(members, Day, 12, new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 1, MaxPricingPasses = 1 });
        var cert = stopped.Optimality!;
        Assert.False(cert.IsProvenOptimal);
        Assert.Equal(1, cert.PricingPasses);
        Assert.True(cert.MaxViolation > 0);
        Assert.InRange(cert.MaxViolation, 1, 2 * cert.GapBound);
        AssertGapHolds(members, policy, cert);
        Assert.True(stopped.TotalScore <= proven.TotalScore || stopped.Matches.Count < proven.Matches.Count);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void A_time_budget_stops_after_the_solve_that_exceeds_it()
    {
        var members = MemberGenerator.Generate(160, 12, today: Day);
        var clock = new SteppingClock(); // every reading is one second after the one before
        var options = new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 1, TimeBudget = TimeSpan.FromSeconds(0.5), TimeProvider = clock };
        var stopped = new CohortRoundPlanner(MatchingPolicy.Default).Plan(members, Day, 12, options);
        var cert = stopped.Optimality!;
        Assert.False(cert.IsProvenOptimal);
        Assert.Equal(1, cert.PricingPasses);
        AssertGapHolds(members, MatchingPolicy.Default, cert);

        // A budget the clock does not reach leaves the round to finish with its certificate.
        var roomy = new CohortRoundPlanner(MatchingPolicy.Default).Plan(members, Day, 12, options with { TimeBudget = TimeSpan.FromHours(1), TimeProvider = new SteppingClock() });
        Assert.True(roomy.Optimality!.IsProvenOptimal);
        Assert.True(roomy.Optimality.PricingPasses > 1);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Progress_names_each_stage_and_never_counts_past_its_total()
    {
        var members = MemberGenerator.Generate(100, 7, today: Day);
        var progress = new Recorder();
        var result = new CohortRoundPlanner(MatchingPolicy.Default).Plan(members, Day, 7,
            new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 1, Progress = progress });
        var passes = result.Optimality!.PricingPasses;
        Assert.True(passes > 1);

        var steps = progress.Steps;
        Assert.All(steps, s => Assert.InRange(s.Done, 0, s.Total));
        Assert.All(steps.Where(s => !s.Stage.StartsWith("exact solve", StringComparison.Ordinal)), s => Assert.True(s.Done > 0));
        var vertices = result.Optimality.VertexMemberIds.Count; // the available members; pricing passes go over all 100
        Assert.InRange(vertices, 2, 99);
        Assert.Contains(new RoundProgress("candidate peers", vertices, vertices), steps);
        Assert.Equal(1, steps.Count(s => s.Stage == "exact solve"));
        Assert.Equal(passes - 1, steps.Count(s => s.Stage == "exact solve (warm)"));
        Assert.All(steps.Where(s => s.Stage.StartsWith("exact solve", StringComparison.Ordinal)), s => Assert.Equal((0L, 1L), (s.Done, s.Total)));
        for (var pass = 1; pass <= passes; pass++)
        {
            Assert.Contains(new RoundProgress($"pricing pass {pass}", 100, 100), steps);
        }

        Assert.Equal(["candidate peers", "exact solve", "pricing pass 1", "exact solve (warm)", "pricing pass 2"], steps.Select(s => s.Stage).Distinct().Take(5));
    }

    [Fact]
    public void Automatic_solves_small_cohorts_on_the_full_graph()
    {
        var members = MemberGenerator.Generate(40, 3, today: Day);
        var result = new CohortRoundPlanner(MatchingPolicy.Default).Plan(members, Day, 3);
        Assert.Equal(RoundSolveMethod.FullGraph, result.Optimality!.Method);
        Assert.Equal(1_500, CohortRoundPlanner.FullGraphLimit);
    }

    [Fact]
    public void A_cohort_whose_weights_would_leave_the_exact_range_is_refused_with_the_fix()
    {
        // 1,000 members, 7 levels and a billion points for the role: the cardinality bonus passes the solver's bound.
        var members = MemberGenerator.Generate(1_000, 3, today: Day).Select(m => m with { SnoozedUntil = null, OptOuts = OptOuts.None }).ToList();
        var rules = new[] { HardRules.CoolDown, HardRules.MeetEveryoneFirst, HardRules.PoorFit, HardRules.NoCommonFormat, HardRules.Industry, HardRules.Competitor, HardRules.NamedExclusion };
        var policy = MatchingPolicy.Default with { RelaxationOrder = [.. rules], Weights = MatchingPolicy.Default.Weights with { Role = 1_000_000_000 } };
        var error = Assert.Throws<ArgumentException>(() => new CohortRoundPlanner(policy).Plan(members, Day, 3, new RoundOptions { Method = RoundSolveMethod.PricedOut }));
        Assert.Equal("A round of 1000 members with 7 relaxation levels needs edge weights beyond the solver's exact integer range; split the cohort or shorten the relaxation order. (Parameter 'vertexMembers')", error.Message);

        // A tenth of the role points fits.
        var fits = new CohortRoundPlanner(policy with { Weights = MatchingPolicy.Default.Weights with { Role = 100_000_000 } }).Plan(members.Take(100).ToList(), Day, 3, new RoundOptions { Method = RoundSolveMethod.PricedOut });
        Assert.True(fits.Optimality!.IsProvenOptimal);
    }

    private static void AssertGapHolds(IReadOnlyList<MemberProfile> members, MatchingPolicy policy, RoundCertificate cert)
    {
        var (edges, _) = PricedRoundTests.AllowedPairs(members, policy, PairingHistory.Empty, cert);
        var optimum = WeightedMatching.MaximumWeight(cert.VertexMemberIds.Count, edges.ToArray()).TotalWeight;
        var duals = cert.Duals!;
        var found = (duals.VertexDuals.Sum() + duals.Blossoms.Sum(b => b.Dual * ((b.Vertices.Count - 1) / 2))) / 2;
        Assert.InRange(optimum - found, 0, cert.GapBound);
        Assert.True(cert.GapBound > 0);
    }

    private sealed class SteppingClock : TimeProvider
    {
        private long _now;

        public override long GetTimestamp() => _now += TimestampFrequency;
    }

    /// <summary>Records synchronously (Progress&lt;T&gt; would post to the thread pool).</summary>
    private sealed class Recorder : IProgress<RoundProgress>
    {
        private readonly List<RoundProgress> _steps = [];

        public IReadOnlyList<RoundProgress> Steps
        {
            get
            {
                lock (_steps)
                {
                    return [.. _steps];
                }
            }
        }

        public void Report(RoundProgress value)
        {
            lock (_steps)
            {
                _steps.Add(value);
            }
        }
    }
}
