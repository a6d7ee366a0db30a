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

    private static string Reason(MatchScorer scorer, MemberProfile me, MemberProfile peer, ScoreComponentKind kind) =>
        scorer.Explain(me, peer).Components.Single(c => c.Kind == kind).Reason;
}
