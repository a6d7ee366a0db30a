using PeerPractice.Agendas;
using PeerPractice.Orleans;
using PeerPractice.Sessions;

namespace PeerPractice.WebHost.Live;

/// <summary>
/// This host's read model of one session: its events in sequence order (from the grain's subscription)
/// and the session replayed from them (kept, and caught up with each new event), to build each person's view. One writer at a time (<see cref="Gate"/>).
/// </summary>
public sealed class LiveSession : IDisposable
{
    private readonly List<SessionEvent> _events = [];
    private readonly ViewClock _clock = new();
    private readonly PeerPractice.Sessions.SessionOptions _options;
    private AgendaSession? _replayed;

    public LiveSession(StoredSession row, AgendaDefinition agenda, HostRecord host)
    {
        ArgumentNullException.ThrowIfNull(row);
        Id = row.Id;
        Agenda = agenda;
        Host = host;
        Participants = row.Participants;
        _options = StoredSessionSettings.OptionsOf(row);
    }

    public string Id { get; }

    public AgendaDefinition Agenda { get; }

    public HostRecord Host { get; }

    public IReadOnlyList<Participant> Participants { get; }

    /// <summary>Held while events are added and pushed, so pushes leave in order.</summary>
    public SemaphoreSlim Gate { get; } = new(1, 1);

    public long Version => _events.Count == 0 ? 0 : _events[^1].Sequence;

    public DateTimeOffset? LastEventAt => _events.Count == 0 ? null : _events[^1].At;

    /// <summary>Adds the events that continue the log; returns them (those already held are dropped). Stops at a gap: the caller reads from the store.</summary>
    public IReadOnlyList<SessionEventMessage> Add(IEnumerable<SessionEventMessage> messages, out bool gap)
    {
        gap = false;
        var added = new List<SessionEventMessage>();
        foreach (var message in messages.OrderBy(m => m.Sequence))
        {
            if (message.Sequence <= Version)
            {
                continue;
            }

            if (message.Sequence != Version + 1)
            {
                gap = true;
                break;
            }

            _events.Add(message.ToEvent());
            added.Add(message);
        }

        if (added.Count > 0 && _replayed is not null)
        {
            // Keep the replayed session and apply only the new events: replaying the whole log on every
            // push made each push slower as the session grew.
            try
            {
                _replayed.CatchUp(_events.Skip(_events.Count - added.Count));
            }
            catch (SessionRestoreException)
            {
                _replayed.Dispose();
                _replayed = null;
            }
        }

        return added;
    }

    public IReadOnlyList<SessionEvent> EventsAfter(long sequence) => [.. _events.Where(e => e.Sequence > sequence)];

    /// <summary>The session replayed up to its last event, read at <paramref name="now"/> (never before its last event).</summary>
    public AgendaSession Replayed(DateTimeOffset now)
    {
        _clock.Now = LastEventAt is { } last && last > now ? last : now;
        _replayed ??= AgendaSession.Replay(Agenda, Participants, _clock, _events, _options);
        return _replayed;
    }

    public SessionView ViewFor(string? participantId, DateTimeOffset now) =>
        SessionViews.For(Replayed(now), Host.Title, Version, participantId, _options.WarningFraction);

    /// <summary>The events as <paramref name="participantId"/> may receive them: someone else's private note keeps only its number.</summary>
    public static PushedEvent ForParticipant(SessionEventMessage message, string? participantId)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (!message.IsPrivate)
        {
            return new PushedEvent(message.Sequence, message.Kind, message.Json);
        }

        var mine = participantId is not null && message.ToEvent() is NoteAdded { Note.Author: var author } && string.Equals(author, participantId, StringComparison.Ordinal);
        return mine ? new PushedEvent(message.Sequence, message.Kind, message.Json) : new PushedEvent(message.Sequence, "Withheld", null);
    }

    public void Dispose()
    {
        _replayed?.Dispose();
        Gate.Dispose();
    }

    /// <summary>The time a replayed session is read at: set before each read.</summary>
    private sealed class ViewClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; }

        public override DateTimeOffset GetUtcNow() => Now;
    }
}
