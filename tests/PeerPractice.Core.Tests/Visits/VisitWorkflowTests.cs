using Microsoft.Extensions.Time.Testing;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice.Core.Tests.Visits;

public class VisitWorkflowTests
{
    private static readonly DateTimeOffset _start = new(2027, 2, 3, 9, 0, 0, TimeSpan.FromHours(1));

    private static MemberProfile Member(string id, string org, string[] concerns, string[] strengths, OptOuts optOuts = OptOuts.None) => new()
    {
        Id = id,
        Name = id.ToUpperInvariant(),
        Organization = org,
        Industry = "Healthcare",
        Concerns = [.. concerns],
        Strengths = [.. strengths],
        OptOuts = optOuts,
    };

    private static readonly MemberProfile _visitor = Member("ana", "Acme", ["service-management"], ["cybersecurity"]);

    private static readonly List<MemberProfile> _cohort =
    [
        _visitor,
        Member("dev", "Globex", ["cybersecurity"], ["service-management"]),
        Member("erin", "Initech", ["cloud-migration"], ["service-management", "ai-integration"], OptOuts.SiteVisits),
        Member("femi", "Umbrella", ["data-analytics"], ["workforce-talent"]),
    ];

    private static VisitRequest Request(string? host = null) =>
        new("acme-visits-globex", _visitor, ["service-management"], [new Participant("ana", "Ana", "CIO"), new Participant("ben", "Ben", "Service desk")], _start, "Europe/Vienna", "Globex HQ")
        {
            HostOrganization = host,
        };

    [Fact]
    public void A_plan_is_drafted_from_objectives_and_the_ranking_and_honours_member_controls()
    {
        var draft = VisitDrafts.Draft(Request(), _cohort, new SiteVisitPlanner(), new DateOnly(2027, 1, 10));
        Assert.True(draft.Succeeded, draft.Refusal);
        var plan = draft.Value;
        Assert.Equal("Globex", plan.HostOrganization);
        Assert.Equal("Acme", plan.VisitorOrganization);
        Assert.Equal(["Globex"], plan.Targets.Select(t => t.Organization).ToArray()); // Initech's only host opted out of site visits
        Assert.Single(plan.Objectives);
        Assert.Equal(2, plan.Team.Count);
        Assert.NotEmpty(plan.Questionnaire.Questions);
        Assert.Empty(VisitPlanValidator.Validate(plan));

        var optedOut = VisitDrafts.Draft(Request("Initech"), _cohort, new SiteVisitPlanner(), new DateOnly(2027, 1, 10));
        Assert.False(optedOut.Succeeded);
        Assert.Contains("not among the targets", optedOut.Refusal, StringComparison.Ordinal);
        Assert.False(VisitDrafts.Draft(Request() with { ObjectiveTopics = [] }, _cohort, new SiteVisitPlanner(), new DateOnly(2027, 1, 10)).Succeeded);
    }

    [Fact]
    public async Task Plan_visit_debrief_reciprocal_owed_until_it_happens_and_follow_up_listed_when_due()
    {
        var store = new InMemoryVisitStore();
        var time = new FakeTimeProvider(_start.AddDays(-30));
        var book = new VisitBook(store, time);
        var ct = TestContext.Current.CancellationToken;
        var plan = VisitDrafts.Draft(Request(), _cohort, new SiteVisitPlanner(), new DateOnly(2027, 1, 4)).Value!;
        Assert.True((await book.PlanAsync(plan, ct)).Succeeded);
        Assert.False((await book.PlanAsync(plan, ct)).Succeeded);

        // A debrief before the visit is refused, and nothing changes.
        var debrief = new VisitDebrief(["Weekly problem review"], ["One-by-one change approval"], ["On-call rota"], "Problem management, not tooling.");
        time.SetUtcNow(_start.AddHours(1));
        var early = await book.DebriefAsync(plan.Id, debrief, ct);
        Assert.False(early.Succeeded);
        Assert.Contains("not over", early.Refusal, StringComparison.Ordinal);
        Assert.Equal(plan, await store.GetVisitAsync(plan.Id, ct));
        Assert.Empty(await book.OwedAsync(ct));

        // After the visit: the debrief is kept and the return visit is owed.
        time.SetUtcNow(plan.End);
        Assert.True((await book.DebriefAsync(plan.Id, debrief, ct)).Succeeded);
        Assert.False((await book.DebriefAsync(plan.Id, debrief, ct)).Succeeded);
        Assert.Equal(debrief, (await store.GetVisitAsync(plan.Id, ct))!.Debrief);
        var owed = Assert.Single(await book.OwedAsync(ct));
        Assert.Equal(plan.Id, owed.First.Id);
        Assert.Null(owed.Reciprocal);

        // The return visit is planned: still owed until it has happened.
        Assert.False((await book.PlanReciprocalAsync("no-such-visit", _start.AddMonths(2), "Europe/London", "Acme", ct)).Succeeded);
        var reciprocal = await book.PlanReciprocalAsync(plan.Id, _start.AddMonths(2), "Europe/London", "Acme HQ", ct);
        Assert.True(reciprocal.Succeeded, reciprocal.Refusal);
        Assert.Equal("Globex", reciprocal.Value.VisitorOrganization);
        Assert.Equal(plan.Id, reciprocal.Value.ReciprocalOf);
        Assert.False((await book.PlanReciprocalAsync(plan.Id, _start.AddMonths(3), "Europe/London", "Acme HQ", ct)).Succeeded);
        Assert.Same(reciprocal.Value, Assert.Single(await book.OwedAsync(ct)).Reciprocal);

        // Follow-up call: scheduled, not due yet, then due, then held.
        Assert.False((await book.ScheduleFollowUpAsync(plan.Id, new FollowUpCall(_start, "Too early"), ct)).Succeeded);
        Assert.True((await book.ScheduleFollowUpAsync(plan.Id, new FollowUpCall(_start.AddMonths(1), "Progress on the problem review"), ct)).Succeeded);
        Assert.Empty(await book.DueFollowUpsAsync(ct));

        time.SetUtcNow(_start.AddMonths(1));
        var due = Assert.Single(await book.DueFollowUpsAsync(ct));
        Assert.Equal("Progress on the problem review", due.Call.Topic);
        Assert.Equal(plan.Id, due.Visit.Id);

        time.SetUtcNow(reciprocal.Value.End);
        Assert.Empty(await book.OwedAsync(ct));
        Assert.True((await book.FollowUpHeldAsync(plan.Id, due.Index, ct)).Succeeded);
        Assert.False((await book.FollowUpHeldAsync(plan.Id, due.Index, ct)).Succeeded);
        Assert.Empty(await book.DueFollowUpsAsync(ct));
        Assert.False((await book.DebriefAsync("no-such-visit", debrief, ct)).Succeeded);
    }
}
