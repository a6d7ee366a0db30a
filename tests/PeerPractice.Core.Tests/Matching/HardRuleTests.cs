using PeerPractice.Matching;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>One example per hard rule, checked on the scorer and on the compact index alike.</summary>
public class HardRuleTests
{
    private static HardRules Both(MemberProfile a, MemberProfile b, MatchingPolicy? policy = null, PairingHistory? history = null)
    {
        policy ??= MatchingPolicy.Default;
        var fromScorer = new MatchScorer(policy, history).Check(a, b, Day);
        var index = ProfileIndex.Build([a, b], policy, history);
        Assert.Equal(fromScorer, index.Check(0, 1, Day));
        Assert.Equal(fromScorer, index.Check(1, 0, Day));
        return fromScorer;
    }

    [Fact]
    public void Different_organizations_in_one_metro_are_allowed() =>
        Assert.Equal(HardRules.None, Both(Make("a", "Acme"), Make("b", "Globex")));

    [Fact]
    public void Same_organization_is_never_paired_ignoring_case() =>
        Assert.Equal(HardRules.SameOrganization, Both(Make("a", "Acme"), Make("b", "ACME")));

    [Fact]
    public void Competitors_are_not_paired()
    {
        var policy = MatchingPolicy.Default with { Competitors = [new CompetitorGroup(["Acme", "Globex", "Initech"])] };
        Assert.Equal(HardRules.Competitor, Both(Make("a", "Acme"), Make("b", "Initech"), policy));
        Assert.Equal(HardRules.None, Both(Make("a", "Acme"), Make("b", "Umbrella"), policy));
    }

    [Fact]
    public void Named_exclusion_works_in_either_order()
    {
        var policy = MatchingPolicy.Default with { ExcludedPairs = [new ExcludedPair("b", "a")] };
        Assert.Equal(HardRules.NamedExclusion, Both(Make("a", "Acme"), Make("b", "Globex"), policy));
    }

    [Fact]
    public void Private_do_not_pair_list_binds_both_ways_and_is_never_described()
    {
        var a = Make("a", "Acme") with { DoNotPair = ["b"] };
        var rules = Both(a, Make("b", "Globex"));
        Assert.Equal(HardRules.PrivateExclusion, rules);
        Assert.Equal(HardRules.PrivateExclusion, Both(Make("b", "Globex"), a));
        var text = MatchScorer.Describe(rules);
        Assert.DoesNotContain("private", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("do-not", text, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("not available in this round", text);
    }

    [Fact]
    public void Past_peers_wait_for_the_cool_down()
    {
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "b", Day.AddDays(-30), PairingOutcome.Met, 4));
        Assert.Equal(HardRules.CoolDown, Both(Make("a", "Acme"), Make("b", "Globex"), history: history));

        var longAgo = new PairingHistory();
        longAgo.Add(new PairingRecord("a", "b", Day.AddDays(-400), PairingOutcome.Met, 4));
        Assert.Equal(HardRules.None, Both(Make("a", "Acme"), Make("b", "Globex"), history: longAgo));
    }

    [Fact]
    public void A_pairing_that_never_met_does_not_count()
    {
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "b", Day.AddDays(-30), PairingOutcome.DidNotMeet));
        Assert.Equal(HardRules.None, Both(Make("a", "Acme"), Make("b", "Globex"), history: history));
    }

    [Fact]
    public void Poor_fit_feedback_blocks_for_good()
    {
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "b", Day.AddDays(-900), PairingOutcome.Met, 1, "not a fit"));
        Assert.Equal(HardRules.PoorFit, Both(Make("a", "Acme"), Make("b", "Globex"), history: history));
    }

    [Fact]
    public void Meet_everyone_first_blocks_past_peers_after_the_cool_down()
    {
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "b", Day.AddDays(-400), PairingOutcome.Met, 5));
        var a = Make("a", "Acme") with { MeetEveryoneBeforeRepeating = true };
        Assert.Equal(HardRules.MeetEveryoneFirst, Both(a, Make("b", "Globex"), history: history));
    }

    [Fact]
    public void No_common_language_blocks()
    {
        var a = Make("a", "Acme") with { Languages = ["de"] };
        var b = Make("b", "Globex") with { Languages = ["fr", "es"] };
        Assert.Equal(HardRules.NoCommonLanguage, Both(a, b));
        Assert.Equal(HardRules.None, Both(a, b with { Languages = ["fr", "DE"] }));
    }

    [Fact]
    public void In_person_needs_the_same_metro()
    {
        var a = Make("a", "Acme", "London") with { Formats = MeetingFormats.InPerson };
        var b = Make("b", "Globex", "Paris") with { Formats = MeetingFormats.InPerson, UtcOffsetMinutes = 60 };
        Assert.Equal(HardRules.NoCommonFormat, Both(a, b));
    }

    [Fact]
    public void Virtual_needs_overlapping_hours()
    {
        var london = Make("a", "Acme") with { Formats = MeetingFormats.Virtual, AvailableFromHour = 9, AvailableToHour = 17 };
        var sydney = Make("b", "Globex", "Sydney") with { Formats = MeetingFormats.Virtual, UtcOffsetMinutes = 600, AvailableFromHour = 9, AvailableToHour = 17 };
        Assert.Equal(HardRules.NoCommonFormat, Both(london, sydney));

        // Sydney 17:00-21:00 is 07:00-11:00 in London: two hours of overlap.
        Assert.Equal(HardRules.None, Both(london, sydney with { AvailableFromHour = 17, AvailableToHour = 21 }));
    }

    [Theory]
    [InlineData(IndustryPreference.RequireDifferent, "retail", HardRules.Industry)]
    [InlineData(IndustryPreference.RequireDifferent, "energy", HardRules.None)]
    [InlineData(IndustryPreference.RequireSame, "energy", HardRules.Industry)]
    [InlineData(IndustryPreference.PreferDifferent, "retail", HardRules.None)]
    public void Industry_requirements_are_hard_and_preferences_are_not(IndustryPreference preference, string otherIndustry, HardRules expected)
    {
        var policy = MatchingPolicy.Default with { Industry = preference };
        Assert.Equal(expected, Both(Make("a", "Acme"), Make("b", "Globex", industry: otherIndustry), policy));
    }

    [Fact]
    public void Snoozed_opted_out_or_capped_members_are_unavailable()
    {
        var b = Make("b", "Globex");
        Assert.Equal(HardRules.Unavailable, Both(Make("a", "Acme") with { SnoozedUntil = Day }, b));
        Assert.Equal(HardRules.None, Both(Make("a", "Acme") with { SnoozedUntil = Day.AddDays(-1) }, b));
        Assert.Equal(HardRules.Unavailable, Both(Make("a", "Acme") with { OptOuts = OptOuts.Pairing }, b));

        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "x", Day.AddDays(-400), Ongoing: true));
        history.Add(new PairingRecord("a", "y", Day.AddDays(-400), Ongoing: true));
        var policy = MatchingPolicy.Default with { MaxConcurrentPeers = 2 };
        Assert.Equal(HardRules.Unavailable, Both(Make("a", "Acme"), b, policy, history));
        Assert.Contains("cap is 2", new MatchScorer(policy, history).UnavailableReason(Make("a", "Acme"), Day));
    }
}
