using PeerPractice.Agendas;
using PeerPractice.Orleans;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Facilitation.Runners;

/// <summary>
/// The session runs in its grain on a cluster; this host only sends commands and keeps a copy of the
/// session rebuilt from the events the grain stored (<see cref="AgendaSession.Replay"/>), so the
/// screen shows exactly what the store holds. Events the grain's own timer raised between two calls
/// are read back by sequence number.
/// </summary>
internal sealed class GrainRunner : ISessionRunner
{
    private readonly ISessionGrain _grain;
    private readonly ISessionClockGrain _ticks;
    private readonly AgendaDefinition _agenda;
    private readonly IReadOnlyList<Participant> _participants;
    private readonly SessionOptions _options;
    private readonly TimeProvider _clock;
    private readonly List<SessionEvent> _events = [];
    private AgendaSession? _session;

    private GrainRunner(IGrainFactory grains, string id, AgendaDefinition agenda, IReadOnlyList<Participant> participants, SessionOptions options, TimeProvider clock)
    {
        Id = id;
        _grain = grains.GetGrain<ISessionGrain>(id);
        _ticks = grains.GetGrain<ISessionClockGrain>(id);
        _agenda = agenda;
        _participants = participants;
        // A follower of the grain's log: the grain's own timer raises warnings and expiries as events.
        _options = options with { EnableTimers = false };
        _clock = clock;
    }

    public string Id { get; }

    public AgendaSession Session => _session ?? throw new InvalidOperationException("The session has no events yet.");

    private long Version => _events.Count;

    /// <summary>Starts the prepared session on its grain (the grain builds its own from the same agenda and participants).</summary>
    public static async Task<GrainRunner> StartAsync(IGrainFactory grains, string id, AgendaSession prepared, string agendaJson, SessionClock clock, HostSettings settings)
    {
        var runner = new GrainRunner(grains, id, prepared.Agenda, [.. prepared.Participants], settings.ToOptions(), clock);
        var reply = await runner._grain.Start(new SessionStartRequest(
            agendaJson,
            [.. prepared.Participants.Select(p => new ParticipantMessage(p.Id, p.Name, p.Role))],
            settings.AutoAdvance,
            settings.WarningFraction));
        if (reply.Refusal == SessionRefusal.AlreadyExists)
        {
            throw new StoreException(StoreErrorKind.AlreadyExists, reply.Reason ?? $"Session {id} already exists.");
        }

        if (!reply.Accepted)
        {
            throw new StoreException(StoreErrorKind.WriteFailed, $"The cluster did not start session {id}: {reply.Reason}");
        }

        await runner.TakeAsync(reply);
        return runner;
    }

    /// <summary>Continues a stored session through its grain, which rebuilds it from the store on activation.</summary>
    public static async Task<GrainRunner> ResumeAsync(IGrainFactory grains, StoredSession row, AgendaDefinition agenda, SessionClock clock, HostSettings settings)
    {
        var runner = new GrainRunner(grains, row.Id, agenda, row.Participants, settings.ToOptions(), clock);
        var events = await runner._grain.ReadFrom(1);
        if (events.Length > 0)
        {
            clock.ContinueFrom(row.ResumeClockFrom(events[^1].ToEvent().At));
        }

        runner.Append(events);
        return runner;
    }

    public async ValueTask<CommandResult> ExecuteAsync(SessionCommand command)
    {
        var reply = await _grain.Execute(command);
        await TakeAsync(reply);
        return reply.Refusal switch
        {
            SessionRefusal.None => CommandResult.Ok,
            SessionRefusal.UnknownSession => throw new StoreException(StoreErrorKind.NotFound, reply.Reason ?? $"No session {Id}."),
            SessionRefusal.StoreFailed => throw new StoreException(StoreErrorKind.WriteFailed, reply.Reason ?? "The store failed; nothing was recorded."),
            _ => CommandResult.Refused(reply.Reason ?? reply.Refusal.ToString()),
        };
    }

    public async ValueTask PollAsync()
    {
        var reply = await _ticks.Poll();
        if (reply.Refusal == SessionRefusal.StoreFailed)
        {
            throw new StoreException(StoreErrorKind.WriteFailed, reply.Reason ?? "The store failed; nothing was recorded.");
        }

        await TakeAsync(reply);
    }

    // The grain keeps the time shown itself (when polled after the clock moved, and when it deactivates).
    public ValueTask SaveClockAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync()
    {
        _session?.Dispose();
        _session = null;
        return ValueTask.CompletedTask;
    }

    /// <summary>Adds what the reply stored; when the grain's timer stored events in between, reads them all back from the version this copy has.</summary>
    private async Task TakeAsync(SessionReply reply)
    {
        if (reply.Version == Version + reply.Events.Length)
        {
            Append(reply.Events);
        }
        else if (reply.Version > Version)
        {
            Append(await _grain.ReadFrom(Version + 1));
        }
    }

    private void Append(IEnumerable<SessionEventMessage> events)
    {
        var from = _events.Count;
        foreach (var message in events.Where(e => e.Sequence == Version + 1))
        {
            _events.Add(message.ToEvent());
        }

        if (_events.Count == from)
        {
            return;
        }

        // Apply only the new events to the copy already built; replaying the whole log after every
        // command grew with the session.
        if (_session is null)
        {
            _session = AgendaSession.Replay(_agenda, _participants, _clock, _events, _options);
        }
        else
        {
            _session.CatchUp(_events.Skip(from));
        }
    }
}
