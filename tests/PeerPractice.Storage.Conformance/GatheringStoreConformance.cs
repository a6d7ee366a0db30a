using Microsoft.Extensions.Time.Testing;
using PeerPractice.Breakfasts;
using PeerPractice.Collections;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice.Storage.Conformance;

/// <summary>
/// What every <see cref="IBreakfastStore"/> and <see cref="IVisitStore"/> must do, alone and under the
/// breakfast and visit workflows; derive it with fresh, empty stores per test.
/// </summary>
public abstract class GatheringStoreConformance : IDisposable
{
    private static readonly DateTimeOffset s_start = new(2027, 3, 4, 8, 0, 0, TimeSpan.FromHours(-5));

    /// <summary>The breakfast store under test: fresh and empty for each test.</summary>
    protected abstract IBreakfastStore Breakfasts { get; }

    /// <summary>The visit store under test (often the same object).</summary>
    protected abstract IVisitStore Visits { get; }

    /// <summary>The pairing history attendance goes to (often the same object).</summary>
    protected abstract IPairingHistoryStore Pairings { get; }

    /// <summary>Closes and reopens the stores (same data); in-memory stores do nothing.</summary>
    protected virtual void Reopen()
    {
    }

    public virtual void Dispose() => GC.SuppressFinalize(this);

    public static BreakfastEvent Breakfast(string id = "march-breakfast") =>
        new(id, "CIO breakfast", s_start, TimeSpan.FromHours(2), "America/New_York", "Midtown, NYC", ["mobile-technology", "security"], ["m1", "m2", "m3", "m4"])
        {
            Rsvps = [new("m1", RsvpAnswer.Accepted, s_start.AddDays(-3)), new("m2", RsvpAnswer.Tentative, s_start.AddDays(-2))],
        };

    public static VisitPlan Visit(string id = "acme-visits-globex") => new(
        id,
        "Site visit: Acme at Globex",
        "Acme",
        "Globex",
        s_start,
        "America/New_York",
        "Globex HQ",
        [new("How do you run change?", "Our changes fail too often.")],
        [new("Globex", 45, ["Service management"], ["m9"], ["Strong in service management: +20"])],
        [new(TimeSpan.Zero, TimeSpan.FromHours(1), "Change board", "service-management", [new Participant("m9", "Dev Raman", "CIO")], TimeSpan.FromMinutes(10))],
        [new Participant("m1", "Ana Moreno", "CIO")],
        new VisitQuestionnaire(new DateOnly(2027, 2, 20), ["Who should we meet?"]),
        null,
        FollowUpPlan.None,
        [new SessionNote("m1", "Ask about the change calendar — ünïcode too", NoteVisibility.Private, s_start.AddMinutes(5), null)],
        null);

    [Fact]
    public async Task Breakfasts_are_kept_whole_and_survive_a_reopen()
    {
        var breakfast = Breakfast();
        Assert.True(await Breakfasts.AddBreakfastAsync(breakfast));
        Assert.False(await Breakfasts.AddBreakfastAsync(breakfast with { Title = "Other" }));
        Assert.False(await Breakfasts.UpdateBreakfastAsync(Breakfast("no-such-breakfast")));
        var seated = breakfast with { Tables = [new Table(["m1", "m3"], 120)], Attended = ["m1"], HistoryRound = 7 };
        Assert.True(await Breakfasts.UpdateBreakfastAsync(seated));
        Assert.True(await Breakfasts.AddBreakfastAsync(Breakfast("april-breakfast") with { Start = s_start.AddMonths(1) }));

        Reopen();
        Assert.Equal(seated, await Breakfasts.GetBreakfastAsync(breakfast.Id));
        Assert.Null(await Breakfasts.GetBreakfastAsync("no-such-breakfast"));
        Assert.Equal(["march-breakfast", "april-breakfast"], (await Breakfasts.ListBreakfastsAsync()).Select(b => b.Id).ToArray());
    }

