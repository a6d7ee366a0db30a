using PeerPractice.Matching;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// The sentence each score component gives a member about a proposed peer, whole: "why this peer" is what an
/// introduction shows, so a lost or swapped sentence is a visible defect even when the points are right.
/// </summary>
public sealed class ScoreReasonTests
{
    private static readonly DateOnly Day = new(2026, 11, 23);

    [Theory]
    [InlineData(OrganizationSize.Medium, OrganizationSize.Medium, "Organizations of the same size.")]
    [InlineData(OrganizationSize.Medium, OrganizationSize.Large, "Organizations of neighbouring size.")]
    [InlineData(OrganizationSize.Small, OrganizationSize.Large, "Organizations of quite different size.")]
    public void Size_says_how_far_apart_the_organizations_are(OrganizationSize mine, OrganizationSize theirs, string reason)
    {
        var me = Make("a", "Acme") with { OrganizationSize = mine };
        var peer = Make("b", "Globex") with { OrganizationSize = theirs };

        Assert.Equal(reason, Reason(new MatchScorer(MatchingPolicy.Default), me, peer, ScoreComponentKind.Size));
    }

    [Theory]
    [InlineData("retail", "Same industry (retail).")]
    [InlineData("health", "Different industry (health): a fresh angle.")]
    public void Industry_names_the_peers_industry(string theirs, string reason)
    {
        var me = Make("a", "Acme", industry: "retail");
        var peer = Make("b", "Globex", industry: theirs);

        Assert.Equal(reason, Reason(new MatchScorer(MatchingPolicy.Default), me, peer, ScoreComponentKind.Industry));
    }

    [Fact]
    public void Shared_concerns_say_so_or_that_there_is_none()
    {
        var me = Make("a", "Acme") with { Concerns = ["cybersecurity"] };
        var scorer = new MatchScorer(MatchingPolicy.Default);

        Assert.Equal("No concern in common right now.", Reason(scorer, me, Make("b", "Globex") with { Concerns = ["ai-integration"] }, ScoreComponentKind.SharedConcerns));
        Assert.Equal("You both face cybersecurity.", Reason(scorer, me, Make("c", "Initech") with { Concerns = ["cybersecurity"] }, ScoreComponentKind.SharedConcerns));
    }

    [Theory]
    [InlineData(null, "You have not been peers before.")]
    [InlineData(5, "You were peers before and it went well.")]
    [InlineData(2, "You were peers before.")]
    public void History_says_whether_they_were_peers_and_how_it_went(int? rating, string reason)
    {
        var history = new PairingHistory();
        if (rating is { } r)
        {
            history.Add(new PairingRecord("a", "b", Day.AddDays(-400), PairingOutcome.Met, r));
        }

        Assert.Equal(reason, Reason(new MatchScorer(MatchingPolicy.Default, history), Make("a", "Acme"), Make("b", "Globex"), ScoreComponentKind.History));
    }

    [Theory]
    [InlineData(RoleFamily.TechnologyLeadership, RoleLevel.Executive, "CIO", "Member b is CIO: the same kind of role at the same level.")]
    [InlineData(RoleFamily.TechnologyLeadership, RoleLevel.Executive, "", "Member b is Executive: the same kind of role at the same level.")]
    [InlineData(RoleFamily.TechnologyLeadership, RoleLevel.VicePresident, "VP IT", "Member b is VP IT: the same kind of role, one level apart.")]
    [InlineData(RoleFamily.TechnologyLeadership, RoleLevel.Manager, "IT Manager", "Member b is IT Manager: the same kind of role, 3 levels apart.")]
    [InlineData(RoleFamily.Security, RoleLevel.Executive, "CISO", "Member b is CISO in another role family (Security).")]
    public void Role_names_the_peers_title_or_level_and_how_alike_the_roles_are(RoleFamily family, RoleLevel level, string title, string reason)
    {
        var peer = Make("b", "Globex") with { RoleFamily = family, RoleLevel = level, Title = title };

        Assert.Equal(reason, Reason(new MatchScorer(MatchingPolicy.Default), Make("a", "Acme"), peer, ScoreComponentKind.Role));
    }

