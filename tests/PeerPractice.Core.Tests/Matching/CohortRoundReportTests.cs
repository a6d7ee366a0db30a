using PeerPractice.Collections;
using PeerPractice.Matching;
using PeerPractice.Samples;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// What a round tells its members, word for word: sit-outs, trios, relaxed rules, members left without a peer and
/// why, and the round's certificate. Each case runs through both solve methods, which must tell the same story.
/// </summary>
public class CohortRoundReportTests
{
    private const string PlainRotation = "The rotation picks whoever sat out least often (then least recently), so you will not sit out again before the others have.";

    private const string PassedOverRotation = "The rotation picks whoever sat out least often (then least recently) among the members whose sitting out still leaves the most people paired; leaving out anyone who sat out less would have left more people without a peer.";

    private const string Taken = " member(s) were eligible, but each was paired with someone else in the best arrangement for the whole cohort (the most people paired, then the highest total score).";

    private static readonly MatchingPolicy SitOut = MatchingPolicy.Default with { OddCount = OddCountPolicy.RotatingSitOut };

    public static TheoryData<RoundSolveMethod> Methods => new(RoundSolveMethod.FullGraph, RoundSolveMethod.PricedOut);

    private static RoundResult Plan(MatchingPolicy policy, PairingHistory? history, RoundSolveMethod method, params MemberProfile[] members) =>
        new CohortRoundPlanner(policy, history).Plan(members, Day, 1, new RoundOptions { Method = method });

    /// <summary>Each match's ids sorted and joined, the matches sorted: the order within a match follows the seeded shuffle.</summary>
    private static IEnumerable<string> Pairs(RoundResult result) =>
        result.Matches.Select(m => string.Join(" ", m.MemberIds.Order(StringComparer.Ordinal))).Order(StringComparer.Ordinal);

    private static string SatOutText(int before, string why) =>
        $"The cohort has an odd number of members; you sit out this round by rotation (your sit-outs before this one: {before}). {why}";

