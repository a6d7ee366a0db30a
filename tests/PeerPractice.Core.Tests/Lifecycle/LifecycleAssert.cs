using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Lifecycle;

/// <summary>"Never suggested again": checked on every path that suggests a person to another.</summary>
internal static class LifecycleAssert
{
    public static void NeverSuggested(IReadOnlyList<MemberProfile> members, PairingHistory history, string a, string b, DateOnly day)
    {
        var policy = MatchingPolicy.Default;
        var index = ProfileIndex.Build(members, policy, history);
        Assert.NotEqual(HardRules.None, new MatchScorer(policy, history).Check(Find(members, a), Find(members, b), day) & HardRules.PrivateExclusion);

        // Top peers, from both sides, asking for everyone.
        Assert.DoesNotContain(index.TopK(index.IndexOf(a), members.Count, day), m => m.MemberId == b);
        Assert.DoesNotContain(index.TopK(index.IndexOf(b), members.Count, day), m => m.MemberId == a);

        // Rounds, over many seeds.
        for (var seed = 0; seed < 20; seed++)
        {
            var round = new CohortRoundPlanner(policy, history).Plan(members, day, seed);
            Assert.DoesNotContain(round.Matches, m => m.MemberIds.Contains(a) && m.MemberIds.Contains(b));
            var tables = new GroupPlanner(policy, history).Plan(members, day, new GroupOptions { MinSize = 2, MaxSize = 3 }, seed);
            Assert.DoesNotContain(tables.Rounds.SelectMany(r => r.Tables), t => t.MemberIds.Contains(a) && t.MemberIds.Contains(b));
        }

        // Site-visit targets, both ways.
        var visits = new SiteVisitPlanner(policy, history);
        Assert.DoesNotContain(visits.Rank(Find(members, a), members, day, null, members.Count), t => t.Hosts.Contains(b));
        Assert.DoesNotContain(visits.Rank(Find(members, b), members, day, null, members.Count), t => t.Hosts.Contains(a));
    }

    private static MemberProfile Find(IReadOnlyList<MemberProfile> members, string id) => members.First(m => m.Id == id);
}
