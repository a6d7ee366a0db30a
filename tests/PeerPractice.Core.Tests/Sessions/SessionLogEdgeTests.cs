using Microsoft.Extensions.Time.Testing;
using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>
/// What a session's log and read-outs promise at their edges: every accepted command moves the log's clock
/// (so a replayed event dated before it is refused), polls append only what is due in a running item, a
/// replayed warning counts as raised, a view of the events keeps its length, and the creation and snapshot
/// refusals say what is wrong. The oracle is the log itself, compared event by event.
/// </summary>
public sealed class SessionLogEdgeTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);
    private static readonly SessionOptions NoTimers = new() { EnableTimers = false };
    private readonly FakeTimeProvider _clock = new(Start);

    private AgendaSession Started()
    {
        var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock, NoTimers);
        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        session.Start();
        return session;
    }

    [Theory]
    [InlineData("acknowledge")]
    [InlineData("skip")]
    [InlineData("go back")]
    [InlineData("extend")]
    [InlineData("note")]
    [InlineData("action item")]
    public void A_replayed_event_dated_before_the_command_it_follows_is_refused(string command)
    {
        using var live = command == "acknowledge" ? AgendaSession.Create(PeerBrainstorm, Pair, _clock, NoTimers) : Started();
        if (command == "go back")
        {
            live.SkipItem();
        }

        _clock.Advance(TimeSpan.FromMinutes(10));
        switch (command)
        {
            case "acknowledge": live.Acknowledge("alex", "confidentiality"); break;
            case "skip": live.SkipItem(); break;
            case "go back": live.GoBack(); break;
            case "extend": live.Extend(TimeSpan.FromMinutes(1)); break;
            case "note": live.AddNote("alex", "An idea", NoteVisibility.Shareable); break;
            default: live.AddActionItem("sam", "Call the vendor", null); break;
        }

        var earlier = Start.AddMinutes(5);
        SessionEvent late = command == "acknowledge" ? new AgreementAcknowledged(live.Version + 1, earlier, "sam", "confidentiality") : new SessionPaused(live.Version + 1, earlier);

        var error = Assert.Throws<SessionRestoreException>(() => AgendaSession.Replay(PeerBrainstorm, Pair, _clock, [.. live.Events, late], NoTimers));

        Assert.Equal($"Event {late.Sequence} is dated 2026-03-02T08:05:00.0000000+00:00, before the event it follows.", error.Message);
    }

    [Fact]
    public void A_second_creation_event_in_a_log_is_refused_by_its_type()
    {
        using var live = AgendaSession.Create(PeerBrainstorm, Pair, _clock, NoTimers);

        var error = Assert.Throws<SessionRestoreException>(() => AgendaSession.Replay(PeerBrainstorm, Pair, _clock, [.. live.Events, new SessionCreated(2, Start, "peer-brainstorm", 2, "alex")], NoTimers));

        Assert.Equal("Event 2 (SessionCreated) cannot be applied: 'SessionCreated' cannot appear here.", error.Message);
    }

    [Fact]
    public void Each_participants_acknowledgement_is_their_own_the_first_participants_included()
    {
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock, NoTimers);

        session.Acknowledge("alex", "confidentiality");

        Assert.Equal((true, false), (session.HasAcknowledged("alex", "confidentiality"), session.HasAcknowledged("sam", "confidentiality")));
        Assert.False(session.HasAcknowledged("alex", "no-selling"));
    }

    [Fact]
    public void A_view_of_the_events_keeps_its_length_while_the_session_runs_on()
    {
        using var session = Started();
        var events = session.Events;

        session.Next();

        Assert.Equal(4, events.Count);
        Assert.Throws<ArgumentOutOfRangeException>(() => events[4]);
        Assert.IsType<TurnEnded>(session.Events[4]);
    }

    [Fact]
    public void The_log_refuses_to_read_past_its_last_entry()
    {
        var log = new EventLog();
        log.Append(new EventEntry(EventKind.Started, false, -1, -1, Start.UtcTicks, 0));

        Assert.Equal(EventKind.Started, log[0].Kind);
        Assert.Throws<ArgumentOutOfRangeException>(() => log[1]);
    }

    [Fact]
    public void A_poll_before_the_start_or_while_paused_appends_nothing()
    {
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock, NoTimers);
        _clock.Advance(TimeSpan.FromMinutes(10));
        session.Poll();
        Assert.Equal(1, session.Version);

        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        session.Start();
        session.Pause();
        _clock.Advance(TimeSpan.FromMinutes(10));
        session.Poll();

        Assert.Equal(5, session.Version);
        Assert.IsType<SessionPaused>(session.Events[^1]);
    }

    [Theory]
    [InlineData("wrap-up")]
    [InlineData("finished")]
    [InlineData("abandoned")]
    public void Outside_a_running_item_a_poll_long_after_the_last_timebox_appends_nothing(string where)
    {
        // Every item is left early, the last one minute in; polls in the wrap-up and after the close must not
        // warn or expire a turn that is over.
        using var session = Started();
        foreach (var _ in PeerBrainstorm.Items.Skip(1))
        {
            session.SkipItem();
        }

        _clock.Advance(TimeSpan.FromMinutes(1));
        session.SkipItem();
        Assert.Equal(AgendaPhase.WrapUp, session.Phase);
        switch (where)
        {
            case "finished": session.Finish(); break;
            case "abandoned": session.Abandon(); break;
        }

        var version = session.Version;
        _clock.Advance(TimeSpan.FromHours(2));
        session.Poll();

        Assert.Equal(version, session.Version);
    }

    [Fact]
    public void A_replayed_warning_counts_as_raised_and_the_expiry_still_follows()
    {
        using var live = Started();
        _clock.Advance(TimeSpan.FromMinutes(4));
        live.Poll();
        Assert.IsType<TimeboxWarning>(live.Events[^1]);

        using var replayed = AgendaSession.Replay(PeerBrainstorm, Pair, _clock, live.Events, NoTimers);
        replayed.Poll();
        Assert.Equal(5, replayed.Version);

        _clock.Advance(TimeSpan.FromMinutes(1));
        replayed.Poll();

        Assert.Equal(new TimeboxExpired(6, Start.AddMinutes(5), "biggest-problem"), replayed.Events[^1]);
    }

    [Fact]
    public void A_command_after_a_polled_warning_is_never_dated_before_it_even_when_the_clock_steps_back()
    {
        var clock = new SteppingClock { Now = Start };
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers);
        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        session.Start();
        clock.Now = Start.AddMinutes(4);
        session.Poll();
        Assert.IsType<TimeboxWarning>(session.Events[^1]);

        clock.Now = Start.AddMinutes(3);
        session.Next();

        Assert.Equal(Start.AddMinutes(4), session.Events[^1].At);
    }

    [Fact]
    public void In_the_wrap_up_the_last_turns_timebox_is_gone()
    {
        using var session = Started();
        foreach (var _ in PeerBrainstorm.Items)
        {
            session.SkipItem();
        }

        Assert.Equal((AgendaPhase.WrapUp, TimeSpan.Zero), (session.Phase, session.TurnTimebox));
    }

    [Theory]
    [InlineData("finish")]
    [InlineData("skip")]
    [InlineData("go back")]
    public void Leaving_an_item_during_an_overrun_turn_counts_the_overrun_to_that_item(string command)
    {
        using var session = Started();
        var item = command == "go back" ? 1 : 0;
        if (command == "go back")
        {
            session.SkipItem();
        }

        // The first item's turn has five minutes, the second's three: both run two minutes over.
        _clock.Advance(TimeSpan.FromMinutes(item == 0 ? 7 : 5));
        switch (command)
        {
            case "finish": session.Finish(); break;
            case "skip": session.SkipItem(); break;
            default: session.GoBack(); break;
        }

        Assert.Equal(TimeSpan.FromMinutes(2), session.ItemTimes[item].Overrun);
    }

    [Fact]
    public void A_blank_snapshot_and_a_version_below_one_are_refused_by_name()
    {
        Assert.Equal("The snapshot is empty.", Assert.Throws<SessionRestoreException>(() => AgendaSession.Restore(" \n", PeerBrainstorm, _clock)).Message);
        Assert.Equal("The snapshot version 0 is not valid.", Assert.Throws<SessionRestoreException>(() => AgendaSession.Restore("""{"version":0}""", PeerBrainstorm, _clock)).Message);
    }

    [Fact]
    public void Creation_refusals_name_the_range_the_person_and_the_option_at_fault()
    {
        string? reason;
        Assert.False(AgendaSession.TryCreate(Breakfast, People(Breakfast, 2), _clock, NoTimers, out _, out reason));
        Assert.Equal("Agenda 'cio-breakfast' takes 3 to 8 participants; 2 were given.", reason);
        Assert.False(AgendaSession.TryCreate(PeerBrainstorm, [Alex, null!], _clock, NoTimers, out _, out reason));
        Assert.Equal("A participant is null.", reason);
        Assert.False(AgendaSession.TryCreate(PeerBrainstorm, [Alex, new("alex", "Alex Again")], _clock, NoTimers, out _, out reason));
        Assert.Equal("Participant ids must be non-empty and unique; 'alex' is not.", reason);
        Assert.False(AgendaSession.TryCreate(PeerBrainstorm, Pair, _clock, NoTimers with { FirstOpenerId = "kim" }, out _, out reason));
        Assert.Equal("The first opener 'kim' is not a participant.", reason);
        Assert.False(AgendaSession.TryCreate(PeerBrainstorm, Pair, _clock, NoTimers with { WarningFraction = 1.5 }, out _, out reason));
        Assert.Equal("SessionOptions.WarningFraction must be between 0 (no warnings) and 1, not 1.5.", reason);
    }

    [Fact]
    public void A_warning_fraction_of_one_warns_as_the_turn_starts()
    {
        Assert.True(AgendaSession.TryCreate(PeerBrainstorm, Pair, _clock, NoTimers with { WarningFraction = 1 }, out var session, out _));
        using (session)
        {
            session.Acknowledge("alex", "confidentiality");
            session.Acknowledge("sam", "confidentiality");
            session.Start();
            session.Poll();

            Assert.Equal(new TimeboxWarning(5, Start, "biggest-problem", TimeSpan.FromMinutes(5)), session.Events[^1]);
        }
    }

    /// <summary>A wall clock that can be set anywhere, also back, as a host's clock can after a correction.</summary>
    private sealed class SteppingClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
