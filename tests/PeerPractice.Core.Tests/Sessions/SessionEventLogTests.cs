using Microsoft.Extensions.Time.Testing;
using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Sessions;

public sealed class SessionEventLogTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Every_appended_event_is_raised_once_in_order_including_timer_events()
    {
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock);
        var raised = new List<SessionEvent>();
        session.EventAppended += (_, e) => raised.Add(e.Event);

        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        session.Start();
        _clock.Advance(TimeSpan.FromMinutes(4));
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.False(session.TryStart().Accepted);

        Assert.Equal(["AgreementAcknowledged", "AgreementAcknowledged", "SessionStarted", "TimeboxWarning", "TimeboxExpired"], raised.Select(e => e.GetType().Name));
        Assert.Equal(session.Events.Skip(1), raised);
        Assert.Equal([2L, 3, 4, 5, 6], raised.Select(e => e.Sequence));
    }

    [Fact]
    public void Events_since_a_version_returns_only_the_newer_ones()
    {
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock);
        session.Acknowledge("alex", "confidentiality");
        var seen = session.Version;
        session.Acknowledge("sam", "confidentiality");
        session.Start();

        var newer = session.EventsSince(seen);

        Assert.Equal([3L, 4], newer.Select(e => e.Sequence));
        Assert.Equal(session.Events, session.EventsSince(0));
        Assert.Empty(session.EventsSince(session.Version));
    }

    [Fact]
    public void The_timer_dispatcher_receives_timer_callbacks_instead_of_running_them_inline()
    {
        var queued = new List<Action>();
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock, new SessionOptions { TimerDispatch = queued.Add, WarningFraction = 0 });
        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        session.Start();

        _clock.Advance(TimeSpan.FromMinutes(5));
        Assert.Empty(session.Events.OfType<TimeboxExpired>());
        var callback = Assert.Single(queued);
        callback();

        Assert.Single(session.Events.OfType<TimeboxExpired>());
    }
}