    [Theory]
    [InlineData("cloud-migration", "data-analytics", "Neither's strengths meet the other's current concerns.")]
    [InlineData("cybersecurity", "data-analytics", "Member b has done well at cybersecurity, which concerns you.")]
    [InlineData("cloud-migration", "service-management", "You have done well at service management, which concerns Member b.")]
    [InlineData("cybersecurity", "service-management", "Member b has done well at cybersecurity, which concerns you; you have done well at service management, which concerns Member b.")]
    public void Complementarity_says_who_has_done_well_at_what_concerns_the_other(string peerStrength, string peerConcern, string reason)
    {
        // Make's member is concerned with cybersecurity and AI integration and strong at service management.
        var peer = Make("b", "Globex") with { Strengths = [peerStrength], Concerns = [peerConcern] };

        Assert.Equal(reason, Reason(new MatchScorer(MatchingPolicy.Default), Make("a", "Acme"), peer, ScoreComponentKind.Complementarity));
    }

    [Theory]
    [InlineData("London", MeetingFormats.Any, MeetingCadence.Monthly, "Both in London: you can meet in person. You both prefer to meet monthly.")]
    [InlineData("London", MeetingFormats.Any, MeetingCadence.Quarterly, "Both in London: you can meet in person.")]
    [InlineData("Paris", MeetingFormats.Any, MeetingCadence.Monthly, "Virtual: your working hours overlap. You both prefer to meet monthly.")]
    [InlineData("Paris", MeetingFormats.InPerson, MeetingCadence.Monthly, "No meeting format in common.")]
    public void Place_and_time_say_how_they_can_meet_and_whether_their_rhythm_agrees(string metro, MeetingFormats formats, MeetingCadence cadence, string reason)
    {
        var peer = Make("b", "Globex", metro: metro) with { Formats = formats, Cadence = cadence };

        Assert.Equal(reason, Reason(new MatchScorer(MatchingPolicy.Default), Make("a", "Acme"), peer, ScoreComponentKind.PlaceAndTime));
    }

    [Theory]
    [InlineData(HardRules.None, "no rule")]
    [InlineData(HardRules.SameOrganization | HardRules.Competitor | HardRules.NamedExclusion | HardRules.CoolDown | HardRules.MeetEveryoneFirst | HardRules.PoorFit,
        "same organization; competing organizations; excluded by the organiser; peers too recently (cool-down); met before, and meeting everyone first was asked; met before and rated a poor fit")]
    [InlineData(HardRules.NoCommonLanguage | HardRules.NoCommonFormat | HardRules.Industry | HardRules.Unavailable,
        "no language in common; no meeting format in common (place or hours); industry rule of the programme; not available in this round")]
    [InlineData(HardRules.PrivateExclusion, "not available in this round")]
    [InlineData(HardRules.PrivateExclusion | HardRules.Unavailable | HardRules.CoolDown, "peers too recently (cool-down); not available in this round")]
    public void Rules_are_described_in_plain_words_and_a_confidential_list_only_as_unavailable(HardRules rules, string words)
    {
        Assert.Equal(words, MatchScorer.Describe(rules));
    }

    [Fact]
    public void A_member_who_lists_no_language_is_taken_to_speak_english()
    {
        var scorer = new MatchScorer(MatchingPolicy.Default);
        var silent = Make("a", "Acme") with { Languages = [] };

        Assert.Equal(HardRules.None, scorer.Check(silent, Make("b", "Globex"), Day) & HardRules.NoCommonLanguage);
        Assert.Equal(HardRules.NoCommonLanguage, scorer.Check(silent, Make("c", "Initech") with { Languages = ["fr"] }, Day) & HardRules.NoCommonLanguage);
    }

    private static string Reason(MatchScorer scorer, MemberProfile me, MemberProfile peer, ScoreComponentKind kind) =>
        scorer.Explain(me, peer).Components.Single(c => c.Kind == kind).Reason;
}
