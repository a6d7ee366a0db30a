using PeerPractice.Breakfasts;
using PeerPractice.Matching;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Breakfasts;

/// <summary>
/// Choosing whom to invite and seating who accepted, at their edges: how big a group the count asks for, the
/// most alike group, the group around a host, people who may not sit together, the planner's own policy,
/// history and catalog, and the refusals with their words.
/// </summary>
public sealed class BreakfastPlannerEdgeTests
{
    private static readonly DateTimeOffset _start = new(2027, 3, 4, 8, 0, 0, TimeSpan.Zero);

    private static List<MemberProfile> Members(int n) =>
        Enumerable.Range(0, n).Select(i => Make($"m{i}", $"Org {i}")).ToList();

    [Theory]
    [InlineData(6, 7, 6)]   // tables of 4 to 6: two tables cannot hold seven, so one table of six and one waits
    [InlineData(6, 5, 5)]
    [InlineData(3, 4, 2)]   // tables of 2 to 3: two tables of two
    [InlineData(2, 5, 2)]
    public void The_count_asks_for_tables_of_two_thirds_of_it_up_to_it(int count, int candidates, int invited)
    {
        var invitees = new BreakfastPlanner().ChooseInvitees(Members(candidates), [], count, Day);
        Assert.Equal(invited, invitees.Count);
        Assert.Equal(invitees.Count, invitees.Distinct().Count());
    }

