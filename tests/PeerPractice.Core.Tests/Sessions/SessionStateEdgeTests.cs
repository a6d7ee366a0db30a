using Microsoft.Extensions.Time.Testing;
using PeerPractice.Agendas;
using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>
/// What a session shows between commands and what each command leaves in its log, at the edges the flow
/// tests pass over: the time of a skipped or left item, the refusals in every phase with their whole
/// text, the read-outs outside an item, and time while paused or before the start.
/// </summary>
public sealed class SessionStateEdgeTests
{
    private static readonly SessionOptions NoTimers = new() { EnableTimers = false };
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Skipping_and_going_back_log_the_item_left_and_count_its_time_to_it()
    {
        using var session = StartedBrainstorm(_clock);
        _clock.Advance(TimeSpan.FromMinutes(1));

        session.SkipItem();

        Assert.Equal(new ItemSkipped(session.Version, _clock.GetUtcNow(), "biggest-problem"), session.Events[^1]);
        Assert.Equal(TimeSpan.FromMinutes(1), session.ItemTimes[0].Spent);
        Assert.Equal(("why-it-matters", 0), (session.CurrentItem!.Id, session.TurnIndex));

        _clock.Advance(TimeSpan.FromMinutes(2));
        session.GoBack();

        Assert.Equal(new WentBack(session.Version, _clock.GetUtcNow(), "why-it-matters"), session.Events[^1]);
        Assert.Equal(TimeSpan.FromMinutes(2), session.ItemTimes[1].Spent);
        // The second item opens with Sam (alternate rotation): the two minutes are Sam's.
        Assert.Equal([TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(2)], session.SpeakingTimes.Select(s => s.Time));
        Assert.Equal(("biggest-problem", Alex, TurnPhase.Speaking), (session.CurrentItem!.Id, session.CurrentSpeaker, session.TurnPhase));
        using var replayed = AgendaSession.Replay(PeerBrainstorm, Pair, _clock, session.Events, session.Options);
        Assert.Equal(session.StateFingerprint(), replayed.StateFingerprint());
    }

    [Fact]
    public void A_manual_next_is_logged_as_not_automatic_and_an_action_item_is_logged()
    {
        using var session = StartedBrainstorm(_clock);

        session.Next();
        var ended = Assert.IsType<TurnEnded>(session.Events[^1]);
        Assert.Equal(("biggest-problem", false), (ended.ItemId, ended.Automatic));

        session.AddActionItem("sam", "Send the vendor list", new DateOnly(2026, 3, 9));
        var added = Assert.IsType<ActionItemAdded>(session.Events[^1]);
        Assert.Equal(new ActionItem("sam", "Send the vendor list", new DateOnly(2026, 3, 9), "biggest-problem"), added.ActionItem);
    }

    [Fact]
    public void Every_phase_refuses_what_it_cannot_do_with_the_whole_reason()
    {
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock, NoTimers);
        Assert.Equal("cannot extend before the session has started", session.TryExtend(TimeSpan.FromMinutes(1)).Reason);
        Assert.Equal("cannot skip before the session has started", session.TrySkipItem().Reason);
        Assert.Equal("cannot resume: the session is not paused", session.TryResume().Reason);

        session.Acknowledge("alex", "confidentiality");
        Assert.Equal("cannot extend while agreements are being acknowledged (start first)", session.TryExtend(TimeSpan.FromMinutes(1)).Reason);
        Assert.Equal("cannot go back while agreements are being acknowledged (start first)", session.TryGoBack().Reason);

        session.Acknowledge("sam", "confidentiality");
        session.Start();
        Assert.Equal("cannot start during item 'biggest-problem'", session.TryStart().Reason);
        Assert.Equal("cannot acknowledge during item 'biggest-problem'", session.TryAcknowledge("alex", "confidentiality").Reason);

        session.Pause();
        Assert.Equal("cannot skip: the session is paused; resume it first", session.TrySkipItem().Reason);
        Assert.Equal("cannot move on: the session is paused; resume it first", session.TryNext().Reason);
        session.Resume();

