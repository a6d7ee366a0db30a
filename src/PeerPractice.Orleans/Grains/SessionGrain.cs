using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans;
using Orleans.Runtime;
using PeerPractice.Agendas;
using PeerPractice.Sessions;

namespace PeerPractice.Orleans.Grains;

/// <summary>
/// The session grain. Single writer: Orleans keeps one activation per session, and every append names
/// the version it continues, so a duplicate activation (during a partition) gets a stale-sequence
/// refusal from the store instead of forking the log; the loser reloads from the store. The store's
/// per-process claim is not taken (it would outlive a killed silo's activation in the same process).
/// </summary>
internal sealed partial class SessionGrain(ISessionStore store, IOptions<SessionGrainOptions> options, ILogger<SessionGrain> logger) : Grain, ISessionGrain, ISessionClockGrain
{
    private readonly SessionGrainOptions _options = options.Value;
    private readonly TimeProvider _time = options.Value.Clock ?? TimeProvider.System;
    private readonly Dictionary<ISessionObserver, DateTimeOffset> _observers = [];
    private DurableSession? _durable;
    private IGrainTimer? _timer;
    private DateTimeOffset _lastActivity;

    private string Id => this.GetPrimaryKeyString();

    private long Version => _durable?.Version ?? 0;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _lastActivity = _time.GetUtcNow();
        await Load(cancellationToken);
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await Unload();
    }

    public async Task<SessionReply> Start(SessionStartRequest request)
    {
        _lastActivity = _time.GetUtcNow();
        if (request is null || request.AgendaJson is null || request.Participants.IsDefault)
        {
            return SessionReply.Refused(SessionRefusal.Invalid, "A start request needs an agenda and participants.", Version);
        }

        if (request.AgendaJson.Length + (request.HostData?.Length ?? 0) > _options.MaxRequestLength)
        {
            return SessionReply.Refused(SessionRefusal.Oversized, $"The start request is over {_options.MaxRequestLength} characters.", Version);
        }

        if (_durable is not null || await store.FindAsync(Id) is not null)
        {
            return SessionReply.Refused(SessionRefusal.AlreadyExists, $"Session {Id} already exists.", Version);
        }

        var parsed = AgendaLoader.Parse(request.AgendaJson, $"<agenda of session {Id}>");
        if (!parsed.Succeeded)
        {
            return SessionReply.Refused(SessionRefusal.Invalid, "The agenda has problems: " + string.Join("; ", parsed.Problems.Where(p => p.IsError)), Version);
        }

        var people = request.Participants.Select(p => new Participant(p.Id, p.Name, p.Role)).ToList();
        var sessionOptions = Options(request.AutoAdvance, request.WarningFraction);
        var clock = SessionClock.FromSystem(_time);
        if (!AgendaSession.TryCreate(parsed.Value!, people, clock, sessionOptions, out var session, out var reason))
        {
            return SessionReply.Refused(SessionRefusal.Invalid, reason, Version);
        }

        var hostData = JsonSerializer.Serialize(new StoredSettings(request.AutoAdvance, sessionOptions.WarningFraction, request.HostData), OrleansJsonContext.Default.StoredSettings);
        try
        {
            _durable = await DurableSession.StartAsync(store, Id, session, request.AgendaJson, clock, hostData, claim: false);
        }
        catch (StoreException e) when (e.Kind == StoreErrorKind.AlreadyExists)
        {
            session.Dispose();
            await Reload();
            return SessionReply.Refused(SessionRefusal.AlreadyExists, e.Message, Version);
        }
        catch (StoreException e)
        {
            session.Dispose();
            SessionGrainLog.StoreFailed(logger, Id, e.Kind, e);
            return SessionReply.Refused(SessionRefusal.StoreFailed, e.Message, Version);
        }

        _durable.ClockSaveInterval = _options.ClockSaveInterval;
        var events = _durable.Session.EventsSince(0).Select(SessionEventMessage.From).ToImmutableArray();
        Publish(events);
        UpdateTimer();
        return new SessionReply(SessionRefusal.None, null, Version, events);
    }

    public async Task<SessionReply> Execute(string commandJson, long? expectedVersion)
    {
        _lastActivity = _time.GetUtcNow();
        if (_durable is null)
        {
            // A store failure may have left this activation without a session: try the store again.
            await Load(CancellationToken.None);
            if (_durable is null)
            {
                return SessionReply.Refused(SessionRefusal.UnknownSession, $"There is no session '{Id}'. Start it first.", 0);
            }
        }

        if (commandJson is null || commandJson.Length > _options.MaxRequestLength)
        {
            return SessionReply.Refused(commandJson is null ? SessionRefusal.Invalid : SessionRefusal.Oversized, $"A command is a JSON object of at most {_options.MaxRequestLength} characters.", Version);
        }

        if (expectedVersion is { } expected && expected != Version)
        {
            return SessionReply.Refused(SessionRefusal.StaleSequence, $"Session {Id} is at event {Version}, not {expected}: read the events since {expected} and decide again.", Version);
        }

        SessionCommand? command;
        try
        {
            command = JsonSerializer.Deserialize(commandJson, SessionJsonContext.Default.SessionCommand);
        }
        catch (JsonException e)
        {
            return SessionReply.Refused(SessionRefusal.Invalid, $"Not a session command: {e.Message}", Version);
        }
        catch (NotSupportedException e)
        {
            return SessionReply.Refused(SessionRefusal.Invalid, $"Not a session command: {e.Message}", Version);
        }

        if (command is null)
        {
            return SessionReply.Refused(SessionRefusal.Invalid, "Not a session command: null.", Version);
        }

        if (ParticipantOf(command) is { } who && !_durable.Session.Participants.Any(p => string.Equals(p.Id, who, StringComparison.Ordinal)))
        {
            return SessionReply.Refused(SessionRefusal.UnknownParticipant, $"'{who}' is not a participant of session {Id} ({string.Join(", ", _durable.Session.Participants.Select(p => p.Id))}).", Version);
        }

        var before = Version;
        CommandResult result;
        try
        {
            result = await _durable.ExecuteAsync(command);
        }
        catch (StoreException e)
        {
            // The engine ran ahead of its log: rebuild from the store, which holds exactly what was acknowledged.
            SessionGrainLog.StoreFailed(logger, Id, e.Kind, e);
            await Reload();
            return SessionReply.Refused(SessionRefusal.StoreFailed, e.Message, Version);
        }
        catch (ArgumentException e)
        {
            return SessionReply.Refused(SessionRefusal.Invalid, e.Message, Version);
        }

        if (!result.Accepted)
        {
            return SessionReply.Refused(SessionRefusal.Rejected, result.Reason ?? "refused", Version);
        }

        var events = _durable.Session.EventsSince(before).Select(SessionEventMessage.From).ToImmutableArray();
        Publish(events);
        UpdateTimer();
        return new SessionReply(SessionRefusal.None, null, Version, events);
    }

    public async Task<ImmutableArray<SessionEventMessage>> ReadFrom(long fromSequence)
    {
        if (_durable is not null)
        {
            return [.. _durable.Session.EventsSince(Math.Max(0, fromSequence - 1)).Select(SessionEventMessage.From)];
        }

        return [.. (await store.ReadAsync(Id, Math.Max(1, fromSequence))).Select(SessionEventMessage.From)];
    }

    public Task<long> GetVersion() => Task.FromResult(Version);

    public async Task<SessionReply> Poll()
    {
        _lastActivity = _time.GetUtcNow();
        if (_durable is null)
        {
            await Load(CancellationToken.None);
            if (_durable is null)
            {
                return SessionReply.Refused(SessionRefusal.UnknownSession, $"There is no session '{Id}'. Start it first.", 0);
            }
        }

        var before = Version;
        try
        {
            await _durable.PollAsync();
        }
        catch (StoreException e)
        {
            SessionGrainLog.StoreFailed(logger, Id, e.Kind, e);
            await Reload();
            return SessionReply.Refused(SessionRefusal.StoreFailed, e.Message, Version);
        }

        var events = _durable.Session.EventsSince(before).Select(SessionEventMessage.From).ToImmutableArray();
        Publish(events);
        UpdateTimer();
        return new SessionReply(SessionRefusal.None, null, Version, events);
    }

    public async Task<ImmutableArray<SessionEventMessage>> Subscribe(ISessionObserver observer, long fromSequence)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _lastActivity = _time.GetUtcNow();
        _observers[observer] = _time.GetUtcNow() + _options.SubscriptionLifetime;
        UpdateTimer();
        return await ReadFrom(fromSequence);
    }

    public Task Unsubscribe(ISessionObserver observer)
    {
        ArgumentNullException.ThrowIfNull(observer);
        _observers.Remove(observer);
        return Task.CompletedTask;
    }

    private static string? ParticipantOf(SessionCommand command) => command switch
    {
        AddNoteCommand note => note.AuthorId,
        AddActionItemCommand item => item.OwnerId,
        AcknowledgeCommand ack => ack.ParticipantId,
        _ => null,
    };

    internal static SessionOptions Options(bool autoAdvance, double? warningFraction) => new()
    {
        AutoAdvance = autoAdvance,
        WarningFraction = warningFraction ?? SessionOptions.Default.WarningFraction,
        EnableTimers = false,
    };

    private async Task Load(CancellationToken cancellationToken)
    {
        var row = await store.FindAsync(Id, cancellationToken);
        if (row is null)
        {
            return;
        }

        var parsed = AgendaLoader.Parse(row.AgendaJson, $"<stored agenda of session {Id}>");
        if (!parsed.Succeeded)
        {
            SessionGrainLog.Unreadable(logger, Id, string.Join("; ", parsed.Problems.Where(p => p.IsError)));
            return;
        }

        var settings = ReadSettings(row.HostData);
        _durable = await DurableSession.ResumeAsync(store, row, parsed.Value!, SessionClock.FromSystem(_time), Options(settings.AutoAdvance, settings.WarningFraction), claim: false, cancellationToken);
        _durable.ClockSaveInterval = _options.ClockSaveInterval;
        UpdateTimer();
    }

    private async Task Reload()
    {
        await Unload();
        try
        {
            await Load(CancellationToken.None);
        }
        catch (StoreException e)
        {
            // Left unloaded: the next call tries the store again.
            SessionGrainLog.StoreFailed(logger, Id, e.Kind, e);
        }
    }

    private async Task Unload()
    {
        _timer?.Dispose();
        _timer = null;
        if (_durable is not null)
        {
            var durable = _durable;
            _durable = null;
            await durable.DisposeAsync();
        }
    }

    internal static StoredSettings ReadSettings(string? hostData)
    {
        if (hostData is null)
        {
            return new StoredSettings(false, null, null);
        }

        try
        {
            return JsonSerializer.Deserialize(hostData, OrleansJsonContext.Default.StoredSettings) ?? new StoredSettings(false, null, null);
        }
        catch (JsonException)
        {
            // Another host's opaque data: the library's defaults.
            return new StoredSettings(false, null, null);
        }
    }

    /// <summary>Runs the timer only while the session runs and someone is there (recent commands or subscribers).</summary>
    private void UpdateTimer()
    {
        var now = _time.GetUtcNow();
        foreach (var expired in _observers.Where(o => o.Value < now).Select(o => o.Key).ToList())
        {
            _observers.Remove(expired);
        }

        var running = _durable is { Session: { IsClosed: false, Phase: not (AgendaPhase.NotStarted or AgendaPhase.AgreementsPending) } };
        var idle = _observers.Count == 0 && now - _lastActivity >= _options.IdleAfter;
        if (running && !idle)
        {
            _timer ??= this.RegisterGrainTimer(Tick, new GrainTimerCreationOptions(_options.TickInterval, _options.TickInterval) { KeepAlive = true });
        }
        else if (_timer is not null)
        {
            _timer.Dispose();
            _timer = null;
        }
    }

    private async Task Tick(CancellationToken cancellationToken)
    {
        if (_durable is null)
        {
            UpdateTimer();
            return;
        }

        var before = Version;
        try
        {
            await _durable.PollAsync(cancellationToken);
        }
        catch (StoreException e)
        {
            SessionGrainLog.StoreFailed(logger, Id, e.Kind, e);
            await Reload();
            return;
        }

        if (Version != before)
        {
            Publish([.. _durable.Session.EventsSince(before).Select(SessionEventMessage.From)]);
        }

        UpdateTimer();
    }

    private void Publish(ImmutableArray<SessionEventMessage> events)
    {
        if (events.IsEmpty)
        {
            return;
        }

        foreach (var observer in _observers.Keys)
        {
            // One-way: a slow or gone subscriber never holds the session up; it catches up by sequence.
            _ = observer.OnEvents(Id, events);
        }
    }
}
