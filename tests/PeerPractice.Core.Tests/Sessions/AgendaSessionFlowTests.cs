using Microsoft.Extensions.Time.Testing;
using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Sessions;

public sealed class AgendaSessionFlowTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    private AgendaSession NewBrainstorm(SessionOptions? options = null) => AgendaSession.Create(PeerBrainstorm, Pair, _clock, options);

    private static void AcknowledgeAll(AgendaSession session)
    {
        foreach (var participant in session.Participants)
        {
            foreach (var agreement in session.Agenda.Agreements)
            {
                session.Acknowledge(participant.Id, agreement.Id);
            }
        }
    }

    [Fact]
    public void A_new_session_is_not_started_and_logs_its_creation()
    {
        using var session = NewBrainstorm();

        Assert.Equal(AgendaPhase.NotStarted, session.Phase);
        Assert.Equal(-1, session.CurrentItemIndex);
        Assert.Null(session.CurrentItem);
        Assert.Equal(TurnPhase.None, session.TurnPhase);
        var created = Assert.IsType<SessionCreated>(Assert.Single(session.Events));
        Assert.Equal(("peer-brainstorm", 2, "alex", 1L), (created.AgendaId, created.ParticipantCount, created.OpenerId, created.Sequence));
    }

    [Fact]
    public void Start_is_refused_naming_who_has_not_acknowledged_and_changes_nothing()
    {
        using var session = NewBrainstorm();
        session.Acknowledge("alex", "confidentiality");
        var before = session.StateFingerprint();

        var result = session.TryStart();

        Assert.False(result.Accepted);
        Assert.Equal("cannot start: Sam has not acknowledged confidentiality", result.Reason);
        Assert.Equal(before, session.StateFingerprint());
        var thrown = Assert.Throws<SessionCommandException>(session.Start);
        Assert.Equal(result.Reason, thrown.Message);
    }

    [Fact]
    public void Acknowledging_twice_or_an_unknown_agreement_is_refused()
    {
        using var session = NewBrainstorm();
        session.Acknowledge("sam", "confidentiality");

        Assert.Equal("cannot acknowledge: Sam has already acknowledged confidentiality", session.TryAcknowledge("sam", "confidentiality").Reason);
        Assert.Equal("cannot acknowledge: agenda 'peer-brainstorm' has no agreement 'secrecy'", session.TryAcknowledge("sam", "secrecy").Reason);
        Assert.Equal("cannot acknowledge: there is no participant 'kim' in this session", session.TryAcknowledge("kim", "confidentiality").Reason);
        Assert.Equal(AgendaPhase.AgreementsPending, session.Phase);
    }

    [Fact]
    public void Turns_go_speaker_then_listener_response_and_the_opener_alternates_by_item()
    {
        using var session = NewBrainstorm();
        AcknowledgeAll(session);
        session.Start();

        var turns = new List<string>();
        while (session.Phase == AgendaPhase.InItem)
        {
            var floor = string.Join("+", session.FloorHolders.Select(p => p.Id));
            turns.Add($"{session.CurrentItem!.Id}:{session.TurnPhase}:{floor}");
            session.Next();
        }

        Assert.Equal(
            [
                "biggest-problem:Speaking:alex", "biggest-problem:Responding:sam", "biggest-problem:Speaking:sam", "biggest-problem:Responding:alex",
                "why-it-matters:Speaking:sam", "why-it-matters:Speaking:alex",
                "whats-being-done:Speaking:alex", "whats-being-done:Responding:sam", "whats-being-done:Speaking:sam", "whats-being-done:Responding:alex",
                "open-ideas:OpenFloor:alex+sam",
            ],
            turns);
        Assert.Equal(AgendaPhase.WrapUp, session.Phase);
        Assert.Empty(session.UnfinishedItemIds);
        session.Finish();
        Assert.True(session.IsClosed);
    }

    [Fact]
    public void The_current_speaker_is_alone_on_the_floor_and_the_other_listens()
    {
        using var session = NewBrainstorm();
        AcknowledgeAll(session);
        session.Start();

        Assert.Equal(Alex, session.CurrentSpeaker);
        Assert.Equal([Sam], session.Listeners);
        Assert.True(session.HoldsFloor("alex"));
        Assert.False(session.HoldsFloor("sam"));
        session.Next();
        Assert.Null(session.CurrentSpeaker);
        Assert.Equal([Sam], session.FloorHolders);
        Assert.Equal([Alex], session.Listeners);
    }

    [Fact]
    public void Time_is_kept_per_speaker_and_item_with_overrun_and_shares()
    {
        using var session = NewBrainstorm(new SessionOptions { EnableTimers = false });
        _clock.Advance(TimeSpan.FromMinutes(1));
        AcknowledgeAll(session);
        session.Start();
        _clock.Advance(TimeSpan.FromMinutes(6));
        Assert.Equal(TimeSpan.FromMinutes(-1), session.TimeLeft);
        Assert.Equal(TimeSpan.FromMinutes(1), session.Overrun);
        session.Next();
        _clock.Advance(TimeSpan.FromMinutes(2));

        var times = session.SpeakingTimes;
        Assert.Equal(TimeSpan.FromMinutes(6), times[0].Time);
        Assert.Equal(TimeSpan.FromMinutes(2), times[1].Time);
        Assert.Equal(0.75, times[0].Share, 6);
        var item = session.ItemTimes[0];
        Assert.Equal((TimeSpan.FromMinutes(8), TimeSpan.FromMinutes(16), TimeSpan.FromMinutes(1), ItemOutcome.Started), (item.Spent, item.Planned, item.Overrun, item.Outcome));
        Assert.Equal(TimeSpan.FromMinutes(1), session.OutsideItemsTime);
        Assert.Equal(TimeSpan.FromMinutes(9), session.Elapsed);
    }

    [Fact]
    public void Pause_freezes_the_turn_clock_and_counts_as_paused_time()
    {
        using var session = NewBrainstorm(new SessionOptions { EnableTimers = false });
        AcknowledgeAll(session);
        session.Start();
        _clock.Advance(TimeSpan.FromMinutes(2));
        session.Pause();
        _clock.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(TimeSpan.FromMinutes(3), session.TimeLeft);
        Assert.Equal("cannot move on: the session is paused; resume it first", session.TryNext().Reason);
        Assert.Equal("cannot pause: the session is already paused", session.TryPause().Reason);
        session.Resume();
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(TimeSpan.FromMinutes(2), session.TimeLeft);
        Assert.Equal(TimeSpan.FromMinutes(10), session.PausedTime);
        Assert.Equal(TimeSpan.FromMinutes(3), session.SpeakingTimes[0].Time);
    }

    [Fact]
    public void Timers_raise_a_warning_then_an_expiry_at_the_configured_point()
    {
        using var session = NewBrainstorm(new SessionOptions { WarningFraction = 0.2 });
        AcknowledgeAll(session);
        session.Start();

        _clock.Advance(TimeSpan.FromMinutes(3.9));
        Assert.DoesNotContain(session.Events, e => e is TimeboxWarning);
        _clock.Advance(TimeSpan.FromMinutes(0.1));
        var warning = Assert.Single(session.Events.OfType<TimeboxWarning>());
        Assert.Equal(("biggest-problem", TimeSpan.FromMinutes(1)), (warning.ItemId, warning.Left));
        Assert.Equal(_clock.Start.AddMinutes(4), warning.At);

        _clock.Advance(TimeSpan.FromMinutes(1));
        var expired = Assert.Single(session.Events.OfType<TimeboxExpired>());
        Assert.Equal(_clock.Start.AddMinutes(5), expired.At);
        Assert.Equal(TurnPhase.Speaking, session.TurnPhase);
    }

    [Fact]
    public void Auto_advance_ends_an_expired_turn_by_itself()
    {
        using var session = NewBrainstorm(new SessionOptions { AutoAdvance = true, WarningFraction = 0 });
        AcknowledgeAll(session);
        session.Start();

        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(TurnPhase.Responding, session.TurnPhase);
        var ended = Assert.IsType<TurnEnded>(session.Events[^1]);
        Assert.True(ended.Automatic);
        Assert.DoesNotContain(session.Events, e => e is TimeboxWarning);
        _clock.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(Sam, session.CurrentSpeaker);
    }

    [Fact]
    public void Extending_moves_the_expiry_and_rearms_the_warning()
    {
        using var session = NewBrainstorm();
        AcknowledgeAll(session);
        session.Start();
        _clock.Advance(TimeSpan.FromMinutes(4.5));
        session.Extend(TimeSpan.FromMinutes(2));

        Assert.Equal(TimeSpan.FromMinutes(2.5), session.TimeLeft);
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Single(session.Events.OfType<TimeboxWarning>());
        _clock.Advance(TimeSpan.FromMinutes(0.2));
        Assert.Empty(session.Events.OfType<TimeboxExpired>());
        Assert.Equal(2, session.Events.OfType<TimeboxWarning>().Count());
        _clock.Advance(TimeSpan.FromMinutes(2));
        Assert.Single(session.Events.OfType<TimeboxExpired>());
        Assert.Equal("cannot extend: the extension must be positive, not 0 min", session.TryExtend(TimeSpan.Zero).Reason);
    }

    [Fact]
    public void Skip_and_go_back_move_between_items_and_record_outcomes()
    {
        using var session = NewBrainstorm();
        AcknowledgeAll(session);
        session.Start();

        Assert.Equal("cannot go back: 'biggest-problem' is the first item", session.TryGoBack().Reason);
        session.SkipItem();
        Assert.Equal(1, session.CurrentItemIndex);
        session.GoBack();
        Assert.Equal(0, session.CurrentItemIndex);
        Assert.Equal(Alex, session.CurrentSpeaker);
        session.SkipItem();
        session.SkipItem();
        session.SkipItem();
        session.SkipItem();
        Assert.Equal(AgendaPhase.WrapUp, session.Phase);
        Assert.Equal("cannot move on during the wrap-up (finish or go back)", session.TryNext().Reason);
        session.GoBack();
        Assert.Equal("open-ideas", session.CurrentItem!.Id);
        session.Finish();

        Assert.Equal([ItemOutcome.Skipped, ItemOutcome.Skipped, ItemOutcome.Skipped, ItemOutcome.Started], session.ItemTimes.Select(i => i.Outcome));
        Assert.Equal(["biggest-problem", "why-it-matters", "whats-being-done", "open-ideas"], session.UnfinishedItemIds);
    }

    [Fact]
    public void Notes_and_action_items_attach_to_the_item_and_summaries_hold_only_shareable_notes()
    {
        using var session = NewBrainstorm();
        AcknowledgeAll(session);
        session.Start();
        session.AddNote("alex", "Our CFO wants ROI by March.");
        session.AddNote("sam", "Try a service catalogue first.", NoteVisibility.Shareable);
        session.AddActionItem("alex", "Send Sam the ROI template", new DateOnly(2026, 3, 16));

        Assert.Equal("cannot add a note: there is no participant 'kim' in this session", session.TryAddNote("kim", "x").Reason);
        Assert.Equal("cannot add an action item: the text is empty", session.TryAddActionItem("sam", " ").Reason);
        Assert.Equal(2, session.Notes.Count);
        Assert.All(session.Notes, n => Assert.Equal("biggest-problem", n.ItemId));
        var record = session.ToRecord();
        Assert.Equal("Try a service catalogue first.", Assert.Single(SessionNote.ShareableOf(record.Notes)).Text);
        Assert.Equal("Try a service catalogue first.", Assert.Single(session.ShareableNotes).Text);
        Assert.Equal(new ActionItem("alex", "Send Sam the ROI template", new DateOnly(2026, 3, 16), "biggest-problem"), Assert.Single(record.ActionItems));
    }

    [Fact]
    public void A_closed_session_refuses_everything_with_the_reason()
    {
        using var session = NewBrainstorm();
        session.Abandon();

        Assert.Equal("cannot start: the session is abandoned", session.TryStart().Reason);
        Assert.Equal("cannot add a note: the session is abandoned", session.TryAddNote("alex", "late").Reason);
        Assert.Equal("cannot abandon: the session is abandoned", session.TryAbandon().Reason);
        Assert.Equal(AgendaPhase.Abandoned, session.Phase);
    }

    [Fact]
    public void Commands_as_data_round_trip_through_json_and_run()
    {
        using var session = NewBrainstorm();
        SessionCommand[] commands =
        [
            new AcknowledgeCommand("alex", "confidentiality"), new AcknowledgeCommand("sam", "confidentiality"), new StartCommand(),
            new AddNoteCommand("sam", "note", NoteVisibility.Shareable), new ExtendCommand(TimeSpan.FromMinutes(1)), new NextCommand(),
        ];

        foreach (var command in commands)
        {
            var json = System.Text.Json.JsonSerializer.Serialize(command, SessionJsonContext.Default.SessionCommand);
            var back = System.Text.Json.JsonSerializer.Deserialize(json, SessionJsonContext.Default.SessionCommand);
            Assert.Equal(command, back);
            session.Execute(back!);
        }

        Assert.Equal(TurnPhase.Responding, session.TurnPhase);
    }

    [Fact]
    public void Role_items_give_the_floor_to_the_role_and_the_others_respond()
    {
        var people = People(SiteVisit, 3);
        using var session = AgendaSession.Create(SiteVisit, people, _clock);
        session.Start();
        session.Next();
        session.Next();
        session.Next();

        Assert.Equal("tour", session.CurrentItem!.Id);
        Assert.Equal([people[0]], session.FloorHolders);
        session.Next();
        Assert.Equal(TurnPhase.Responding, session.TurnPhase);
        Assert.Equal(people.Skip(1), session.FloorHolders);
    }

    [Fact]
    public void Round_robin_moves_the_opener_round_the_table()
    {
        var people = People(Breakfast, 3);
        using var session = AgendaSession.Create(Breakfast, people, _clock);
        AcknowledgeAll(session);
        session.Start();

        Assert.Equal("p0", session.CurrentSpeaker!.Id);
        session.SkipItem();
        Assert.Equal("p1", session.CurrentSpeaker!.Id);
    }

    [Fact]
    public void Create_refuses_participants_that_do_not_fit_the_agenda()
    {
        var tooMany = Assert.Throws<ArgumentException>(() => AgendaSession.Create(PeerBrainstorm, People(PeerBrainstorm, 3), _clock));
        Assert.StartsWith("Agenda 'peer-brainstorm' takes 2 to 2 participants; 3 were given.", tooMany.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AgendaSession.Create(PeerBrainstorm, [Alex, Alex], _clock));
        var noHost = Assert.Throws<ArgumentException>(() => AgendaSession.Create(SiteVisit, [new("v1", "V1", "visitor"), new("v2", "V2", "visitor")], _clock));
        Assert.Contains("item 'tour' is for role 'host'", noHost.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => AgendaSession.Create(PeerBrainstorm, Pair, _clock, new SessionOptions { FirstOpenerId = "kim" }));
        Assert.Throws<ArgumentOutOfRangeException>(() => AgendaSession.Create(PeerBrainstorm, Pair, _clock, new SessionOptions { WarningFraction = double.NaN }));
        Assert.Throws<ArgumentOutOfRangeException>(() => AgendaSession.Create(PeerBrainstorm, Pair, _clock, new SessionOptions { WarningFraction = 1.5 }));
    }
}
