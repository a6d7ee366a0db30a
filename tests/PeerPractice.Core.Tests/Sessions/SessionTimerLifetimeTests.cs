using System.Text.Json.Nodes;
using Microsoft.Extensions.Time.Testing;
using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>
/// The one timer a session holds: created when the first item starts, pointed at the next warning, stopped
/// while paused, kept across turns, disposed when the session closes or a restore is refused, and never
/// created when the host turns timers off. The oracle is a clock that records every timer it hands out.
/// </summary>
public sealed class SessionTimerLifetimeTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_session_keeps_one_timer_stops_it_while_paused_and_disposes_it_when_closed()
    {
        var clock = new RecordingClock(Start);
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, clock);
        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        Assert.Empty(clock.Timers);

        session.Start();
        var timer = Assert.Single(clock.Timers);
        Assert.Equal(TimeSpan.FromMinutes(4), timer.Due); // the warning, with a fifth of the five minutes left

        session.Pause();
        Assert.Equal((Timeout.InfiniteTimeSpan, false), (timer.Due, timer.Disposed));

        session.Resume();
        session.Next();
        Assert.Same(timer, Assert.Single(clock.Timers));
        Assert.Equal((TimeSpan.FromMinutes(2.4), false), (timer.Due, timer.Disposed)); // the listeners' three minutes

        session.Finish();
        Assert.True(timer.Disposed);
        Assert.Single(clock.Timers);
    }

    [Fact]
    public void A_restore_takes_the_hosts_timer_setting_and_a_refused_restore_disposes_the_timer_it_armed()
    {
        using var live = AgendaSession.Create(PeerBrainstorm, Pair, new FakeTimeProvider(Start), new SessionOptions { EnableTimers = false });
        live.Acknowledge("alex", "confidentiality");
        live.Acknowledge("sam", "confidentiality");
        live.Start();
        var json = live.ToSnapshotJson();

        var quiet = new RecordingClock(Start);
        using (AgendaSession.Restore(json, PeerBrainstorm, quiet, new SessionOptions { EnableTimers = false }))
        {
            Assert.Empty(quiet.Timers);
        }

        var node = JsonNode.Parse(json)!.AsObject();
        node["state"]!["pausedTicks"] = 1;
        var refused = new RecordingClock(Start);
        Assert.Throws<SessionRestoreException>(() => AgendaSession.Restore(node.ToJsonString(), PeerBrainstorm, refused));
        Assert.True(Assert.Single(refused.Timers).Disposed);
    }

    [Fact]
    public void A_follower_that_catches_up_into_an_item_arms_its_timer_for_the_next_warning()
    {
        using var writer = AgendaSession.Create(PeerBrainstorm, Pair, new FakeTimeProvider(Start), new SessionOptions { EnableTimers = false });
        var clock = new RecordingClock(Start);
        using var follower = AgendaSession.Replay(PeerBrainstorm, Pair, clock, writer.Events);
        Assert.Empty(clock.Timers);
        writer.Acknowledge("alex", "confidentiality");
        writer.Acknowledge("sam", "confidentiality");
        writer.Start();

        Assert.Equal(3, follower.CatchUp(writer.Events));

        Assert.Equal(TimeSpan.FromMinutes(4), Assert.Single(clock.Timers).Due);
    }

    /// <summary>A fake clock that keeps every timer it creates, with the due time it was last given.</summary>
    private sealed class RecordingClock(DateTimeOffset start) : TimeProvider
    {
        private readonly FakeTimeProvider _inner = new(start);

        public List<RecordingTimer> Timers { get; } = [];

        public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            var timer = new RecordingTimer(_inner.CreateTimer(callback, state, dueTime, period), dueTime);
            Timers.Add(timer);
            return timer;
        }
    }

    private sealed class RecordingTimer(ITimer inner, TimeSpan due) : ITimer
    {
        public TimeSpan Due { get; private set; } = due;

        public bool Disposed { get; private set; }

        public bool Change(TimeSpan dueTime, TimeSpan period)
        {
            Due = dueTime;
            return inner.Change(dueTime, period);
        }

        public void Dispose()
        {
            Disposed = true;
            inner.Dispose();
        }

        public ValueTask DisposeAsync()
        {
            Dispose();
            return ValueTask.CompletedTask;
        }
    }
}