        for (var i = 0; i < PeerBrainstorm.Items.Count; i++)
        {
            session.SkipItem();
        }

        Assert.Equal("cannot extend during the wrap-up (finish or go back)", session.TryExtend(TimeSpan.FromMinutes(1)).Reason);
        Assert.Equal("cannot skip during the wrap-up (finish or go back)", session.TrySkipItem().Reason);

        session.Finish();
        Assert.Equal("cannot extend: the session is finished", session.TryExtend(TimeSpan.FromMinutes(1)).Reason);
        Assert.Equal("cannot move on: the session is finished", session.TryNext().Reason);
        Assert.Equal("cannot skip: the session is finished", session.TrySkipItem().Reason);
    }

    [Fact]
    public void An_abandoned_session_says_abandoned_not_finished()
    {
        using var session = StartedBrainstorm(_clock);

        session.Abandon();

        Assert.Equal("cannot move on: the session is abandoned", session.TryNext().Reason);
        Assert.Equal("cannot extend: the session is abandoned", session.TryExtend(TimeSpan.FromMinutes(1)).Reason);
        Assert.Equal((AgendaPhase.Abandoned, -1, -1), (session.Phase, session.CurrentItemIndex, session.TurnIndex));
    }

    [Fact]
    public void A_missing_acknowledgement_names_the_person_and_the_agreement_among_several()
    {
        var people = People(Breakfast, 3);
        using var session = AgendaSession.Create(Breakfast, people, _clock, NoTimers);
        foreach (var person in people)
        {
            session.Acknowledge(person.Id, "confidentiality");
        }

        session.Acknowledge("p0", "no-selling");
        session.Acknowledge("p1", "no-selling");

        Assert.Equal("cannot start: Person 2 has not acknowledged no-selling", session.TryStart().Reason);
        Assert.True(session.HasAcknowledged("p2", "confidentiality"));
        Assert.False(session.HasAcknowledged("p2", "no-selling"));
        Assert.False(session.HasAcknowledged("nobody", "confidentiality"));
        Assert.False(session.HasAcknowledged("p0", "no-such-agreement"));
    }

    [Fact]
    public void Outside_an_item_there_is_no_turn_no_floor_no_listener_and_no_timebox()
    {
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock, NoTimers);

        Assert.Equal((-1, -1, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero), (session.CurrentItemIndex, session.TurnIndex, session.TurnTimebox, session.TimeLeft, session.Overrun));
        Assert.Empty(session.Listeners);
        Assert.Empty(session.FloorHolders);
        Assert.Null(session.CurrentSpeaker);

        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        session.Start();
        for (var i = 0; i < PeerBrainstorm.Items.Count; i++)
        {
            session.SkipItem();
        }

        Assert.Equal((AgendaPhase.WrapUp, -1, -1, TimeSpan.Zero), (session.Phase, session.CurrentItemIndex, session.TurnIndex, session.TimeLeft));
        Assert.Empty(session.Listeners);
    }

    [Fact]
    public void On_an_open_floor_there_is_no_single_speaker()
    {
        using var session = StartedBrainstorm(_clock);
        for (var i = 0; i < 3; i++)
        {
            session.SkipItem();
        }

        Assert.Equal(("open-ideas", TurnPhase.OpenFloor), (session.CurrentItem!.Id, session.TurnPhase));
        Assert.Null(session.CurrentSpeaker);
        Assert.Equal(Pair, session.FloorHolders);
        Assert.Empty(session.Listeners);
    }

    [Fact]
    public void Time_left_counts_down_and_overrun_is_zero_until_the_timebox_is_spent()
    {
        using var session = StartedBrainstorm(_clock);
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal((TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(3), TimeSpan.Zero), (session.TurnTimebox, session.TimeLeft, session.Overrun));

        _clock.Advance(TimeSpan.FromMinutes(4));
        Assert.Equal((TimeSpan.FromMinutes(-1), TimeSpan.FromMinutes(1)), (session.TimeLeft, session.Overrun));
    }

    [Fact]
    public void Paused_time_grows_while_paused_and_speaking_time_and_item_time_stand_still()
    {
        using var session = StartedBrainstorm(_clock);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.FromMinutes(1), session.SpeakingTimes[0].Time);

        session.Pause();
        _clock.Advance(TimeSpan.FromMinutes(3));

        Assert.Equal(TimeSpan.FromMinutes(3), session.PausedTime);
        Assert.Equal(TimeSpan.FromMinutes(1), session.SpeakingTimes[0].Time);
        Assert.Equal(TimeSpan.FromMinutes(1), session.ItemTimes[0].Spent);
        Assert.Equal(TimeSpan.Zero, session.OutsideItemsTime);

        session.Resume();
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal((TimeSpan.FromMinutes(3), TimeSpan.FromMinutes(2)), (session.PausedTime, session.SpeakingTimes[0].Time));
    }

    [Fact]
    public void Time_before_the_first_item_is_outside_the_items_and_no_one_has_a_share_yet()
    {
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock, NoTimers);
        _clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(TimeSpan.FromMinutes(2), session.OutsideItemsTime);
        Assert.Equal([0.0, 0.0], session.SpeakingTimes.Select(s => s.Share));
        Assert.Equal(TimeSpan.Zero, session.PausedTime);

        session.Acknowledge("alex", "confidentiality");
        session.Pause();
        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Equal((TimeSpan.FromMinutes(2), TimeSpan.FromMinutes(5)), (session.OutsideItemsTime, session.PausedTime));
    }

    [Fact]
    public void A_closed_session_stops_its_clock()
    {
        using var session = StartedBrainstorm(_clock);
        _clock.Advance(TimeSpan.FromMinutes(4));
        session.Finish();
        var atFinish = (session.Elapsed, session.OutsideItemsTime, session.PausedTime, session.SpeakingTimes[0].Time);

        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(TimeSpan.FromMinutes(4), atFinish.Elapsed);
        Assert.Equal(atFinish, (session.Elapsed, session.OutsideItemsTime, session.PausedTime, session.SpeakingTimes[0].Time));
    }

    [Fact]
    public void A_clock_that_steps_back_does_not_run_the_session_backwards()
    {
        var clock = new SteppingClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers);
        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        clock.Now += TimeSpan.FromMinutes(2);
        session.Start();

        clock.Now -= TimeSpan.FromMinutes(1);

        Assert.Equal(TimeSpan.FromMinutes(2), session.Elapsed);
        Assert.Equal(TimeSpan.FromMinutes(5), session.TimeLeft);
        session.Next();
        Assert.Equal(new DateTimeOffset(2026, 3, 2, 8, 2, 0, TimeSpan.Zero), session.Events[^1].At);
    }

    [Fact]
    public void The_planned_time_of_an_open_item_has_no_response_when_everyone_holds_the_floor()
    {
        var agenda = PeerBrainstorm with
        {
            Sections =
            [
                new AgendaSection("talk", "Talk",
                [
                    new AgendaItem("open", "Anything", TurnPolicy.Open, TimeSpan.FromMinutes(10), new ResponsePhase(ResponseKind.Questions, TimeSpan.FromMinutes(2)), ""),
                    new AgendaItem("each", "Each", TurnPolicy.Each, TimeSpan.FromMinutes(4), new ResponsePhase(ResponseKind.Questions, TimeSpan.FromMinutes(2)), ""),
                ]),
            ],
        };

        using var session = AgendaSession.Create(agenda, Pair, _clock, NoTimers);

        Assert.Equal([TimeSpan.FromMinutes(10), TimeSpan.FromMinutes(12)], session.ItemTimes.Select(i => i.Planned));
    }

    [Fact]
    public void A_command_the_session_does_not_know_is_refused_by_name()
    {
        using var session = StartedBrainstorm(_clock);

        var result = session.TryExecute(new UnknownCommand());

        Assert.Equal((false, "cannot run: 'UnknownCommand' is not a session command"), (result.Accepted, result.Reason));
    }

    private sealed record UnknownCommand : SessionCommand;

    /// <summary>A wall clock that can be set anywhere, also back, as a host's clock can after a correction.</summary>
    private sealed class SteppingClock(DateTimeOffset start) : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = start;

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
