using BenchmarkDotNet.Attributes;
using PeerPractice.Agendas;
using PeerPractice.Sessions;

namespace PeerPractice.Benchmarks.Sessions;

/// <summary>
/// The cost of one agenda transition, side by side: the session's agenda machine, the same machine on
/// Stateless 5.20.1, and the whole session command path (machine, time accounting, event log). Each
/// operation is the same four-transition cycle in steady state: item completed (to the next item),
/// go back, pause, resume.
/// </summary>
[MemoryDiagnoser]
public class SessionTransitionBenchmarks
{
    private const int CyclesPerSession = 128;

    private readonly AgendaDefinition _agenda = AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm);
    private AgendaPosition _position;
    private StatelessAgendaMachine _stateless = null!;
    private int _itemCount;
    private StatelessAgendaMachine _statelessFlat = null!;
    private AgendaPosition _flatPosition;

    [GlobalSetup]
    public void Setup()
    {
        _itemCount = _agenda.Items.Count;
        _position = new AgendaPosition { Phase = AgendaPhase.InItem, ItemIndex = 0 };
        _stateless = new StatelessAgendaMachine(_itemCount);
        _stateless.Fire(StatelessAgendaMachine.Trigger.Start);
        _statelessFlat = new StatelessAgendaMachine(_itemCount);
        _statelessFlat.Fire(StatelessAgendaMachine.Trigger.Start);
        _flatPosition = _position;
    }

    /// <summary>Pause and resume only: plain permits with no guards or entry actions, Stateless's cheapest path.</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public int Stateless_unguarded_transition()
    {
        _statelessFlat.Fire(StatelessAgendaMachine.Trigger.Pause);
        _statelessFlat.Fire(StatelessAgendaMachine.Trigger.Resume);
        _statelessFlat.Fire(StatelessAgendaMachine.Trigger.Pause);
        _statelessFlat.Fire(StatelessAgendaMachine.Trigger.Resume);
        return _statelessFlat.ItemIndex;
    }

    /// <summary>The same pause and resume on the session's agenda machine.</summary>
    [Benchmark(OperationsPerInvoke = 4)]
    public int AgendaMachine_unguarded_transition()
    {
        AgendaMachine.Fire(ref _flatPosition, AgendaTrigger.Pause, _itemCount, true);
        AgendaMachine.Fire(ref _flatPosition, AgendaTrigger.Resume, _itemCount, true);
        AgendaMachine.Fire(ref _flatPosition, AgendaTrigger.Pause, _itemCount, true);
        AgendaMachine.Fire(ref _flatPosition, AgendaTrigger.Resume, _itemCount, true);
        return _flatPosition.ItemIndex;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = 4)]
    public int Stateless_transition()
    {
        _stateless.Fire(StatelessAgendaMachine.Trigger.ItemCompleted);
        _stateless.Fire(StatelessAgendaMachine.Trigger.Back);
        _stateless.Fire(StatelessAgendaMachine.Trigger.Pause);
        _stateless.Fire(StatelessAgendaMachine.Trigger.Resume);
        return _stateless.ItemIndex;
    }

    [Benchmark(OperationsPerInvoke = 4)]
    public int AgendaMachine_transition()
    {
        AgendaMachine.Fire(ref _position, AgendaTrigger.ItemCompleted, _itemCount, true);
        AgendaMachine.Fire(ref _position, AgendaTrigger.Back, _itemCount, true);
        AgendaMachine.Fire(ref _position, AgendaTrigger.Pause, _itemCount, true);
        AgendaMachine.Fire(ref _position, AgendaTrigger.Resume, _itemCount, true);
        return _position.ItemIndex;
    }

    /// <summary>
    /// The public command path on a live session (skip, go back, pause, resume), each appending an event.
    /// A fresh session per invocation keeps the log bounded; its creation and the log's growth are
    /// amortized over the 512 transitions and show in the allocation column.
    /// </summary>
    [Benchmark(OperationsPerInvoke = 4 * CyclesPerSession)]
    public long Session_command()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        using var session = AgendaSession.Create(_agenda, [new Participant("a", "A"), new Participant("b", "B")], clock, new SessionOptions { EnableTimers = false });
        foreach (var agreement in _agenda.Agreements)
        {
            session.TryAcknowledge("a", agreement.Id);
            session.TryAcknowledge("b", agreement.Id);
        }

        session.TryStart();
        var tick = TimeSpan.FromSeconds(1);
        for (var i = 0; i < CyclesPerSession; i++)
        {
            clock.Advance(tick);
            session.TrySkipItem();
            session.TryGoBack();
            session.TryPause();
            session.TryResume();
        }

        return session.Version;
    }
}
