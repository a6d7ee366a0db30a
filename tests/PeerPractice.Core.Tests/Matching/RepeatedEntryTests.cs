using PeerPractice.Matching;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// Lists that say the same thing twice (a language or a topic written twice, two poor-fit meetings, two declined
/// introductions) mean what they say once: a flag set twice must stay set, in the scorer and in the index alike.
/// </summary>
public sealed class RepeatedEntryTests
{
    [Fact]
    public void Two_poor_fit_meetings_keep_the_pair_a_poor_fit()
    {
        var (a, b) = (Make("a", "Acme"), Make("b", "Globex"));
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "b", Day.AddDays(-700), PairingOutcome.Met, 1));
        history.Add(new PairingRecord("a", "b", Day.AddDays(-400), PairingOutcome.Met, 2));

        Assert.Equal(HardRules.PoorFit, Rules(a, b, history) & HardRules.PoorFit);
    }

    [Fact]
    public void Two_declined_introductions_keep_the_pair_apart()
    {
        var (a, b) = (Make("a", "Acme"), Make("b", "Globex"));
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "b", Day.AddDays(-300), PairingOutcome.Declined));
        history.Add(new PairingRecord("a", "b", Day.AddDays(-100), PairingOutcome.Declined));

        Assert.Equal(HardRules.PrivateExclusion, Rules(a, b, history) & HardRules.PrivateExclusion);
    }

    [Fact]
    public void A_language_written_twice_is_still_spoken()
    {
        var a = Make("a", "Acme") with { Languages = ["fr", "fr"] };
        var b = Make("b", "Globex") with { Languages = ["fr"] };

        Assert.Equal(HardRules.None, Rules(a, b, new PairingHistory()) & HardRules.NoCommonLanguage);
    }

    [Fact]
    public void A_topic_written_twice_is_still_a_concern_and_counts_once()
    {
        Assert.Equal(TopicCatalog.BuiltIn.MaskOf(["cybersecurity"]), TopicCatalog.BuiltIn.MaskOf(["cybersecurity", "cybersecurity"]));

        var once = Make("a", "Acme") with { Concerns = ["cloud-migration"] };
        var twice = once with { Concerns = ["cloud-migration", "cloud-migration"] };
        var peer = Make("b", "Globex") with { Concerns = ["cloud-migration"] };
        var scorer = new MatchScorer(MatchingPolicy.Default);
        Assert.Equal(scorer.Score(once, peer), scorer.Score(twice, peer));
        var index = ProfileIndex.Build([twice, peer], MatchingPolicy.Default);
        Assert.Equal(scorer.Score(once, peer), index.Score(0, 1));
    }

    // The scorer's and the index's rules must agree; return them once both are known to.
    private static HardRules Rules(MemberProfile a, MemberProfile b, PairingHistory history)
    {
        var scorer = new MatchScorer(MatchingPolicy.Default, history).Check(a, b, Day);
        var index = ProfileIndex.Build([a, b], MatchingPolicy.Default, history).Check(0, 1, Day);
        Assert.Equal(scorer, index);
        return scorer;
    }
}