    [Fact]
    public async Task Visits_are_kept_whole_with_private_notes_and_survive_a_reopen()
    {
        var visit = Visit();
        Assert.True(await Visits.AddVisitAsync(visit));
        Assert.False(await Visits.AddVisitAsync(visit));
        Assert.False(await Visits.UpdateVisitAsync(Visit("no-such-visit")));
        var debriefed = visit with { Debrief = new VisitDebrief(["A"], [], ["B"], "Report") };
        Assert.True(await Visits.UpdateVisitAsync(debriefed));

        Reopen();
        Assert.Equal(debriefed, await Visits.GetVisitAsync(visit.Id));
        Assert.Null(await Visits.GetVisitAsync("no-such-visit"));
        Assert.Equal([visit.Id], (await Visits.ListVisitsAsync()).Select(v => v.Id).ToArray());
    }

    [Fact]
    public async Task The_breakfast_workflow_refuses_an_rsvp_for_a_missing_event_and_records_attendance_into_the_history()
    {
        var time = new FakeTimeProvider(s_start.AddDays(-7));
        var book = new BreakfastBook(Breakfasts, Pairings, time);
        Assert.True((await book.PlanAsync(Breakfast() with { Rsvps = ValueArray<BreakfastRsvp>.Empty })).Succeeded);
        Assert.False((await book.RsvpAsync("no-such-breakfast", "m1", RsvpAnswer.Accepted)).Succeeded);
        foreach (var member in new[] { "m1", "m2", "m3", "m4" })
        {
            Assert.True((await book.RsvpAsync("march-breakfast", member, RsvpAnswer.Accepted)).Succeeded);
        }

        var cohort = new[] { "m1", "m2", "m3", "m4" }.Select(id => new MemberProfile { Id = id, Name = id, Organization = "Org " + id, Concerns = ["security"] }).ToList();
        var seated = await book.SeatAsync("march-breakfast", cohort, options: new GroupOptions { MinSize = 2, MaxSize = 2 });
        Assert.True(seated.Succeeded, seated.Refusal);
        Reopen();
        book = new BreakfastBook(Breakfasts, Pairings, time);
        time.SetUtcNow(s_start.AddHours(2));
        var recorded = await book.RecordAsync("march-breakfast");
        Assert.True(recorded.Succeeded, recorded.Refusal);

        Reopen();
        var stored = await Breakfasts.GetBreakfastAsync("march-breakfast");
        Assert.Equal(recorded.Value, stored);
        var history = await Pairings.LoadHistoryAsync();
        foreach (var table in stored!.Tables)
        {
            Assert.NotEmpty(history.Between(table.MemberIds[0], table.MemberIds[1]));
        }

        Assert.Equal(2, (await Pairings.ListPairingsAsync()).Count);
    }

    [Fact]
    public async Task The_visit_workflow_runs_from_plan_to_follow_up_on_the_store()
    {
        var time = new FakeTimeProvider(s_start.AddDays(-30));
        var book = new VisitBook(Visits, time);
        var visit = Visit();
        Assert.True((await book.PlanAsync(visit)).Succeeded);
        Assert.False((await book.DebriefAsync(visit.Id, new VisitDebrief([], [], [], "too early"))).Succeeded);
        Assert.Equal(visit, await Visits.GetVisitAsync(visit.Id));

        time.SetUtcNow(visit.End);
        Reopen();
        book = new VisitBook(Visits, time);
        Assert.True((await book.DebriefAsync(visit.Id, new VisitDebrief(["Weekly review"], [], [], "Good"))).Succeeded);
        Assert.Null(Assert.Single(await book.OwedAsync()).Reciprocal);
        var reciprocal = await book.PlanReciprocalAsync(visit.Id, s_start.AddMonths(2), "America/Chicago", "Acme HQ");
        Assert.True(reciprocal.Succeeded, reciprocal.Refusal);
        Assert.True((await book.ScheduleFollowUpAsync(visit.Id, new FollowUpCall(s_start.AddMonths(1), "Progress"))).Succeeded);

        Reopen();
        book = new VisitBook(Visits, time);
        Assert.Equal(reciprocal.Value, Assert.Single(await book.OwedAsync()).Reciprocal);
        Assert.Empty(await book.DueFollowUpsAsync());
        time.SetUtcNow(reciprocal.Value.End);
        Assert.Empty(await book.OwedAsync());
        var due = Assert.Single(await book.DueFollowUpsAsync());
        Assert.True((await book.FollowUpHeldAsync(visit.Id, due.Index)).Succeeded);
        Reopen();
        Assert.Empty(await new VisitBook(Visits, time).DueFollowUpsAsync());
    }
}
