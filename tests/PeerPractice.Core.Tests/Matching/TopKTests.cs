using PeerPractice.Matching;
using PeerPractice.Samples;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

public class TopKTests
{
    [Theory]
    [InlineData(1, 2000, 1)]
    [InlineData(2, 2000, 10)]
    [InlineData(3, 3000, 50)]
    [InlineData(4, 500, 600)]
    public void Top_k_equals_a_full_sort(int seed, int count, int k)
    {
        var members = MemberGenerator.Generate(count, seed, today: Day);
        var history = new PairingHistory();
        var random = new Random(seed);
        for (var i = 0; i < count / 2; i++)
        {
            var a = members[random.Next(count)].Id;
            var b = members[random.Next(count)].Id;
            if (a != b)
            {
                history.Add(new PairingRecord(a, b, Day.AddDays(-random.Next(1, 400)), (PairingOutcome)random.Next(3), random.Next(1, 6)));
            }
        }

        var policy = MatchingPolicy.Default with
        {
            Competitors = [new CompetitorGroup([members[0].Organization, members[5].Organization])],
            ExcludedPairs = [new ExcludedPair(members[0].Id, members[7].Id)],
        };
        var scorer = new MatchScorer(policy, history);
        var index = ProfileIndex.Build(members, policy, history);
        foreach (var q in Enumerable.Range(0, 12).Select(_ => random.Next(count)).Append(0))
        {
            Assert.Equal(LinqTopK.TopK(scorer, members, q, k, Day), index.TopK(q, k, Day));
        }
    }

    [Fact]
    public void Top_k_at_scale_with_corpus_organization_names_equals_a_full_sort()
    {
        var names = CorpusData.Fortune500Names();
        var members = MemberGenerator.Generate(20_000, seed: 99, today: Day, organizationNames: names);
        var scorer = new MatchScorer(MatchingPolicy.Default);
        var index = ProfileIndex.Build(members, MatchingPolicy.Default);
        foreach (var q in new[] { 0, 4_321, 19_999 })
        {
            Assert.Equal(LinqTopK.TopK(scorer, members, q, 10, Day), index.TopK(q, 10, Day));
        }
    }

    [Fact]
    public void Top_k_excludes_ruled_out_candidates_and_ranks_by_score()
    {
        var members = new[]
        {
            Make("me", "Acme"),
            Make("colleague", "Acme"),
            Make("best", "Globex") with { Strengths = ["cybersecurity", "ai-integration"] },
            Make("good", "Initech"),
            Make("private", "Umbrella") with { DoNotPair = ["me"] },
        };
        var index = ProfileIndex.Build(members, MatchingPolicy.Default);
        var top = index.TopK(0, 10, Day);
        Assert.Equal(["best", "good"], top.Select(t => t.MemberId));
        Assert.True(top[0].Score > top[1].Score);
        Assert.Empty(index.TopK(0, 0, Day));
    }
}
