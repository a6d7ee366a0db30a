using Microsoft.Extensions.Time.Testing;
using PeerPractice.Breakfasts;
using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Breakfasts;

/// <summary>
/// What the organizer reads when a breakfast step is refused, the moments the steps open and close,
/// and what recording attendance writes into the pairing history.
/// </summary>
public class BreakfastRefusalTests
{
    private static readonly DateTimeOffset _start = new(2027, 3, 4, 8, 0, 0, TimeSpan.Zero);

    private static BreakfastEvent Event(string id = "march", params string[] invitees) =>
        new(id, "CIO breakfast", _start, TimeSpan.FromHours(2), "America/New_York", "Midtown", ["cybersecurity"], invitees.Length == 0 ? ["m01", "m02", "m03", "m04", "m05", "m06"] : [.. invitees]);

    private static (BreakfastBook Book, InMemoryBreakfastStore Store, InMemoryPairingHistoryStore Pairings, FakeTimeProvider Time) NewBook()
    {
        var store = new InMemoryBreakfastStore();
        var pairings = new InMemoryPairingHistoryStore();
        var time = new FakeTimeProvider(_start.AddDays(-7));
        return (new BreakfastBook(store, pairings, time), store, pairings, time);
    }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_bad_event_is_refused_with_the_rule_it_breaks()
    {
        var (book, _, _, _) = NewBook();
        Assert.Equal(
            "The id 'March' is not kebab-case; write lower-case words joined by hyphens, such as cio-breakfast-march.",
            (await book.PlanAsync(Event("March"), Token)).Refusal);
        Assert.Equal("A breakfast needs a positive duration.", (await book.PlanAsync(Event() with { Duration = TimeSpan.Zero }, Token)).Refusal);
        Assert.Equal("Topic 'golf' is not in the topic catalog.", (await book.PlanAsync(Event() with { TopicIds = ["cybersecurity", "golf"] }, Token)).Refusal);
        Assert.Equal("'m02' is invited twice.", (await book.PlanAsync(Event("march", "m01", "m02", "m02"), Token)).Refusal);
        var stranger = Event() with { Rsvps = [new BreakfastRsvp("m09", RsvpAnswer.Accepted, _start.AddDays(-9))] };
        Assert.Equal("'m09' answered but is not invited.", (await book.PlanAsync(stranger, Token)).Refusal);

        var answered = Event() with { Rsvps = [new BreakfastRsvp("m01", RsvpAnswer.Accepted, _start.AddDays(-9))] };
        Assert.True((await book.PlanAsync(answered, Token)).Succeeded);
        Assert.Equal("A breakfast with id 'march' exists; choose another id.", (await book.PlanAsync(Event(), Token)).Refusal);
    }

    [Fact]
    public async Task Answers_close_at_the_end_of_the_breakfast_and_name_who_may_answer()
    {
        var (book, _, _, time) = NewBook();
        await book.PlanAsync(Event(), Token);
        Assert.Equal("'m09' is not invited to breakfast 'march'; only invitees answer.", (await book.RsvpAsync("march", "m09", RsvpAnswer.Accepted, Token)).Refusal);
        Assert.Equal("There is no breakfast 'april'; `breakfast list` shows the events.", (await book.RsvpAsync("april", "m01", RsvpAnswer.Accepted, Token)).Refusal);

        time.SetUtcNow(_start.AddHours(2).AddTicks(-1));
        var lastMoment = await book.RsvpAsync("march", "m01", RsvpAnswer.Declined, Token);
        Assert.True(lastMoment.Succeeded, lastMoment.Refusal);
        Assert.Equal(new BreakfastRsvp("m01", RsvpAnswer.Declined, _start.AddHours(2).AddTicks(-1)), Assert.Single(lastMoment.Value.Rsvps));

        time.SetUtcNow(_start.AddHours(2));
        Assert.Equal("Breakfast 'march' is over; answers are closed.", (await book.RsvpAsync("march", "m02", RsvpAnswer.Accepted, Token)).Refusal);
    }

