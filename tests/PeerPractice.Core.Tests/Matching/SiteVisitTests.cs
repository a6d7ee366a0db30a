using PeerPractice.Matching;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

public class SiteVisitTests
{
    [Fact]
    public void Organizations_strong_in_the_objectives_rank_first_with_hosts_and_reasons()
    {
        var visitor = Make("v", "Acme") with { Concerns = ["cybersecurity", "workforce-talent"], Strengths = ["roi-measurement"] };
        var members = new[]
        {
            visitor,
            Make("own", "Acme") with { Strengths = ["cybersecurity", "workforce-talent"] },
            Make("g1", "Globex", "Paris") with { Strengths = ["cybersecurity"], RoleLevel = RoleLevel.Director },
            Make("g2", "Globex", "Paris") with { Strengths = ["cybersecurity", "workforce-talent"] },
            Make("i1", "Initech") with { Strengths = ["cybersecurity"], Concerns = ["roi-measurement"] },
            Make("u1", "Umbrella") with { Strengths = ["mobile"] },
            Make("o1", "Opted") with { Strengths = ["cybersecurity", "workforce-talent"], OptOuts = OptOuts.SiteVisits },
        };
        var targets = new SiteVisitPlanner().Rank(visitor, members, Day);
        Assert.Equal(["Globex", "Initech"], targets.Select(t => t.Organization));
        Assert.Equal(["g2", "g1"], targets[0].Hosts);
        Assert.Equal(2, targets[0].MatchedObjectives.Count);
        Assert.Contains(targets[1].Reasons, r => r.Contains("reciprocal", StringComparison.Ordinal));
        Assert.Contains(targets[1].Reasons, r => r.Contains("no travel", StringComparison.Ordinal));
    }

    [Fact]
    public void Explicit_objectives_override_the_visitors_concerns()
    {
        var visitor = Make("v", "Acme");
        var members = new[] { visitor, Make("m", "Mobile Co") with { Strengths = ["mobile"] } };
        Assert.Empty(new SiteVisitPlanner().Rank(visitor, members, Day));
        Assert.Equal("Mobile Co", Assert.Single(new SiteVisitPlanner().Rank(visitor, members, Day, ["mobile"])).Organization);
    }
}
