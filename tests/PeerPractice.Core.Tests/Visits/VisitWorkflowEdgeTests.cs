using Microsoft.Extensions.Time.Testing;
using PeerPractice.Visits;

namespace PeerPractice.Core.Tests.Visits;

/// <summary>Edges of the visit workflow that a reader of the follow-up list relies on.</summary>
public class VisitWorkflowEdgeTests
{
    private static readonly DateTimeOffset _start = new(2027, 2, 3, 9, 0, 0, TimeSpan.FromHours(1));

    private static VisitPlan Plan() =>
        VisitPlanLoader.Load("""
            {
              "id": "acme-visits-globex", "title": "Acme at Globex", "visitorOrganization": "Acme", "hostOrganization": "Globex",
              "start": "2027-02-03T09:00:00+01:00", "timeZone": "Europe/Vienna",
              "objectives": [{ "question": "How do you run change?" }], "team": [{ "id": "ana", "name": "Ana Moreno" }]
            }
            """).Value!;

    [Fact]
    public async Task Follow_up_calls_at_the_same_time_keep_the_order_they_were_scheduled_in()
    {
        var ct = TestContext.Current.CancellationToken;
        var store = new InMemoryVisitStore();
        var book = new VisitBook(store, new FakeTimeProvider(_start.AddDays(-7)));
        Assert.True((await book.PlanAsync(Plan(), ct)).Succeeded);
        var when = _start.AddDays(30);
        Assert.True((await book.ScheduleFollowUpAsync("acme-visits-globex", new FollowUpCall(when, "Budget"), ct)).Succeeded);
        Assert.True((await book.ScheduleFollowUpAsync("acme-visits-globex", new FollowUpCall(when, "Hiring"), ct)).Succeeded);
        Assert.True((await book.ScheduleFollowUpAsync("acme-visits-globex", new FollowUpCall(when.AddDays(-1), "Earlier"), ct)).Succeeded);
        Assert.Equal(["Earlier", "Budget", "Hiring"], (await store.GetVisitAsync("acme-visits-globex", ct))!.FollowUp.Calls.Select(c => c.Topic));
    }
}