    [Fact]
    public async Task Recording_opens_at_the_start_needs_tables_and_happens_once()
    {
        var (book, _, pairings, time) = NewBook();
        var cohort = BreakfastWorkflowTests.Cohort(6);
        await book.PlanAsync(Event(), Token);
        Assert.Equal("Breakfast 'march' has no tables yet; seat it first.", (await book.RecordAsync("march", cancellationToken: Token)).Refusal);
        Assert.Equal("There is no breakfast 'april'; `breakfast list` shows the events.", (await book.RecordAsync("april", cancellationToken: Token)).Refusal);
        Assert.Equal("There is no breakfast 'april'; `breakfast list` shows the events.", (await book.SeatAsync("april", cohort, cancellationToken: Token)).Refusal);
        foreach (var member in cohort)
        {
            await book.RsvpAsync("march", member.Id, RsvpAnswer.Accepted, Token);
        }

        Assert.True((await book.SeatAsync("march", cohort, options: new GroupOptions { MinSize = 3, MaxSize = 3 }, cancellationToken: Token)).Succeeded);
        time.SetUtcNow(_start.AddTicks(-1));
        Assert.Equal("Breakfast 'march' starts 2027-03-04 08:00 +00:00; record who came after it.", (await book.RecordAsync("march", cancellationToken: Token)).Refusal);
        Assert.Empty(await pairings.ListPairingsAsync(Token));

        time.SetUtcNow(_start);
        var recorded = await book.RecordAsync("march", cancellationToken: Token);
        Assert.True(recorded.Succeeded, recorded.Refusal);
        Assert.Equal(6, recorded.Value.Attended.Count);
        Assert.Equal(1, recorded.Value.HistoryRound);
        Assert.Equal("Breakfast 'march' is already recorded (history round 1).", (await book.RecordAsync("march", cancellationToken: Token)).Refusal);
        Assert.Equal("Breakfast 'march' is over and recorded; its tables no longer change.", (await book.SeatAsync("march", cohort, cancellationToken: Token)).Refusal);

        // Two tables of three: three pairs each, all on the breakfast's day.
        var pairs = await pairings.ListPairingsAsync(Token);
        Assert.Equal(6, pairs.Count);
    }

    [Fact]
    public async Task A_table_where_only_one_came_adds_no_pair_and_attendance_keeps_table_order_once_per_member()
    {
        var (book, _, pairings, time) = NewBook();
        var cohort = BreakfastWorkflowTests.Cohort(6);
        await book.PlanAsync(Event(), Token);
        foreach (var member in cohort)
        {
            await book.RsvpAsync("march", member.Id, RsvpAnswer.Accepted, Token);
        }

        var seated = await book.SeatAsync("march", cohort, options: new GroupOptions { MinSize = 3, MaxSize = 3 }, cancellationToken: Token);
        var first = seated.Value!.Tables[0].MemberIds;
        var second = seated.Value.Tables[1].MemberIds;
        time.SetUtcNow(_start.AddHours(3));
        var recorded = await book.RecordAsync("march", [second[0], first[2], first[0], first[0]], Token);
        Assert.True(recorded.Succeeded, recorded.Refusal);
        Assert.Equal([first[0], first[2], second[0]], recorded.Value.Attended.ToArray());
        var pair = Assert.Single(await pairings.ListPairingsAsync(Token));
        Assert.Equal(RoundRecording.Ordered(first[0], first[2]), (pair.Pairing.MemberA, pair.Pairing.MemberB));
    }

    [Fact]
    public async Task Recording_a_stranger_names_them()
    {
        var (book, _, pairings, time) = NewBook();
        var cohort = BreakfastWorkflowTests.Cohort(3);
        await book.PlanAsync(Event("march", "m01", "m02", "m03"), Token);
        foreach (var member in cohort)
        {
            await book.RsvpAsync("march", member.Id, RsvpAnswer.Accepted, Token);
        }

        await book.SeatAsync("march", cohort, cancellationToken: Token);
        time.SetUtcNow(_start.AddHours(3));
        Assert.Equal("'m99' was not seated at breakfast 'march'; only seated members can be recorded.", (await book.RecordAsync("march", ["m01", "m99"], Token)).Refusal);
        Assert.Empty(await pairings.ListPairingsAsync(Token));
    }

