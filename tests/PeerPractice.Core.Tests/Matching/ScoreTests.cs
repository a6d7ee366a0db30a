using PeerPractice.Matching;
using PeerPractice.Samples;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

public class ScoreTests
{
    private static readonly MatchScorer Scorer = new(MatchingPolicy.Default);

    private static ScoreComponent Component(MemberProfile a, MemberProfile b, ScoreComponentKind kind, MatchScorer? scorer = null) =>
        (scorer ?? Scorer).Explain(a, b).Components.Single(c => c.Kind == kind);

    [Fact]
    public void Cio_and_cto_are_one_family_and_director_is_a_neighbouring_level()
    {
        var cio = Make("a", "Acme");
        var director = Make("b", "Globex") with { RoleLevel = RoleLevel.Director, Title = "IT Director" };
        var security = Make("c", "Initech") with { RoleFamily = RoleFamily.Security };
        Assert.Equal(30, Component(cio, Make("d", "Umbrella") with { Title = "CTO" }, ScoreComponentKind.Role).Points);
        Assert.Equal(7, Component(cio, director, ScoreComponentKind.Role).Points); // two levels apart: a quarter
        Assert.Equal(0, Component(cio, security, ScoreComponentKind.Role).Points);
        Assert.Contains("2 levels apart", Component(cio, director, ScoreComponentKind.Role).Reason);
    }

    [Fact]
    public void Shared_concerns_count_up_to_the_cap()
    {
        var a = Make("a", "Acme") with { Concerns = ["mobile-technology", "security", "social-networking", "fostering-innovation"] };
        var b = Make("b", "Globex") with { Concerns = ["mobile-technology", "security", "social-networking", "fostering-innovation"] };
        var c = Component(a, b, ScoreComponentKind.SharedConcerns);
        Assert.Equal((30, 30), (c.Points, c.MaxPoints));
        Assert.Contains("mobile technology", c.Reason);
    }

    [Fact]
    public void Complementarity_counts_both_directions_with_reasons()
    {
        var a = Make("a", "Acme") with { Concerns = ["cybersecurity"], Strengths = ["ai-integration"] };
        var b = Make("b", "Globex") with { Concerns = ["ai-integration"], Strengths = ["cybersecurity"] };
        var c = Component(a, b, ScoreComponentKind.Complementarity);
        Assert.Equal(24, c.Points);
        Assert.Contains("Member b has done well at cybersecurity", c.Reason);
        Assert.Contains("you have done well at AI integration", c.Reason);

        var oneWay = Component(a, b with { Strengths = [] }, ScoreComponentKind.Complementarity);
        Assert.Equal(12, oneWay.Points);
    }

    [Fact]
    public void Industry_follows_the_policy_direction()
    {
        var same = Make("b", "Globex", industry: "retail");
        Assert.Equal(0, Component(Make("a", "Acme"), same, ScoreComponentKind.Industry).Points);
        var preferSame = new MatchScorer(MatchingPolicy.Default with { Industry = IndustryPreference.PreferSame });
        Assert.Equal(10, Component(Make("a", "Acme"), same, ScoreComponentKind.Industry, preferSame).Points);
    }

    [Fact]
    public void Size_neighbours_score_half()
    {
        var a = Make("a", "Acme");
        Assert.Equal(10, Component(a, Make("b", "G"), ScoreComponentKind.Size).Points);
        Assert.Equal(5, Component(a, Make("b", "G") with { OrganizationSize = OrganizationSize.Enterprise }, ScoreComponentKind.Size).Points);
        Assert.Equal(0, Component(a, Make("b", "G") with { OrganizationSize = OrganizationSize.Small }, ScoreComponentKind.Size).Points);
    }

    [Fact]
    public void In_person_beats_virtual_and_same_cadence_adds()
    {
        var a = Make("a", "Acme");
        var near = Component(a, Make("b", "Globex"), ScoreComponentKind.PlaceAndTime);
        Assert.Equal(20, near.Points);
        Assert.Contains("in person", near.Reason);
        var far = Component(a, Make("b", "Globex", "Dublin") with { Cadence = MeetingCadence.Quarterly }, ScoreComponentKind.PlaceAndTime);
        Assert.Equal(10, far.Points);
        Assert.Contains("Virtual", far.Reason);
    }

    [Fact]
    public void History_prefers_new_peers_then_good_past_ones()
    {
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "b", Day.AddDays(-400), PairingOutcome.Met, 5));
        history.Add(new PairingRecord("a", "c", Day.AddDays(-400), PairingOutcome.Met, 3));
        var scorer = new MatchScorer(MatchingPolicy.Default, history);
        Assert.Equal(10, Component(Make("a", "A"), Make("d", "D"), ScoreComponentKind.History, scorer).Points);
        Assert.Equal(5, Component(Make("a", "A"), Make("b", "B"), ScoreComponentKind.History, scorer).Points);
        Assert.Equal(0, Component(Make("a", "A"), Make("c", "C"), ScoreComponentKind.History, scorer).Points);
    }

    [Fact]
    public void Explanations_never_mention_the_confidential_list()
    {
        var a = Make("a", "Acme") with { DoNotPair = ["secret-x"] };
        var text = string.Join(" ", Scorer.Explain(a, Make("b", "Globex")).Components.Select(c => c.Reason));
        Assert.DoesNotContain("secret-x", text);
    }

    [Fact]
    public void Total_is_the_sum_of_components_and_symmetric()
    {
        var members = MemberGenerator.Generate(60, seed: 7);
        foreach (var (a, b) in members.Zip(members.Skip(1)))
        {
            var breakdown = Scorer.Explain(a, b);
            Assert.Equal(breakdown.Components.Sum(c => c.Points), breakdown.Total);
            Assert.Equal(breakdown.Total, Scorer.Score(b, a));
            Assert.All(breakdown.Components, c => Assert.InRange(c.Points, 0, c.MaxPoints));
        }
    }

    [Fact]
    public void Index_agrees_with_the_scorer_on_every_pair()
    {
        var members = MemberGenerator.Generate(150, seed: 11, today: Day);
        var history = new PairingHistory();
        var random = new Random(5);
        for (var i = 0; i < 200; i++)
        {
            var a = members[random.Next(members.Count)].Id;
            var b = members[random.Next(members.Count)].Id;
            if (a != b)
            {
                history.Add(new PairingRecord(a, b, Day.AddDays(-random.Next(1, 500)), (PairingOutcome)random.Next(3), random.Next(1, 6), Ongoing: random.Next(4) == 0));
            }
        }

        var policy = MatchingPolicy.Default with
        {
            Competitors = [new CompetitorGroup([members[0].Organization, members[1].Organization, members[2].Organization])],
            ExcludedPairs = [new ExcludedPair(members[3].Id, members[4].Id)],
            MaxConcurrentPeers = 2,
        };
        var scorer = new MatchScorer(policy, history);
        var index = ProfileIndex.Build(members, policy, history);
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = 0; j < members.Count; j++)
            {
                if (i == j)
                {
                    continue;
                }

                Assert.Equal(scorer.Score(members[i], members[j]), index.Score(i, j));
                Assert.Equal(scorer.Check(members[i], members[j], Day), index.Check(i, j, Day));
            }
        }
    }
}
