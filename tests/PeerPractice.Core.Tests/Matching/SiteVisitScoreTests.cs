using PeerPractice.Matching;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// The site-visit score as a visitor reads it: each target's points, every reason with its points,
/// and the hosts in the order they are suggested (most senior first, then the widest match, then id).
/// </summary>
public class SiteVisitScoreTests
{
    private static readonly MemberProfile _visitor = Make("v", "Acme") with
    {
        Concerns = ["cybersecurity", "workforce-talent", "ai-integration"],
        Strengths = ["roi-measurement", "mobile-technology"],
    };

    // The visitor is not in the list: the planner adds them to the cohort it checks.
    private static readonly MemberProfile[] _members =
    [
        Make("g1", "Globex", "Paris") with { Strengths = ["cybersecurity"], RoleLevel = RoleLevel.Director, Concerns = ["roi-measurement"] },
        Make("g2", "Globex", "Paris") with { Strengths = ["cybersecurity", "workforce-talent"], Concerns = ["mobile-technology"] },
        Make("g5", "Globex", "Paris") with { Strengths = ["cybersecurity"] },
        Make("g3", "Globex", "Paris") with { Strengths = ["cybersecurity"] },
        Make("g4", "Globex", "Paris") with { Strengths = ["cybersecurity"], RoleLevel = RoleLevel.Manager },
        Make("i2", "Initech", "Paris", "health") with { Strengths = ["cybersecurity"], RoleLevel = RoleLevel.Manager },
        Make("i1", "Initech", "London", "health") with { Strengths = ["cybersecurity"] },
        Make("z1", "Zeta", "") with { Strengths = ["ai-integration"] },
        Make("h1", "Hooli", "") with { Strengths = ["ai-integration"] },
        Make("n1", "Nothing Inc") with { Strengths = ["mobile-technology"] },
    ];

    [Fact]
    public void Each_target_shows_its_points_reasons_and_hosts()
    {
        Assert.Equal(
            "Globex 66 [g2, g3, g5, g1, g4] (Workforce and talent; Cybersecurity): Strong in workforce and talent, cybersecurity: +40 | Several people there have done it (depth): +10 | You can offer ROI measurement, mobile technology in a reciprocal visit: +6 | Same industry (retail): a direct benchmark: +10\nInitech 40 [i1, i2] (Cybersecurity): Strong in cybersecurity: +20 | Several people there have done it (depth): +5 | Adjacent industry (health): a fresh angle: +5 | In London: no travel: +10\nHooli 30 [h1] (AI integration): Strong in AI integration: +20 | Same industry (retail): a direct benchmark: +10\nZeta 30 [z1] (AI integration): Strong in AI integration: +20 | Same industry (retail): a direct benchmark: +10",
            Describe(new SiteVisitPlanner().Rank(_visitor, _members, Day)));
    }

    [Fact]
    public void The_count_limits_the_list_and_the_policy_s_exclusions_apply_to_hosts()
    {
        var policy = MatchingPolicy.Default with { ExcludedPairs = [new ExcludedPair("v", "z1")] };
        Assert.Equal(["Globex", "Initech", "Hooli"], new SiteVisitPlanner(policy).Rank(_visitor, _members, Day).Select(t => t.Organization));
        Assert.Equal(["Globex", "Initech"], new SiteVisitPlanner().Rank(_visitor, _members, Day, count: 2).Select(t => t.Organization));
    }

    [Fact]
    public void A_visitor_without_a_metro_gets_no_travel_bonus_from_hosts_without_one()
    {
        var visitor = _visitor with { Metro = string.Empty };
        var hooli = Assert.Single(new SiteVisitPlanner().Rank(visitor, _members, Day, ["ai-integration"]), t => t.Organization == "Hooli");
        Assert.Equal(30, hooli.Score);
        Assert.DoesNotContain(hooli.Reasons, r => r.Contains("travel", StringComparison.Ordinal));
    }

    [Fact]
    public void Reasons_use_the_titles_of_the_catalog_given()
    {
        var extension = TopicCatalogParser.Parse("""{ "topics": [ { "id": "ai-integration", "title": "Machine helpers", "questions": ["Which helper paid off?"] } ] }""", null);
        Assert.True(extension.Succeeded, string.Join("; ", extension.Problems));
        var catalog = TopicCatalog.BuiltIn.ExtendWith(extension.Value);
        var hooli = Assert.Single(new SiteVisitPlanner(topics: catalog).Rank(_visitor, _members, Day, ["ai-integration"]), t => t.Organization == "Hooli");
        Assert.Equal("Strong in machine helpers: +20", hooli.Reasons[0]);
        Assert.Equal(["Machine helpers"], hooli.MatchedObjectives);
    }

    private static string Describe(IEnumerable<VisitTarget> targets) => string.Join("\n", targets.Select(t =>
        $"{t.Organization} {t.Score} [{string.Join(", ", t.Hosts)}] ({string.Join("; ", t.MatchedObjectives)}): {string.Join(" | ", t.Reasons)}"));
}
