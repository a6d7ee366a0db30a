using Microsoft.Extensions.Time.Testing;
using PeerPractice.Agendas;
using PeerPractice.Sessions;

namespace PeerPractice.Storage.Conformance;

/// <summary>Real sessions of a built-in agenda on a fake clock, so stores are tested with the events the engine really produces.</summary>
public static class SessionFixtures
{
    public const string Secret = "Our CFO is about to resign; nobody knows yet.";

    public static readonly Participant[] People = [new("alex", "Alex Chen"), new("sam", "Sam Okafor")];

    public static AgendaDefinition Agenda => AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm);

    public static (AgendaSession Session, FakeTimeProvider Clock) NewSession(IReadOnlyList<Participant>? people = null)
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero));
        var session = AgendaSession.Create(Agenda, people ?? People, clock, new SessionOptions { EnableTimers = false });
        return (session, clock);
    }

    public static StoredSession Row(string id, AgendaSession session, string? hostData = null) =>
        new(id, session.Agenda.Id, "{\"id\":\"" + session.Agenda.Id + "\"}", session.Participants, session.CreatedAt, hostData);

    /// <summary>Acknowledges every agreement and starts: several commands, each with its own events.</summary>
    public static IEnumerable<Action> Opening(AgendaSession session)
    {
        foreach (var participant in session.Participants)
        {
            foreach (var agreement in session.Agenda.Agreements)
            {
                yield return () => session.Acknowledge(participant.Id, agreement.Id);
            }
        }

        yield return session.Start;
    }
}
