using PeerPractice.Matching;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// Competitor groups as organisers write them (an organization in two groups, a name twice, a name of nobody in
/// the cohort, another spelling's case): the index's competitor table and the scorer's agree on every pair.
/// </summary>
public sealed class CompetitorRuleTests
{
    private static readonly MemberProfile[] _members =
    [
        Make("a1", "Acme"), Make("a2", "ACME"), Make("b", "Bolt"), Make("c", "Crane"), Make("d", "Dune"), Make("e", "Elm"),
    ];

    [Fact]
    public void Every_pair_competes_exactly_when_their_organizations_share_a_group()
    {
        var policy = MatchingPolicy.Default with
        {
            Competitors = [new CompetitorGroup(["Acme", "Bolt"]), new CompetitorGroup(["bolt", "Crane"]), new CompetitorGroup(["Dune", "Dune", "Nowhere"])],
        };
        var scorer = new MatchScorer(policy);
        var index = ProfileIndex.Build(_members, policy);

        var competing = new List<string>();
        for (var i = 0; i < _members.Length; i++)
        {
            for (var j = i + 1; j < _members.Length; j++)
            {
                var byIndex = index.Check(i, j, Day) & HardRules.Competitor;
                Assert.Equal(scorer.Check(_members[i], _members[j], Day) & HardRules.Competitor, byIndex);
                if (byIndex != 0)
                {
                    competing.Add(_members[i].Id + "-" + _members[j].Id);
                }
            }
        }

        Assert.Equal(["a1-b", "a2-b", "b-c"], competing);
    }

    [Fact]
    public void Without_groups_nobody_competes()
    {
        var index = ProfileIndex.Build(_members, MatchingPolicy.Default);
        Assert.All(Enumerable.Range(1, _members.Length - 1), j => Assert.Equal(HardRules.None, index.Check(0, j, Day) & HardRules.Competitor));
    }

    [Fact]
    public void Organizations_in_different_groups_do_not_compete_and_a_table_without_groups_is_empty()
    {
        var policy = MatchingPolicy.Default with { Competitors = [new CompetitorGroup(["Acme", "Globex"]), new CompetitorGroup(["Initech", "Umbrella"])] };
        var table = new CompetitorTable(policy);
        Assert.False(table.IsEmpty);
        Assert.True(table.Compete("Acme", "GLOBEX"));
        Assert.False(table.Compete("Acme", "Initech"));
        Assert.True(new CompetitorTable(MatchingPolicy.Default).IsEmpty);
    }
}
