using Microsoft.Extensions.Time.Testing;
using PeerPractice.Visits;

namespace PeerPractice.Core.Tests.Visits;

/// <summary>
/// What the visit book says when it refuses (the whole message, and that nothing changed), and the
/// order in which it lists what is owed and due.
/// </summary>
public class VisitBookRefusalTests
{
    private static readonly DateTimeOffset _start = new(2027, 2, 3, 9, 0, 0, TimeSpan.FromHours(1));

    private static VisitPlan Plan(string id = "acme-visits-globex", DateTimeOffset? start = null) =>
        VisitPlanLoader.Load($$"""
            {
              "id": "{{id}}", "title": "Acme at Globex", "visitorOrganization": "Acme", "hostOrganization": "Globex",
              "start": "{{GatheringStart(start ?? _start)}}", "timeZone": "Europe/Vienna",
              "objectives": [{ "question": "How do you run change?" }], "team": [{ "id": "ana", "name": "Ana Moreno" }]
            }
            """).Value!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string GatheringStart(DateTimeOffset start) => start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);

    private static (VisitBook Book, InMemoryVisitStore Store, FakeTimeProvider Time) NewBook()
    {
        var store = new InMemoryVisitStore();
        var time = new FakeTimeProvider(_start.AddDays(-7));
        return (new VisitBook(store, time), store, time);
    }

    [Fact]
    public async Task Planning_refuses_a_bad_id_an_unknown_or_mismatched_first_visit_a_second_return_visit_and_a_taken_id()
    {
        var (book, store, _) = NewBook();
        Assert.Equal("The id 'Acme Visits' is not kebab-case; write lower-case words joined by hyphens.", (await book.PlanAsync(Plan() with { Id = "Acme Visits" }, Ct)).Refusal);
        Assert.Equal("There is no visit 'nope'; `visit list` shows the visits.", (await book.PlanAsync(Plan("acme-return") with { ReciprocalOf = "nope" }, Ct)).Refusal);
        Assert.True((await book.PlanAsync(Plan(), Ct)).Succeeded);
        Assert.Equal("A visit with id 'acme-visits-globex' exists; choose another id.", (await book.PlanAsync(Plan(), Ct)).Refusal);
        Assert.Equal(
            "The return visit swaps host and visitor organizations. (Parameter 'reciprocal')",
            (await book.PlanAsync(Plan("acme-return") with { ReciprocalOf = "acme-visits-globex" }, Ct)).Refusal);
        var later = _start.AddDays(30);
        var first = await book.PlanReciprocalAsync("acme-visits-globex", later, "Europe/London", "Acme HQ", Ct);
        Assert.True(first.Succeeded, first.Refusal);
        Assert.Equal("acme-visits-globex-return", first.Value.Id);
        Assert.Equal("Return visit: Globex at Acme", first.Value.Title);
        Assert.Equal(
            "Visit 'acme-visits-globex' already has its return visit 'acme-visits-globex-return'.",
            (await book.PlanAsync(first.Value with { Id = "another-return" }, Ct)).Refusal);
        Assert.Equal(["acme-visits-globex", "acme-visits-globex-return"], (await store.ListVisitsAsync(Ct)).Select(p => p.Id));
    }

    [Fact]
    public async Task A_return_visit_is_refused_for_an_unknown_visit_a_return_visit_and_a_start_before_the_first()
    {
        var (book, _, _) = NewBook();
        await book.PlanAsync(Plan(), Ct);
        Assert.Equal("There is no visit 'nope'; `visit list` shows the visits.", (await book.PlanReciprocalAsync("nope", _start, "UTC", "x", Ct)).Refusal);
        Assert.Equal(
            "The return visit cannot start before the first visit (2027-02-03 09:00 +01:00).",
            (await book.PlanReciprocalAsync("acme-visits-globex", _start.AddMinutes(-1), "UTC", "x", Ct)).Refusal);
        var same = await book.PlanReciprocalAsync("acme-visits-globex", _start, "UTC", "x", Ct);
        Assert.True(same.Succeeded, same.Refusal);
        Assert.Equal(
            "'acme-visits-globex-return' is itself a return visit; the pair is complete.",
            (await book.PlanReciprocalAsync("acme-visits-globex-return", _start.AddDays(60), "UTC", "x", Ct)).Refusal);
    }

    [Fact]
    public async Task A_debrief_waits_for_the_end_and_is_taken_once()
    {
        var (book, store, time) = NewBook();
        await book.PlanAsync(Plan(), Ct);
        var debrief = new VisitDebrief(["pair on incidents"], [], [], "Good visit.");
        Assert.Equal("There is no visit 'nope'; `visit list` shows the visits.", (await book.DebriefAsync("nope", debrief, Ct)).Refusal);
        time.SetUtcNow(_start.AddHours(3).AddTicks(-1));
        Assert.Equal("Visit 'acme-visits-globex' is not over until 2027-02-03 12:00 +01:00; debrief after it.", (await book.DebriefAsync("acme-visits-globex", debrief, Ct)).Refusal);
        time.SetUtcNow(_start.AddHours(3));
        Assert.True((await book.DebriefAsync("acme-visits-globex", debrief, Ct)).Succeeded);
        Assert.Equal("Visit 'acme-visits-globex' already has its debrief.", (await book.DebriefAsync("acme-visits-globex", debrief with { Report = "Again" }, Ct)).Refusal);
        Assert.Equal("Good visit.", (await store.GetVisitAsync("acme-visits-globex", Ct))!.Debrief!.Report);
    }

    [Fact]
    public async Task Follow_up_calls_come_after_the_visit_in_time_order_and_are_held_once_their_time_has_come()
    {
        var (book, store, time) = NewBook();
        await book.PlanAsync(Plan(), Ct);
        var end = _start.AddHours(3);
        Assert.Equal("There is no visit 'nope'; `visit list` shows the visits.", (await book.ScheduleFollowUpAsync("nope", new FollowUpCall(end, "x"), Ct)).Refusal);
        Assert.Equal(
            "A follow-up call comes after the visit; 'acme-visits-globex' ends 2027-02-03 12:00 +01:00.",
            (await book.ScheduleFollowUpAsync("acme-visits-globex", new FollowUpCall(end.AddTicks(-1), "Too early"), Ct)).Refusal);
        Assert.True((await book.ScheduleFollowUpAsync("acme-visits-globex", new FollowUpCall(end.AddDays(20), "Second"), Ct)).Succeeded);
        Assert.True((await book.ScheduleFollowUpAsync("acme-visits-globex", new FollowUpCall(end, "First"), Ct)).Succeeded);
        Assert.True((await book.ScheduleFollowUpAsync("acme-visits-globex", new FollowUpCall(end.AddDays(40), "Third"), Ct)).Succeeded);
        Assert.Equal(["First", "Second", "Third"], (await store.GetVisitAsync("acme-visits-globex", Ct))!.FollowUp.Calls.Select(c => c.Topic));

        Assert.Equal("There is no visit 'nope'; `visit list` shows the visits.", (await book.FollowUpHeldAsync("nope", 0, Ct)).Refusal);
        Assert.Equal("Visit 'acme-visits-globex' has 3 follow-up call(s); there is no call 0.", (await book.FollowUpHeldAsync("acme-visits-globex", -1, Ct)).Refusal);
        Assert.Equal("Visit 'acme-visits-globex' has 3 follow-up call(s); there is no call 4.", (await book.FollowUpHeldAsync("acme-visits-globex", 3, Ct)).Refusal);
        time.SetUtcNow(end.AddDays(20).AddTicks(-1));
        Assert.Equal("The call is planned for 2027-02-23 12:00 +01:00; mark it held after it.", (await book.FollowUpHeldAsync("acme-visits-globex", 1, Ct)).Refusal);
        time.SetUtcNow(end.AddDays(20));
        Assert.Equal([("First", 0), ("Second", 1)], (await book.DueFollowUpsAsync(Ct)).Select(d => (d.Call.Topic, d.Index)));
        var held = await book.FollowUpHeldAsync("acme-visits-globex", 1, Ct);
        Assert.True(held.Succeeded, held.Refusal);
        Assert.Equal([false, true, false], held.Value.FollowUp.Calls.Select(c => c.Held));
        Assert.Equal([false, true, false], (await store.GetVisitAsync("acme-visits-globex", Ct))!.FollowUp.Calls.Select(c => c.Held));
        Assert.Equal("The call of 2027-02-23 is already marked held.", (await book.FollowUpHeldAsync("acme-visits-globex", 1, Ct)).Refusal);
        Assert.Equal([("First", 0)], (await book.DueFollowUpsAsync(Ct)).Select(d => (d.Call.Topic, d.Index)));
    }

    [Fact]
    public async Task Owed_return_visits_and_due_calls_are_listed_oldest_first_then_by_visit_id()
    {
        var (book, store, time) = NewBook();
        var end = _start.AddHours(3);
        foreach (var plan in new[] { Plan("b-visit"), Plan("a-visit"), Plan("c-visit", _start.AddDays(-1)) })
        {
            Assert.True((await book.PlanAsync(plan with { FollowUp = new FollowUpPlan([], [new FollowUpCall(plan.Start.AddHours(3), "Call " + plan.Id)]) }, Ct)).Succeeded);
        }

        Assert.Equal(["c-visit", "a-visit", "b-visit"], (await store.ListVisitsAsync(Ct)).Select(p => p.Id));
        time.SetUtcNow(end);
        Assert.Equal(["c-visit", "a-visit", "b-visit"], (await book.OwedAsync(Ct)).Select(o => o.First.Id));
        Assert.Equal(["c-visit", "a-visit", "b-visit"], (await book.DueFollowUpsAsync(Ct)).Select(d => d.Visit.Id));
    }

    [Fact]
    public async Task A_cancelled_store_call_changes_nothing()
    {
        var store = new InMemoryVisitStore();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.AddVisitAsync(Plan(), cancelled.Token).AsTask());
        Assert.True(await store.AddVisitAsync(Plan(), Ct));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.UpdateVisitAsync(Plan() with { Title = "Changed" }, cancelled.Token).AsTask());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.GetVisitAsync("acme-visits-globex", cancelled.Token).AsTask());
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.ListVisitsAsync(cancelled.Token).AsTask());
        Assert.False(await store.UpdateVisitAsync(Plan("unknown-visit"), Ct));
        Assert.Equal("Acme at Globex", (await store.GetVisitAsync("acme-visits-globex", Ct))!.Title);
    }
}
