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
            Make("u1", "Umbrella") with { Strengths = ["mobile-technology"] },
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
    public void Hosts_are_the_people_strong_in_a_matched_objective_ordered_by_how_many_they_match_not_by_all_their_strengths()
    {
        var visitor = Make("v", "Acme") with { Concerns = ["cybersecurity"] };
        var members = new[]
        {
            visitor,
            Make("a", "Globex") with { Strengths = ["cybersecurity"] },
            Make("b", "Globex") with { Strengths = ["cybersecurity", "mobile-technology", "data-analytics"] },
            Make("c", "Globex") with { Strengths = ["mobile-technology"] },
        };
        var target = Assert.Single(new SiteVisitPlanner().Rank(visitor, members, Day));
        Assert.Equal(["a", "b"], target.Hosts);
    }

    [Fact]
    public void Two_hosts_strong_in_the_first_catalog_topic_add_one_step_of_depth_as_for_any_other_topic()
    {
        foreach (var topic in new[] { "workforce-talent", "cybersecurity" })
        {
            var visitor = Make("v", "Acme") with { Concerns = [topic] };
            var members = new[]
            {
                visitor,
                Make("a", "Globex") with { Strengths = [topic] },
                Make("b", "Globex") with { Strengths = [topic] },
            };
            var target = Assert.Single(new SiteVisitPlanner().Rank(visitor, members, Day));
            Assert.Contains("Several people there have done it (depth): +5", target.Reasons);
        }
    }

    [Fact]
    public void Explicit_objectives_override_the_visitors_concerns()
    {
        var visitor = Make("v", "Acme");
        var members = new[] { visitor, Make("m", "Mobile Co") with { Strengths = ["mobile-technology"] } };
        Assert.Empty(new SiteVisitPlanner().Rank(visitor, members, Day));
        Assert.Equal("Mobile Co", Assert.Single(new SiteVisitPlanner().Rank(visitor, members, Day, ["mobile-technology"])).Organization);
    }

    [Fact]
    public void Nobody_the_controls_forbid_is_offered_as_a_host_and_nothing_shows_it()
    {
        // Regression (issue 12, defect 1): the planner named hosts without consulting the member controls.
        var visitor = Make("v", "Acme") with { Concerns = ["cybersecurity"], DoNotPair = ["blocked-by-visitor"] };
        var members = new[]
        {
            visitor,
            Make("blocked-by-visitor", "Globex") with { Strengths = ["cybersecurity"], RoleLevel = RoleLevel.Executive },
            Make("blocks-visitor", "Globex") with { Strengths = ["cybersecurity"], DoNotPair = ["v"] },
            Make("open", "Globex") with { Strengths = ["cybersecurity"], RoleLevel = RoleLevel.Manager },
            Make("snoozed", "Initech") with { Strengths = ["cybersecurity"], SnoozedUntil = Day.AddDays(10) },
            Make("recent-peer", "Umbrella") with { Strengths = ["cybersecurity"] },
            Make("poor-fit", "Hooli") with { Strengths = ["cybersecurity"] },
        };
        var history = new PairingHistory();
        history.Add(new PairingRecord("v", "recent-peer", Day.AddDays(-20), PairingOutcome.Met, 5));
        history.Add(new PairingRecord("v", "poor-fit", Day.AddDays(-900), PairingOutcome.Met, 1));

        var target = Assert.Single(new SiteVisitPlanner(MatchingPolicy.Default, history).Rank(visitor, members, Day));

        Assert.Equal("Globex", target.Organization);
        Assert.Equal(["open"], target.Hosts);

        // Exactly what the visitor would see if the two who block or are blocked were not members at all.
        var without = members.Where(m => m.Id is not ("blocked-by-visitor" or "blocks-visitor")).ToArray();
        Assert.Equal(target, Assert.Single(new SiteVisitPlanner(MatchingPolicy.Default, history).Rank(visitor, without, Day)));
    }
}
