using PeerPractice.Collections;
using PeerPractice.Matching;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// The round planner's edges, each case under several seeds so that no answer rests on one lucky vertex order: the
/// method chosen at the full-graph limit, pairing when nothing scores, the sit-out rotation's tie-breaks, which pair an
/// odd member joins and what it is told, the rules reported for a member whose peers were taken, and a round stopped by
/// its budget. The oracle is the documented rule, worked out by hand for each small cohort.
/// </summary>
public class CohortRoundPlannerEdgeTests
{
    private static readonly int[] _seeds = [1, 2, 3, 4, 5, 6, 7, 8];

    public static TheoryData<RoundSolveMethod> Methods => new(RoundSolveMethod.FullGraph, RoundSolveMethod.PricedOut);

    private static RoundResult Plan(MatchingPolicy policy, PairingHistory? history, RoundSolveMethod method, int seed, params MemberProfile[] members) =>
        new CohortRoundPlanner(policy, history).Plan(members, Day, seed, new RoundOptions { Method = method });

    private static IEnumerable<string> Pairs(RoundResult result) =>
        result.Matches.Select(m => string.Join(" ", m.MemberIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Automatic_solves_the_full_graph_up_to_the_limit_and_prices_out_beyond_it()
    {
        // One organization: nobody can pair, so each round is only the choice of method and the reports.
        var members = Enumerable.Range(0, CohortRoundPlanner.FullGraphLimit + 1).Select(i => Make($"m{i:D4}", "Acme")).ToList();
        var planner = new CohortRoundPlanner(MatchingPolicy.Default);

        var atLimit = planner.Plan(members.Take(CohortRoundPlanner.FullGraphLimit).ToList(), Day, 1);
        Assert.Equal(RoundSolveMethod.FullGraph, atLimit.Optimality!.Method);
        var beyond = planner.Plan(members, Day, 1);
        Assert.Equal(RoundSolveMethod.PricedOut, beyond.Optimality!.Method);
        var forced = planner.Plan(members, Day, 1, new RoundOptions { Method = RoundSolveMethod.FullGraph });
        Assert.Equal(RoundSolveMethod.FullGraph, forced.Optimality!.Method);
        Assert.Equal(CohortRoundPlanner.FullGraphLimit + 1, forced.Unmatched.Count);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void With_no_points_and_no_relaxation_levels_the_full_graph_still_pairs_the_most_people()
    {
        // Every pair weighs 0: only the maximum-cardinality mode pairs anyone at all.
        var policy = MatchingPolicy.Default with
        {
            RelaxationOrder = [],
            Weights = new ScoreWeights { Role = 0, SharedConcern = 0, Complementarity = 0, Industry = 0, Size = 0, PlaceAndTime = 0, History = 0 },
        };
        var four = Plan(policy, null, RoundSolveMethod.FullGraph, 1, Make("a", "A"), Make("b", "B"), Make("c", "C"), Make("d", "D"));
        Assert.Equal(2, four.Matches.Count);
        Assert.Equal(0, four.TotalScore);

        // The sit-out search counts pairs the same way: the rotation's first choice a would leave b and e unpaired too.
        var history = new PairingHistory();
        foreach (var id in new[] { "b", "c", "d", "e" })
        {
            history.Add(new SitOutRecord(id, Day.AddDays(-30)));
        }

        var five = Plan(policy with { OddCount = OddCountPolicy.RotatingSitOut }, history, RoundSolveMethod.FullGraph, 1,
            Make("a", "A"), Make("b", "B"), Make("c", "C") with { Languages = ["fr"] }, Make("d", "D") with { Languages = ["fr"] }, Make("e", "E") with { Languages = ["de"] });
        Assert.Equal(["a b", "c d"], Pairs(five));
        Assert.Equal(("e", UnmatchedReason.SatOut), (five.Unmatched.Single().MemberId, five.Unmatched.Single().Reason));
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void The_seed_alone_decides_the_vertex_order()
    {
        var members = Enumerable.Range(0, 12).Select(i => Make($"m{i:D2}", $"Org {i}")).ToList();
        var planner = new CohortRoundPlanner(MatchingPolicy.Default);
        var options = new RoundOptions { Method = RoundSolveMethod.PricedOut };
        var orders = _seeds.Select(seed => string.Join(",", planner.Plan(members, Day, seed, options).Optimality!.VertexMemberIds)).ToList();

        Assert.Equal(orders[0], string.Join(",", planner.Plan(members, Day, _seeds[0], options).Optimality!.VertexMemberIds));
        Assert.True(orders.Distinct().Count() > 1);
        Assert.All(orders, o => Assert.Equal(members.Select(m => m.Id).Order(StringComparer.Ordinal), o.Split(',').Order(StringComparer.Ordinal)));
    }

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Methods))]
    public void Among_members_who_sat_out_equally_often_the_one_who_sat_out_longest_ago_sits_out(RoundSolveMethod method)
    {
        var history = new PairingHistory();
        history.Add(new SitOutRecord("a", Day.AddDays(-20)));
        history.Add(new SitOutRecord("b", Day.AddDays(-90)));
        history.Add(new SitOutRecord("c", Day.AddDays(-50)));
        var policy = MatchingPolicy.Default with { OddCount = OddCountPolicy.RotatingSitOut };
        foreach (var seed in _seeds)
        {
            var result = Plan(policy, history, method, seed, Make("a", "A"), Make("b", "B"), Make("c", "C"));
            Assert.Equal(("b", UnmatchedReason.SatOut), (result.Unmatched.Single().MemberId, result.Unmatched.Single().Reason));
        }
    }

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Methods))]
    public void Among_members_with_the_same_sit_outs_the_first_in_the_seeded_order_sits_out(RoundSolveMethod method)
    {
        var members = new[] { Make("a", "A"), Make("b", "B"), Make("c", "C") };
        var policy = MatchingPolicy.Default with { OddCount = OddCountPolicy.RotatingSitOut };
        foreach (var seed in _seeds)
        {
            // The seeded order is the planner's documented tie-break: a shuffle of the members by the seed.
            var order = Enumerable.Range(0, members.Length).ToArray();
#pragma warning disable CA5394 // the same tie-breaking shuffle as the planner's
            new Random(seed).Shuffle(order);
#pragma warning restore CA5394
            var result = Plan(policy, null, method, seed, members);
            Assert.Equal(members[order[0]].Id, result.Unmatched.Single().MemberId);
        }
    }

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Methods))]
    public void A_trio_with_no_rule_relaxed_says_nothing_was_relaxed(RoundSolveMethod method)
    {
        foreach (var seed in _seeds)
        {
            var result = Plan(MatchingPolicy.Default, null, method, seed, Make("a", "A"), Make("b", "B"), Make("c", "C"));
            var trio = Assert.Single(result.Matches);
            Assert.True(trio.IsTrio);
            Assert.Equal(HardRules.None, trio.RelaxedRules);
            Assert.Equal(3, result.Notes.Count);
            Assert.DoesNotContain(result.Notes, n => n.Message.Contains("relaxed", StringComparison.Ordinal));
        }
    }

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Methods))]
    public void A_trio_member_relaxed_with_one_partner_only_is_reported_relaxed(RoundSolveMethod method)
    {
        // c met a ten days ago (a cool-down) but never b: whichever pair forms, the third is relaxed with one partner.
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "c", Day.AddDays(-10), PairingOutcome.Met, 4));
        foreach (var seed in _seeds)
        {
            var result = Plan(MatchingPolicy.Default, history, method, seed, Make("a", "A"), Make("b", "B"), Make("c", "C"));
            var trio = Assert.Single(result.Matches);
            Assert.Equal(HardRules.CoolDown, trio.RelaxedRules);
            Assert.Equal(3, result.Notes.Count(n => n.Message.Contains("relaxed", StringComparison.Ordinal)));
        }
    }

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Methods))]
    public void The_odd_member_joins_the_pair_whose_worst_relaxation_is_least(RoundSolveMethod method)
    {
        // Only a-b and c-d share a language (e speaks both). e's rules with a and b need levels 1 and 3, with c and d
        // level 2 each: the pair whose worse level is least is c-d, though a alone would need the least.
        var policy = MatchingPolicy.Default with
        {
            RelaxationOrder = [HardRules.MeetEveryoneFirst, HardRules.CoolDown, HardRules.Competitor],
            Competitors = [new CompetitorGroup(["E", "B"])],
        };
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "e", Day.AddDays(-400), PairingOutcome.Met, 4)); // meet-everyone-first only
        history.Add(new PairingRecord("c", "e", Day.AddDays(-10), PairingOutcome.Met, 4)); // cool-down
        history.Add(new PairingRecord("d", "e", Day.AddDays(-10), PairingOutcome.Met, 4)); // cool-down
        foreach (var seed in _seeds)
        {
            var result = Plan(policy, history, method, seed,
                Make("a", "A") with { Languages = ["l1"] }, Make("b", "B") with { Languages = ["l1"] },
                Make("c", "C") with { Languages = ["l2"] }, Make("d", "D") with { Languages = ["l2"] },
                Make("e", "E") with { Languages = ["l1", "l2"], MeetEveryoneBeforeRepeating = true });
            Assert.Equal(["a b", "c d e"], Pairs(result));
        }
    }

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Methods))]
    public void The_odd_member_joins_the_pair_needing_no_relaxation_even_when_it_scores_more_with_another(RoundSolveMethod method)
    {
        // e shares its concerns with a and b but met them ten days ago; c and d it may meet without relaxing anything.
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "e", Day.AddDays(-10), PairingOutcome.Met, 4));
        history.Add(new PairingRecord("b", "e", Day.AddDays(-10), PairingOutcome.Met, 4));
        ValueArray<string> concerns = ["workforce-talent", "customer-experience"];
        foreach (var seed in _seeds)
        {
            var result = Plan(MatchingPolicy.Default, history, method, seed,
                Make("a", "A") with { Languages = ["l1"], Concerns = concerns }, Make("b", "B") with { Languages = ["l1"], Concerns = concerns },
                Make("c", "C") with { Languages = ["l2"] }, Make("d", "D") with { Languages = ["l2"] },
                Make("e", "E") with { Languages = ["l1", "l2"], Concerns = concerns, Strengths = [] });
            Assert.Equal(["a b", "c d e"], Pairs(result));
            Assert.Equal(HardRules.None, result.Matches.Single(m => m.IsTrio).RelaxedRules);
        }
    }

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Methods))]
    public void Among_equally_allowed_pairs_the_odd_member_joins_the_one_it_scores_best_with_whatever_the_seed(RoundSolveMethod method)
    {
        MemberProfile Person(string id, string language, params string[] concerns) =>
            Make(id, id.ToUpperInvariant()) with { Languages = [language, "l0"], Concerns = [.. concerns], Strengths = [] };
        var members = new[]
        {
            Person("a", "l1", "workforce-talent", "customer-experience"), Person("b", "l1", "workforce-talent", "customer-experience"),
            Person("c", "l2", "cybersecurity", "ai-integration"), Person("d", "l2", "cybersecurity", "ai-integration"),
            Make("e", "E") with { Languages = ["l0"], Concerns = ["cybersecurity", "ai-integration"], Strengths = [] },
        };
        foreach (var seed in _seeds)
        {
            Assert.Equal(["a b", "c d e"], Pairs(Plan(MatchingPolicy.Default, null, method, seed, members)));
        }
    }

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Methods))]
    public void A_member_whose_eligible_peers_were_taken_is_told_only_the_rules_of_the_ineligible_ones(RoundSolveMethod method)
    {
        // a and b work for Acme; d speaks only French. c met a ten days ago: c is eligible for a (cool-down relaxes)
        // but pairs with b, and the cool-down is not among the rules that kept a without a peer.
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "c", Day.AddDays(-10), PairingOutcome.Met, 4));
        foreach (var seed in _seeds)
        {
            var result = Plan(MatchingPolicy.Default, history, method, seed,
                Make("a", "Acme"), Make("b", "Acme"), Make("c", "Globex"), Make("d", "Globex") with { Languages = ["fr"] });
            Assert.Equal(["b c"], Pairs(result));
            var a = result.Unmatched.Single(u => u.MemberId == "a");
            Assert.Equal(UnmatchedReason.EligiblePeersTaken, a.Reason);
            Assert.Equal([new RuleTally(HardRules.SameOrganization, 1), new RuleTally(HardRules.NoCommonLanguage, 1)], a.BindingRules);
        }
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void A_round_stopped_by_its_budget_still_places_every_member_exactly_once()
    {
        // One best peer each and one pass: x and y (one organization) both name a, the solve pairs a-b, and the pass
        // stops unproven with x and y left over. Only one of them can join a-b as a trio; the other stays unmatched.
        ValueArray<string> other = ["workforce-talent"];
        var members = new[]
        {
            Make("a", "A"), Make("b", "B"),
            Make("x", "X") with { Concerns = other, Strengths = [] }, Make("y", "X") with { Concerns = other, Strengths = [] },
        };
        var options = new RoundOptions { Method = RoundSolveMethod.PricedOut, CandidatesPerMember = 1, MaxPricingPasses = 1 };
        foreach (var seed in _seeds)
        {
            var result = new CohortRoundPlanner(MatchingPolicy.Default).Plan(members, Day, seed, options);
            Assert.False(result.Optimality!.IsProvenOptimal);
            var trio = Assert.Single(result.Matches);
            Assert.Equal(["a", "b"], trio.MemberIds.Take(2).Order(StringComparer.Ordinal));
            var seen = result.Matches.SelectMany(m => m.MemberIds).Concat(result.Unmatched.Select(u => u.MemberId));
            Assert.Equal(["a", "b", "x", "y"], seen.Order(StringComparer.Ordinal));
        }
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void A_full_graph_round_whose_weights_come_near_the_solvers_range_is_still_solved()
    {
        // 100 alike members, two billion points a pair and 50,000 relaxation levels: with B = 50 x 2e9 + 1 the heaviest
        // edge, 50,000 B + 2e9, is about 5e15, under the solver's bound for 100 vertices (about 1.1e16).
        var policy = MatchingPolicy.Default with
        {
            RelaxationOrder = [.. Enumerable.Repeat(HardRules.CoolDown, 50_000)],
            Weights = new ScoreWeights { Role = 2_000_000_000, SharedConcern = 0, Complementarity = 0, Industry = 0, Size = 0, PlaceAndTime = 0, History = 0 },
        };
        var members = Enumerable.Range(0, 100).Select(i => Make($"m{i:D3}", $"Org {i}")).ToList();
        var levelBonus = (50L * 2_000_000_000) + 1;
        Assert.InRange((50_000 * levelBonus) + 2_000_000_000, 0, WeightedMatching.MaxAbsoluteWeight(100));

        var result = Plan(policy, null, RoundSolveMethod.FullGraph, 1, [.. members]);

        Assert.Equal(50, result.Matches.Count);
        Assert.Equal(50L * 2_000_000_000, result.TotalScore);
        Assert.Equal(levelBonus, result.Optimality!.LevelBonus);
    }

    /// <summary>
    /// Four members with points only for shared concerns (10 each, at most 2) and history: a and b share two concerns,
    /// as do c and d; a met b 400 days ago (rated well) and wants to meet everyone first; a-d and b-c are colleagues.
    /// </summary>
    private static (MatchingPolicy Policy, MemberProfile[] Members, PairingHistory History) RepeatQuartet(int historyWeight)
    {
        var policy = MatchingPolicy.Default with
        {
            Weights = new ScoreWeights { Role = 0, SharedConcern = 10, MaxSharedConcerns = 2, Complementarity = 0, Industry = 0, Size = 0, PlaceAndTime = 0, History = historyWeight },
        };
        ValueArray<string> first = ["cybersecurity", "ai-integration"], second = ["workforce-talent", "customer-experience"];
        MemberProfile[] members =
        [
            Make("a", "X") with { Concerns = first, Strengths = [], MeetEveryoneBeforeRepeating = true }, Make("b", "Y") with { Concerns = first, Strengths = [] },
            Make("c", "Y") with { Concerns = second, Strengths = [] }, Make("d", "X") with { Concerns = second, Strengths = [] },
        ];
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "b", Day.AddDays(-400), PairingOutcome.Met, 4));
        return (policy, members, history);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void On_the_full_graph_one_relaxed_rule_outweighs_any_total_of_scores()
    {
        // Points only for shared concerns (at most 20 a pair). a-b and c-d share two concerns each (40 points in all)
        // but a-b needs meet-everyone-first relaxed; a-c and b-d share none and need nothing (a-d and b-c are colleagues).
        var (policy, members, history) = RepeatQuartet(historyWeight: 0);
        var index = ProfileIndex.Build(members, policy, history);
        Assert.Equal(((0L, 20L), 20, 20, 0, 0), (ScoreMath.Range(policy.Weights), index.Score(0, 1), index.Score(2, 3), index.Score(0, 2), index.Score(1, 3)));
        Assert.Equal(HardRules.MeetEveryoneFirst, index.Check(0, 1, Day));

        foreach (var seed in _seeds)
        {
            var result = Plan(policy, history, RoundSolveMethod.FullGraph, seed, members);
            Assert.Equal(["a c", "b d"], Pairs(result));
            Assert.Equal(0, result.TotalScore);
        }
    }

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Methods))]
    public void Under_a_negative_history_weight_one_relaxed_rule_still_outweighs_any_gain_in_scores(RoundSolveMethod method)
    {
        // History -10 (new pairs lose 10, a well-rated past pair 5, a repeat none), shared concerns 10 each: a pair
        // scores -10 to 20. a met b and wants everyone first, so a-b needs a rule relaxed but scores 20 - 5 = 15; c-d
        // scores 20 - 10 = 10; a-c and b-d share nothing (-10 each); a-d and b-c are colleagues. {a-b, c-d} gains 45
        // points over {a-c, b-d}: a level bonus sized by the most a pair scores (10 here, so 21) would let it win.
        var (policy, members, history) = RepeatQuartet(historyWeight: -10);
        var index = ProfileIndex.Build(members, policy, history);
        Assert.Equal(((-10L, 20L), 15, 10, -10, -10), (ScoreMath.Range(policy.Weights), index.Score(0, 1), index.Score(2, 3), index.Score(0, 2), index.Score(1, 3)));
        Assert.Equal(HardRules.MeetEveryoneFirst, index.Check(0, 1, Day));

        foreach (var seed in _seeds)
        {
            var result = Plan(policy, history, method, seed, members);
            Assert.Equal(["a c", "b d"], Pairs(result));
            Assert.Equal(-20, result.TotalScore);
            var certificate = result.Optimality!;
            Assert.Equal((2 * (20L - -10L)) + 1, certificate.LevelBonus);
            if (method == RoundSolveMethod.PricedOut)
            {
                // One more pair outweighs any levels and scores: n / 2 x (levels x level bonus + most - least) + 1.
                Assert.Equal((2 * ((certificate.Levels * certificate.LevelBonus) + 30)) + 1, certificate.CardinalityBonus);
            }
        }
    }
}
