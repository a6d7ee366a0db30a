using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Sessions;

public sealed class SessionAllocationTests
{
    [Fact]
    public void An_agenda_machine_transition_allocates_nothing()
    {
        var position = new AgendaPosition { Phase = AgendaPhase.InItem, ItemIndex = 0 };
        AgendaMachine.Fire(ref position, AgendaTrigger.Pause, 4, true);
        AgendaMachine.Fire(ref position, AgendaTrigger.Resume, 4, true);

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1000; i++)
        {
            AgendaMachine.Fire(ref position, AgendaTrigger.ItemCompleted, 4, true);
            AgendaMachine.Fire(ref position, AgendaTrigger.Back, 4, true);
            AgendaMachine.Fire(ref position, AgendaTrigger.Pause, 4, true);
            AgendaMachine.Fire(ref position, AgendaTrigger.Resume, 4, true);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.Equal(0, position.ItemIndex);
    }

    [Fact]
    public void Session_commands_allocate_nothing_while_the_event_log_has_room()
    {
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider();
        using var session = AgendaSession.Create(PeerBrainstorm, Pair, clock, new SessionOptions { EnableTimers = false });
        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        session.Start();

        // Grow the log past 1,024 entries (capacity 2,048), then stay below 2,048: no growth, so no allocation at all.
        RunCycles(session, 260);
        Assert.InRange(session.Version, 1025, 1048);
        var before = GC.GetAllocatedBytesForCurrentThread();
        RunCycles(session, 240);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        Assert.Equal(0, allocated);
        Assert.InRange(session.Version, 1985, 2048);
    }

    private static void RunCycles(AgendaSession session, int cycles)
    {
        for (var i = 0; i < cycles; i++)
        {
            Assert.True(session.TrySkipItem().Accepted);
            Assert.True(session.TryGoBack().Accepted);
            Assert.True(session.TryPause().Accepted);
            Assert.True(session.TryResume().Accepted);
        }
    }
}