    [Theory]
    [MemberData(nameof(Methods))]
    public void A_plain_rotation_sit_out_is_explained_with_the_count_and_told_in_a_note(RoundSolveMethod method)
    {
        var history = new PairingHistory();
        history.Add(new SitOutRecord("a", Day.AddDays(-60)));
        history.Add(new SitOutRecord("b", Day.AddDays(-30)));
        history.Add(new SitOutRecord("c", Day.AddDays(-90)));
        history.Add(new SitOutRecord("c", Day.AddDays(-20)));

        // a and b sat out once each (a longer ago), c twice: a sits out.
        var result = Plan(SitOut, history, method, Make("a", "A"), Make("b", "B"), Make("c", "C"));

        Assert.Equal([new UnmatchedMember("a", UnmatchedReason.SatOut, SatOutText(1, PlainRotation), [])], result.Unmatched);
        Assert.Equal([new RoundNote("a", $"You sit out this round because the count is odd. {PlainRotation}")], result.Notes);
        var pair = Assert.Single(result.Matches);
        Assert.Equal(["b", "c"], pair.MemberIds.Order(StringComparer.Ordinal));
        Assert.Equal(HardRules.None, pair.RelaxedRules);
        Assert.Equal(pair.Score, result.TotalScore);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void A_sit_out_that_passes_over_the_rotation_says_why(RoundSolveMethod method)
    {
        // a and b speak English, c and d French, e German only: a (never sat out) would leave e and b unpaired.
        var history = new PairingHistory();
        foreach (var id in new[] { "b", "c", "d", "e" })
        {
            history.Add(new SitOutRecord(id, Day.AddDays(-30)));
        }

        var result = Plan(SitOut, history, method,
            Make("a", "A"), Make("b", "B"), Make("c", "C") with { Languages = ["fr"] }, Make("d", "D") with { Languages = ["fr"] }, Make("e", "E") with { Languages = ["de"] });

        Assert.Equal([new UnmatchedMember("e", UnmatchedReason.SatOut, SatOutText(1, PassedOverRotation), [])], result.Unmatched);
        Assert.Equal([new RoundNote("e", $"You sit out this round because the count is odd. {PassedOverRotation}")], result.Notes);
        Assert.Equal(["a b", "c d"], Pairs(result));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void The_rotation_first_choice_sits_out_when_no_choice_pairs_more_people(RoundSolveMethod method)
    {
        // Only a and b share a language, so one pair is the most whoever sits out; c (never sat out) sits out by plain rotation
        // and d and e are reported as having no eligible peer.
        var history = new PairingHistory();
        foreach (var id in new[] { "a", "b", "d", "e" })
        {
            history.Add(new SitOutRecord(id, Day.AddDays(-30)));
        }

        var result = Plan(SitOut, history, method,
            Make("a", "A"), Make("b", "B"), Make("c", "C") with { Languages = ["fr"] }, Make("d", "D") with { Languages = ["de"] }, Make("e", "E") with { Languages = ["es"] });

        const string noPeer = "No member of this round is eligible to pair with you: no language in common (3).";
        Assert.Equal(
            [
                new UnmatchedMember("c", UnmatchedReason.SatOut, SatOutText(0, PlainRotation), []),
                new UnmatchedMember("d", UnmatchedReason.NoEligiblePeer, noPeer, [new RuleTally(HardRules.NoCommonLanguage, 3)]),
                new UnmatchedMember("e", UnmatchedReason.NoEligiblePeer, noPeer, [new RuleTally(HardRules.NoCommonLanguage, 3)]),
            ],
            result.Unmatched);
        Assert.Equal(["a b"], Pairs(result));
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Members_without_a_peer_are_told_the_binding_rules_most_binding_first(RoundSolveMethod method)
    {
        // a and b work for Acme, c and d for Globex, d speaks only French.
        var result = Plan(MatchingPolicy.Default, null, method, Make("a", "Acme"), Make("b", "Acme"), Make("c", "Globex"), Make("d", "Globex") with { Languages = ["fr"] });

        var pair = Assert.Single(result.Matches);
        Assert.Equal("c", pair.MemberIds[1]);
        var left = pair.MemberIds[0] == "a" ? "b" : "a";
        Assert.Equal(
            [
                new UnmatchedMember(left, UnmatchedReason.EligiblePeersTaken, "1" + Taken,
                    [new RuleTally(HardRules.SameOrganization, 1), new RuleTally(HardRules.NoCommonLanguage, 1)]),
                new UnmatchedMember("d", UnmatchedReason.NoEligiblePeer, "No member of this round is eligible to pair with you: no language in common (3); same organization (1).",
                    [new RuleTally(HardRules.NoCommonLanguage, 3), new RuleTally(HardRules.SameOrganization, 1)]),
            ],
            result.Unmatched);
        Assert.Empty(result.Notes);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Rules_that_rule_out_equally_many_are_listed_in_the_rules_order(RoundSolveMethod method)
    {
        var result = Plan(MatchingPolicy.Default, null, method, Make("c", "Globex"), Make("d", "Globex") with { Languages = ["fr"] });

        Assert.Empty(result.Matches);
        ValueArray<RuleTally> expected = [new(HardRules.SameOrganization, 1), new(HardRules.NoCommonLanguage, 1)];
        const string text = "No member of this round is eligible to pair with you: same organization (1); no language in common (1).";
        Assert.Equal([new UnmatchedMember("c", UnmatchedReason.NoEligiblePeer, text, expected), new UnmatchedMember("d", UnmatchedReason.NoEligiblePeer, text, expected)], result.Unmatched);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void Several_eligible_peers_all_taken_are_counted(RoundSolveMethod method)
    {
        // a, b and c are all Acme; d, e and f Globex. Each can pair across: three pairs, nobody left. Add g at Acme:
        // g may meet d, e or f, but they are all taken by the best arrangement; with trios, g joins one of them.
        var members = new[] { Make("a", "Acme"), Make("b", "Acme"), Make("c", "Acme"), Make("d", "Globex"), Make("e", "Globex"), Make("f", "Globex"), Make("g", "Acme") };
        var policy = MatchingPolicy.Default with { OddCount = OddCountPolicy.Trio };
        var result = Plan(policy, null, method, members);

        // Every Globex member is paired with an Acme one; the Acme member left over joins no pair (its partner would be a colleague).
        Assert.Equal(3, result.Matches.Count);
        var left = Assert.Single(result.Unmatched);
        Assert.Equal(UnmatchedReason.EligiblePeersTaken, left.Reason);
        Assert.Equal("The cohort has an odd number of available members and no pair could take you as a trio under the rules.", left.Explanation);
        Assert.Equal([new RuleTally(HardRules.SameOrganization, 3)], left.BindingRules);

        // With an even count, the Acme member left over (two Acme members, one Globex seat left) hears the count of eligible peers.
        var even = Plan(policy, null, method, members.Append(Make("h", "Acme")).ToArray());
        Assert.Equal(3, even.Matches.Count);
        Assert.Equal(2, even.Unmatched.Count);
        Assert.All(even.Unmatched, u =>
        {
            Assert.Equal(UnmatchedReason.EligiblePeersTaken, u.Reason);
            Assert.Equal("3" + Taken, u.Explanation);
            Assert.Equal([new RuleTally(HardRules.SameOrganization, 4)], u.BindingRules);
        });
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void A_lone_member_is_told_nobody_else_is_available_and_the_unavailable_are_told_why(RoundSolveMethod method)
    {
        var history = new PairingHistory();
        foreach (var peer in new[] { "p1", "p2", "p3" })
        {
            history.Add(new PairingRecord("busy", peer, Day.AddDays(-5), PairingOutcome.Scheduled, Ongoing: true));
        }

        var result = Plan(MatchingPolicy.Default, history, method,
            Make("solo", "A"), Make("nap", "B") with { SnoozedUntil = Day.AddDays(3) }, Make("out", "C") with { OptOuts = OptOuts.Pairing }, Make("busy", "D"));

        Assert.Empty(result.Matches);
        Assert.Equal(
            [
                new UnmatchedMember("busy", UnmatchedReason.NotAvailable, "Not in this round: already has 3 ongoing peers (the cap is 3).", []),
                new UnmatchedMember("nap", UnmatchedReason.NotAvailable, "Not in this round: snoozed until 2026-11-26.", []),
                new UnmatchedMember("out", UnmatchedReason.NotAvailable, "Not in this round: opted out of peer pairing.", []),
                new UnmatchedMember("solo", UnmatchedReason.NoEligiblePeer, "You are the only member available in this round.", []),
            ],
            result.Unmatched);
        Assert.Equal(0, result.TotalScore);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void A_relaxed_pair_is_told_which_rule_was_relaxed(RoundSolveMethod method)
    {
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "b", Day.AddDays(-10), PairingOutcome.Met, 4));

        var result = Plan(MatchingPolicy.Default, history, method, Make("a", "A"), Make("b", "B"));

        const string message = "To give you a peer this round, the programme relaxed: peers too recently (cool-down).";
        Assert.Equal([new RoundNote("a", message), new RoundNote("b", message)], result.Notes);
        Assert.Equal(HardRules.CoolDown, Assert.Single(result.Matches).RelaxedRules);
        Assert.Empty(result.Unmatched);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void A_trio_tells_each_member_who_joined_whom_and_what_was_relaxed(RoundSolveMethod method)
    {
        // c met a and b ten days ago: a-b is the pair and c joins under a relaxed cool-down.
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "c", Day.AddDays(-10), PairingOutcome.Met, 4));
        history.Add(new PairingRecord("b", "c", Day.AddDays(-10), PairingOutcome.Met, 4));

        var result = Plan(MatchingPolicy.Default, history, method, Make("a", "A"), Make("b", "B"), Make("c", "C"));

        var trio = Assert.Single(result.Matches);
        Assert.Equal(["a", "b", "c"], trio.MemberIds);
        Assert.Equal(HardRules.CoolDown, trio.RelaxedRules);
        Assert.Equal(trio.Score, result.TotalScore);
        const string relaxed = "To seat c in the trio, the programme relaxed: peers too recently (cool-down).";
        Assert.Equal(
            [
                new RoundNote("c", "The cohort has an odd number of members, so you join a and b as a trio."),
                new RoundNote("a", "The cohort has an odd number of members, so c joins your pair as a trio."),
                new RoundNote("b", "The cohort has an odd number of members, so c joins your pair as a trio."),
                new RoundNote("c", relaxed),
                new RoundNote("a", relaxed),
                new RoundNote("b", relaxed),
            ],
            result.Notes);
        Assert.Empty(result.Unmatched);
    }

    [Theory]
    [MemberData(nameof(Methods))]
    public void The_odd_member_joins_the_pair_that_needs_no_relaxed_rule(RoundSolveMethod method)
    {
        // Only a-b and c-d share a language (e speaks both); e met a and b ten days ago, so e joins c and d without relaxing.
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "e", Day.AddDays(-10), PairingOutcome.Met, 4));
        history.Add(new PairingRecord("b", "e", Day.AddDays(-10), PairingOutcome.Met, 4));

        var result = Plan(MatchingPolicy.Default, history, method,
            Make("a", "A") with { Languages = ["l1"] }, Make("b", "B") with { Languages = ["l1"] },
            Make("c", "C") with { Languages = ["l2"] }, Make("d", "D") with { Languages = ["l2"] },
            Make("e", "E") with { Languages = ["l1", "l2"], Concerns = ["workforce-talent"], Strengths = [] });

        Assert.Equal(["a b", "c d e"], Pairs(result));
        var trio = Assert.Single(result.Matches, m => m.IsTrio);
        Assert.Equal("e", trio.MemberIds[2]);
        Assert.Equal(HardRules.None, trio.RelaxedRules);
        Assert.Equal(3, result.Notes.Count);
    }

    [Fact]
    public void A_full_graph_round_states_its_method_weights_and_edge_count()
    {
        // a-c and b-c are allowed; a-b (same organization) and every pair with d (no common language) are not.
        var members = new[] { Make("a", "Acme"), Make("b", "Acme"), Make("c", "Globex"), Make("d", "Globex") with { Languages = ["fr"] } };
        var result = new CohortRoundPlanner(MatchingPolicy.Default).Plan(members, Day, 1);

        const long maxTotal = 30 + 30 + 72 + 10 + 10 + 20 + 10; // the default weights at their caps; none is negative
        Assert.Equal(
            new RoundCertificate { Method = RoundSolveMethod.FullGraph, IsProvenOptimal = true, CandidateEdges = 2, LevelBonus = (2L * maxTotal) + 1, Levels = 2 },
            result.Optimality);

        // One member alone still gets a level bonus above any score.
        var alone = new CohortRoundPlanner(MatchingPolicy.Default with { RelaxationOrder = [] }).Plan([Make("a", "Acme")], Day, 1).Optimality!;
        Assert.Equal((maxTotal + 1L, 0, 0L), (alone.LevelBonus, alone.Levels, alone.CandidateEdges));
    }

    [Fact]
    public void Matches_and_unmatched_come_sorted_by_member_id_and_the_total_is_the_sum_of_scores()
    {
        var members = MemberGenerator.Generate(31, seed: 6, today: Day);
        foreach (var method in new[] { RoundSolveMethod.FullGraph, RoundSolveMethod.PricedOut })
        {
            var result = new CohortRoundPlanner(MatchingPolicy.Default).Plan(members, Day, 2, new RoundOptions { Method = method });
            Assert.True(result.Matches.Count >= 5, $"{method}: {result.Matches.Count} matches");
            Assert.Equal(result.Matches.Select(m => m.MemberIds[0]).Order(StringComparer.Ordinal), result.Matches.Select(m => m.MemberIds[0]));
            Assert.Equal(result.Unmatched.Select(u => u.MemberId).Order(StringComparer.Ordinal), result.Unmatched.Select(u => u.MemberId));
            Assert.Equal(result.Matches.Sum(m => (long)m.Score), result.TotalScore);
            Assert.All(result.Matches, m => Assert.Equal(m.MemberIds.Count, m.MemberIds.Distinct(StringComparer.Ordinal).Count()));
        }
    }

    [Fact]
    public void Recording_a_round_adds_every_pair_of_each_trio_and_the_sit_outs()
    {
        var trio = Plan(MatchingPolicy.Default, null, RoundSolveMethod.FullGraph, Make("a", "A"), Make("b", "B"), Make("c", "C"));
        var history = new PairingHistory();
        trio.RecordInto(history, ongoing: true);
        var ids = Assert.Single(trio.Matches).MemberIds;
        Assert.Equal(
            [new PairingRecord(ids[0], ids[1], Day, Ongoing: true), new PairingRecord(ids[0], ids[2], Day, Ongoing: true), new PairingRecord(ids[1], ids[2], Day, Ongoing: true)],
            history.Records);
        Assert.Empty(history.SitOuts);

        var sitOut = Plan(SitOut, null, RoundSolveMethod.FullGraph, Make("a", "A"), Make("b", "B"), Make("c", "C"));
        var later = new PairingHistory();
        sitOut.RecordInto(later);
        var sat = Assert.Single(sitOut.Unmatched).MemberId;
        Assert.Equal([new SitOutRecord(sat, Day)], later.SitOuts);
        var pair = Assert.Single(later.Records);
        Assert.False(pair.Ongoing);
        Assert.DoesNotContain(sat, new[] { pair.MemberA, pair.MemberB });
    }

    [Fact]
    public void The_ladder_gives_each_rule_set_the_least_level_that_relaxes_all_of_it()
    {
        var ladder = new RelaxationLadder(MatchingPolicy.Default with { RelaxationOrder = [HardRules.MeetEveryoneFirst, HardRules.CoolDown, HardRules.PoorFit] });
        Assert.Equal(3, ladder.Levels);
        Assert.Equal(0, ladder.LevelOf(HardRules.None));
        Assert.Equal(1, ladder.LevelOf(HardRules.MeetEveryoneFirst));
        Assert.Equal(2, ladder.LevelOf(HardRules.CoolDown));
        Assert.Equal(2, ladder.LevelOf(HardRules.CoolDown | HardRules.MeetEveryoneFirst));
        Assert.Equal(3, ladder.LevelOf(HardRules.PoorFit | HardRules.MeetEveryoneFirst));
        Assert.Equal(RelaxationLadder.Forbidden, ladder.LevelOf(HardRules.Industry));
        Assert.Equal(RelaxationLadder.Forbidden, ladder.LevelOf(HardRules.CoolDown | HardRules.Industry));
        Assert.Equal(RelaxationLadder.Forbidden, ladder.LevelOf(HardRules.SameOrganization));

        // A never-relaxable rule listed in the order is still never relaxed.
        var listed = new RelaxationLadder(MatchingPolicy.Default with { RelaxationOrder = [HardRules.NoCommonLanguage] });
        Assert.Equal(RelaxationLadder.Forbidden, listed.LevelOf(HardRules.NoCommonLanguage));
    }
}
