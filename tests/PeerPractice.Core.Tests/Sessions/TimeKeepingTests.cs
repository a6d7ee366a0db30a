using Microsoft.Extensions.Time.Testing;
using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>Expiry is settled at each deadline, in order, however late the poll that finds it (issue 12, defect 7).</summary>
public sealed class TimeKeepingTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    private AgendaSession StartedBrainstorm(bool timers)
    {
        var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock, new SessionOptions { AutoAdvance = true, EnableTimers = timers });
        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        session.Start();
        return session;
    }

    [Fact]
    public void A_poll_past_the_deadline_credits_the_turn_its_timebox_and_no_more()
    {
        using var session = StartedBrainstorm(timers: false);

        _clock.Advance(TimeSpan.FromMinutes(6));
        session.Poll();

        // Alex's 5:00 turn ends at 5:00; Sam's response has run for the sixth minute.
        Assert.Equal([TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1)], session.SpeakingTimes.Select(t => t.Time));
        Assert.Equal(TurnPhase.Responding, session.TurnPhase);
        Assert.Equal(TimeSpan.FromMinutes(2), session.TimeLeft);
        Assert.Equal(_clock.Start.AddMinutes(5), Assert.Single(session.Events.OfType<TimeboxExpired>()).At);
        Assert.Equal(_clock.Start.AddMinutes(5), Assert.Single(session.Events.OfType<TurnEnded>()).At);
        Assert.Equal(TimeSpan.Zero, session.ItemTimes[0].Overrun);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void A_long_gap_runs_through_every_turn_it_covers_each_credited_exactly_its_time(bool timers)
    {
        using var session = StartedBrainstorm(timers);

        // 16 minutes of item 1 (5 + 3 + 5 + 3), 6 of item 2 (3 + 3), then one minute into item 3.
        _clock.Advance(TimeSpan.FromMinutes(23));
        session.Poll();

        Assert.Equal("whats-being-done", session.CurrentItem!.Id);
        Assert.Equal(Alex, session.CurrentSpeaker);
        Assert.Equal(TimeSpan.FromMinutes(3), session.TimeLeft);
        Assert.Equal([TimeSpan.FromMinutes(12), TimeSpan.FromMinutes(11)], session.SpeakingTimes.Select(t => t.Time));
        Assert.Equal([16, 6, 1, 0], session.ItemTimes.Select(i => (int)i.Spent.TotalMinutes));
        Assert.All(session.ItemTimes, i => Assert.Equal(TimeSpan.Zero, i.Overrun));
        var ended = session.Events.OfType<TurnEnded>().ToList();
        Assert.Equal(6, ended.Count);
        Assert.All(ended, e => Assert.True(e.Automatic));
        Assert.Equal([5, 8, 13, 16, 19, 22], ended.Select(e => (int)(e.At - _clock.Start).TotalMinutes));

        // The rebuilt session agrees, event by event.
        using var replayed = AgendaSession.Replay(PeerBrainstorm, Pair, _clock, session.Events, new SessionOptions { AutoAdvance = true, EnableTimers = false });
        Assert.Equal(session.StateFingerprint(), replayed.StateFingerprint());
    }

    [Fact]
    public void Without_auto_advance_a_late_poll_dates_the_expiry_at_the_deadline_and_the_overrun_keeps_counting()
    {
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock, new SessionOptions { EnableTimers = false });
        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        session.Start();

        _clock.Advance(TimeSpan.FromMinutes(7));
        session.Poll();

        Assert.Equal(_clock.Start.AddMinutes(5), Assert.Single(session.Events.OfType<TimeboxExpired>()).At);
        Assert.Equal(Alex, session.CurrentSpeaker);
        Assert.Equal(TimeSpan.FromMinutes(2), session.Overrun);
        Assert.Equal(TimeSpan.FromMinutes(7), session.SpeakingTimes[0].Time);
    }
}
