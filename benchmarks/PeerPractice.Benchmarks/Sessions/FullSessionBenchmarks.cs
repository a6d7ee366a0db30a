using BenchmarkDotNet.Attributes;
using PeerPractice.Agendas;
using PeerPractice.Sessions;

namespace PeerPractice.Benchmarks.Sessions;

/// <summary>The built-in peer brainstorm driven start to finish: agreements, every turn with a poll, notes, action items, finish.</summary>
[MemoryDiagnoser]
public class FullSessionBenchmarks
{
    private readonly AgendaDefinition _agenda = AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm);
    private readonly Participant[] _peers = [new("dana", "Dana"), new("marcus", "Marcus")];

    [Benchmark]
    public long Peer_brainstorm_start_to_finish()
    {
        var clock = new ManualClock(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));
        using var session = AgendaSession.Create(_agenda, _peers, clock, new SessionOptions { EnableTimers = false });
        foreach (var agreement in _agenda.Agreements)
        {
            session.Acknowledge("dana", agreement.Id);
            session.Acknowledge("marcus", agreement.Id);
        }

        session.Start();
        var minute = TimeSpan.FromMinutes(1);
        while (session.Phase == AgendaPhase.InItem)
        {
            // Four polls a turn, as a host's display loop would, crossing the warning and expiry points.
            for (var i = 0; i < 4; i++)
            {
                clock.Advance(minute);
                session.Poll();
            }

            session.Next();
        }

        session.AddNote("dana", "Shareable idea", NoteVisibility.Shareable);
        session.AddActionItem("marcus", "Send the runbook");
        session.Finish();
        return session.Version;
    }
}