    [Fact]
    public void Seating_names_an_accepted_member_missing_from_the_cohort_and_ignores_tentative_and_declined()
    {
        var planner = new BreakfastPlanner();
        var cohort = BreakfastWorkflowTests.Cohort(4);
        var breakfast = Event("march", "m01", "m02", "m03", "m04", "m05") with
        {
            Rsvps =
            [
                new BreakfastRsvp("m01", RsvpAnswer.Accepted, _start),
                new BreakfastRsvp("m02", RsvpAnswer.Accepted, _start),
                new BreakfastRsvp("m03", RsvpAnswer.Tentative, _start),
                new BreakfastRsvp("m04", RsvpAnswer.Declined, _start),
                new BreakfastRsvp("m05", RsvpAnswer.Accepted, _start),
            ],
        };
        Assert.Equal("'m05' accepted but is not in the members given; pass the cohort the invitees came from.", planner.Seat(breakfast, cohort).Refusal);

        var withoutM05 = breakfast with { Rsvps = [.. breakfast.Rsvps.Take(4)] };
        Assert.Equal("Only 2 accepted; a table needs at least 3.", planner.Seat(withoutM05, cohort).Refusal);
        var pair = planner.Seat(withoutM05, cohort, new GroupOptions { MinSize = 2, MaxSize = 2 });
        Assert.True(pair.Succeeded, pair.Refusal);
        Assert.Equal(["m01", "m02"], Assert.Single(pair.Value.Tables).MemberIds.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public void The_event_answers_who_is_invited_answered_and_seated_where()
    {
        var breakfast = Event("march", "m01", "m02", "m03") with
        {
            Rsvps = [new BreakfastRsvp("m02", RsvpAnswer.Tentative, _start), new BreakfastRsvp("m02", RsvpAnswer.Accepted, _start)],
            Tables = [new Table(["m03"], 0), new Table(["m01", "m02"], 10)],
        };
        Assert.True(breakfast.IsInvited("m03"));
        Assert.False(breakfast.IsInvited("M03"));
        Assert.Equal(RsvpAnswer.Accepted, breakfast.AnswerOf("m02"));
        Assert.Null(breakfast.AnswerOf("m01"));
        Assert.Empty(breakfast.Answered(RsvpAnswer.Tentative));
        Assert.Equal(0, breakfast.TableOf("m03"));
        Assert.Equal(1, breakfast.TableOf("m02"));
        Assert.Equal(-1, breakfast.TableOf("m09"));
        Assert.False(breakfast.IsRecorded);
        Assert.True((breakfast with { HistoryRound = 0 }).IsRecorded);
        Assert.Equal(_start.AddHours(2), breakfast.End);
    }

    [Fact]
    public void Choosing_invitees_refuses_bad_requests_by_name_and_without_topics_considers_everyone()
    {
        var planner = new BreakfastPlanner();
        var cohort = BreakfastWorkflowTests.Cohort(6);
        var day = new DateOnly(2027, 3, 1);
        Assert.Contains("Topic 'golf' is not in the topic catalog.", Assert.Throws<ArgumentException>(() => planner.ChooseInvitees(cohort, ["golf"], 4, day)).Message, StringComparison.Ordinal);
        Assert.Contains("A breakfast needs at least 2 invitees, not 1.", Assert.Throws<ArgumentException>(() => planner.ChooseInvitees(cohort, [], 1, day)).Message, StringComparison.Ordinal);
        Assert.Contains("No member with id 'm99' in the cohort.", Assert.Throws<ArgumentException>(() => planner.ChooseInvitees(cohort, [], 4, day, around: "m99")).Message, StringComparison.Ordinal);

        var two = planner.ChooseInvitees(cohort, [], 2, day);
        Assert.Equal(2, two.Count);
        Assert.Empty(planner.ChooseInvitees(cohort, ["cloud-migration"], 3, day));
        var aroundHost = planner.ChooseInvitees(cohort, ["cybersecurity"], 3, day, around: "m06");
        Assert.Contains("m06", aroundHost);
        Assert.InRange(aroundHost.Count, 2, 3);
    }
}