    [Fact]
    public void Without_a_host_the_most_alike_group_is_invited()
    {
        // Four executives of large retailers, and four members each unlike everyone else: two tables of four.
        var alike = Enumerable.Range(0, 4).Select(i => Make($"a{i}", $"Alike {i}")).ToList();
        var unlike = new[]
        {
            Make("u0", "Unlike 0", industry: "energy") with { RoleFamily = RoleFamily.Security, RoleLevel = RoleLevel.Manager, OrganizationSize = OrganizationSize.Small, Concerns = ["cloud-migration"], Strengths = [] },
            Make("u1", "Unlike 1", industry: "banking") with { RoleFamily = RoleFamily.Data, RoleLevel = RoleLevel.Director, OrganizationSize = OrganizationSize.Enterprise, Concerns = ["data-analytics"], Strengths = [] },
            Make("u2", "Unlike 2", industry: "health") with { RoleFamily = RoleFamily.Digital, RoleLevel = RoleLevel.Manager, OrganizationSize = OrganizationSize.Medium, Concerns = ["it-governance"], Strengths = [] },
            Make("u3", "Unlike 3", industry: "mining") with { RoleFamily = RoleFamily.Engineering, RoleLevel = RoleLevel.Director, OrganizationSize = OrganizationSize.Small, Concerns = ["vendor-management"], Strengths = [] },
        };

        var invitees = new BreakfastPlanner().ChooseInvitees([.. unlike, .. alike], [], 4, Day);

        Assert.Equal(["a0", "a1", "a2", "a3"], invitees.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Around_a_host_the_hosts_group_is_invited_and_empty_when_the_host_cannot_sit()
    {
        var members = Members(8);
        var invitees = new BreakfastPlanner().ChooseInvitees(members, [], 4, Day, around: "m5");
        Assert.Contains("m5", invitees);
        Assert.Equal(4, invitees.Count);

        // Two who may not sit together, and a table of two: the first leaves the table, so nobody is invited.
        var apart = new List<MemberProfile> { Make("p", "P") with { DoNotPair = ["q"] }, Make("q", "Q") };
        Assert.Empty(new BreakfastPlanner().ChooseInvitees(apart, [], 2, Day));
        Assert.Empty(new BreakfastPlanner().ChooseInvitees(apart, [], 2, Day, around: "p"));
    }

    [Fact]
    public void Only_members_concerned_with_a_topic_are_considered_and_the_host_always_is()
    {
        var members = Members(6);
        members[0] = members[0] with { Concerns = ["cloud-migration"] };
        members[1] = members[1] with { Concerns = ["cloud-migration", "data-analytics"] };
        members[2] = members[2] with { Concerns = ["data-analytics"] };

        var invitees = new BreakfastPlanner().ChooseInvitees(members, ["cloud-migration"], 3, Day, around: "m5");

        Assert.Equal(["m0", "m1", "m5"], invitees.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Bad_requests_are_refused_with_the_argument_and_what_is_wrong()
    {
        var planner = new BreakfastPlanner();
        var members = Members(4);
        var topic = Assert.Throws<ArgumentException>(() => planner.ChooseInvitees(members, ["golf"], 3, Day));
        Assert.Equal(("topicIds", "Topic 'golf' is not in the topic catalog."), (topic.ParamName, topic.Message[..topic.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]));
        var count = Assert.Throws<ArgumentException>(() => planner.ChooseInvitees(members, [], 1, Day));
        Assert.Equal(("count", "A breakfast needs at least 2 invitees, not 1."), (count.ParamName, count.Message[..count.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]));
        var around = Assert.Throws<ArgumentException>(() => planner.ChooseInvitees(members, [], 3, Day, around: "zed"));
        Assert.Equal(("around", "No member with id 'zed' in the cohort."), (around.ParamName, around.Message[..around.Message.IndexOf(" (Parameter", StringComparison.Ordinal)]));
    }

    [Fact]
    public void The_planners_policy_and_catalog_are_the_ones_applied()
    {
        // Competitors by this policy may not share the only table: the first of them leaves it.
        var members = Members(3);
        var policy = MatchingPolicy.Default with { Competitors = [new CompetitorGroup(["Org 0", "Org 1"])] };
        Assert.Equal(["m1", "m2"], new BreakfastPlanner(policy).ChooseInvitees(members, [], 3, Day, around: "m2").Order(StringComparer.Ordinal));
        Assert.Equal(3, new BreakfastPlanner().ChooseInvitees(members, [], 3, Day, around: "m2").Count);

        var harbour = Members(3).Select(m => m with { Concerns = ["harbour-logistics"], Strengths = [] }).ToList();
        Assert.Equal(3, new BreakfastPlanner(topics: HarbourCatalog).ChooseInvitees(harbour, ["harbour-logistics"], 3, Day).Count);
    }

    [Fact]
    public void Seating_keeps_apart_those_who_were_peers_before_while_it_can()
    {
        // Six accepted, two tables of three; a0 and a1 are the most alike pair but met a year ago.
        var members = Members(6);
        members[1] = members[1] with { RoleFamily = RoleFamily.Security, Industry = "energy" };
        members[2] = members[2] with { RoleFamily = RoleFamily.Security, Industry = "energy" };
        var history = new PairingHistory();
        history.Add(new PairingRecord("m1", "m2", Day.AddDays(-365), PairingOutcome.Met, 5));
        var breakfast = Accepted(members.Select(m => m.Id));

        var seated = new BreakfastPlanner(history: history).Seat(breakfast, members, new GroupOptions { MinSize = 3, MaxSize = 3 });

        Assert.True(seated.Succeeded, seated.Refusal);
        Assert.Equal(2, seated.Value.Tables.Count);
        Assert.DoesNotContain(seated.Value.Tables, t => t.MemberIds.Contains("m1") && t.MemberIds.Contains("m2"));
        var fresh = new BreakfastPlanner().Seat(breakfast, members, new GroupOptions { MinSize = 3, MaxSize = 3 });
        Assert.Contains(fresh.Value!.Tables, t => t.MemberIds.Contains("m1") && t.MemberIds.Contains("m2"));
    }

    [Fact]
    public void Accepting_members_who_all_opted_out_of_tables_leave_the_event_without_tables()
    {
        var members = Members(3).Select(m => m with { OptOuts = OptOuts.Groups }).ToList();
        var seated = new BreakfastPlanner().Seat(Accepted(members.Select(m => m.Id)), members);
        Assert.True(seated.Succeeded, seated.Refusal);
        Assert.Empty(seated.Value.Tables);
    }

    private static BreakfastEvent Accepted(IEnumerable<string> ids)
    {
        var invitees = ids.ToList();
        return new BreakfastEvent("march", "March breakfast", _start, TimeSpan.FromHours(2), "UTC", "Acme HQ", [], [.. invitees])
        {
            Rsvps = [.. invitees.Select(id => new BreakfastRsvp(id, RsvpAnswer.Accepted, _start.AddDays(-7)))],
        };
    }
}
