using System.Collections.Concurrent;
using System.Collections.Immutable;
using Microsoft.AspNetCore.SignalR;
using PeerPractice.Agendas;
using PeerPractice.Orleans;
using PeerPractice.Sessions;

namespace PeerPractice.WebHost.Live;

/// <summary>
/// The sessions this host shows: one grain subscription per session (the observer), its read model,
/// and the pushes to each participant's SignalR group in sequence order. A gap that the batch does not
/// fill is caught up from the grain (<see cref="ISessionGrain.ReadFrom"/>).
/// </summary>
public sealed class LiveSessions : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Task<LiveSession?>>> _sessions = new(StringComparer.Ordinal);
    private readonly IGrainFactory _grains;
    private readonly ISessionStore _store;
    private readonly IHubContext<SessionHub> _hub;
    private readonly TimeProvider _time;
    private readonly ISessionObserver _observer;

    // Orleans holds an observer object weakly: this field keeps it alive as long as the host.
    private readonly Observer _observerTarget;

    public LiveSessions(IGrainFactory grains, ISessionStore store, IHubContext<SessionHub> hub, SessionTime time)
    {
        _grains = grains;
        _store = store;
        _hub = hub;
        _time = time.Provider;
        _observerTarget = new Observer(this);
        _observer = grains.CreateObjectReference<ISessionObserver>(_observerTarget);
    }

    public static string GroupOf(string sessionId, string participantId) => $"{sessionId}/{participantId}";

    public DateTimeOffset Now => _time.GetUtcNow();

    /// <summary>The session's read model, subscribed and caught up; null when no session has this id or it is not one of this host's.</summary>
    public async Task<LiveSession?> GetAsync(string sessionId)
    {
        var lazy = _sessions.GetOrAdd(sessionId, id => new Lazy<Task<LiveSession?>>(() => LoadAsync(id)));
        var live = await lazy.Value;
        if (live is null)
        {
            _sessions.TryRemove(sessionId, out _);
        }

        return live;
    }

    /// <summary>Catches a session up from the grain (after a command, so the caller's answer reflects it).</summary>
    public async Task RefreshAsync(LiveSession live)
    {
        ArgumentNullException.ThrowIfNull(live);
        var events = await _grains.GetGrain<ISessionGrain>(live.Id).ReadFrom(live.Version + 1);
        await ReceiveAsync(live, events);
    }

    /// <summary>Renews every subscription (they lapse after <c>SessionGrainOptions.SubscriptionLifetime</c>) and catches up.</summary>
    public async Task RenewAsync()
    {
        foreach (var lazy in _sessions.Values.ToList())
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully && lazy.Value.Result is { } live && !IsClosed(live))
            {
                var missed = await _grains.GetGrain<ISessionGrain>(live.Id).Subscribe(_observer, live.Version + 1);
                await ReceiveAsync(live, missed);
            }
        }
    }

    public void Dispose()
    {
        foreach (var lazy in _sessions.Values)
        {
            if (lazy.IsValueCreated && lazy.Value.IsCompletedSuccessfully)
            {
                lazy.Value.Result?.Dispose();
            }
        }
    }

    private static bool IsClosed(LiveSession live)
    {
        var last = live.EventsAfter(live.Version - 1);
        return last.Count > 0 && last[^1] is SessionFinished or SessionAbandoned;
    }

    private async Task<LiveSession?> LoadAsync(string sessionId)
    {
        var row = await _store.FindAsync(sessionId);
        if (row is null || HostRecord.FromJson(StoredSessionSettings.HostDataOf(row)) is not { } host)
        {
            return null;
        }

        var parsed = AgendaLoader.Parse(row.AgendaJson, $"<agenda of session {row.Id}>");
        if (!parsed.Succeeded)
        {
            return null;
        }

        var live = new LiveSession(row, parsed.Value!, host);
        var events = await _grains.GetGrain<ISessionGrain>(sessionId).Subscribe(_observer, 1);
        live.Add(events, out _);
        return live;
    }

    private async Task OnEventsAsync(string sessionId, ImmutableArray<SessionEventMessage> events)
    {
        if (_sessions.TryGetValue(sessionId, out var lazy) && lazy.IsValueCreated && await lazy.Value is { } live)
        {
            await ReceiveAsync(live, events);
        }
    }

    private async Task ReceiveAsync(LiveSession live, IReadOnlyList<SessionEventMessage> events)
    {
        if (events.Count == 0)
        {
            return;
        }

        await live.Gate.WaitAsync();
        try
        {
            var added = new List<SessionEventMessage>(live.Add(events, out var gap));
            if (gap)
            {
                added.AddRange(live.Add(await _grains.GetGrain<ISessionGrain>(live.Id).ReadFrom(live.Version + 1), out _));
            }

            if (added.Count == 0)
            {
                return;
            }

            var now = Now;
            foreach (var participant in live.Participants)
            {
                var batch = new PushBatch([.. added.Select(e => LiveSession.ForParticipant(e, participant.Id))], live.ViewFor(participant.Id, now));
                await _hub.Clients.Group(GroupOf(live.Id, participant.Id)).SendAsync("events", batch);
            }

            var organiserBatch = new PushBatch([.. added.Select(e => LiveSession.ForParticipant(e, null))], live.ViewFor(null, now));
            await _hub.Clients.Group(GroupOf(live.Id, SessionHub.OrganiserGroup)).SendAsync("events", organiserBatch);
        }
        finally
        {
            live.Gate.Release();
        }
    }

    /// <summary>The grain observer: one-way, so it hands off and returns.</summary>
    private sealed class Observer(LiveSessions owner) : ISessionObserver
    {
        public Task OnEvents(string sessionId, ImmutableArray<SessionEventMessage> events)
        {
            _ = Task.Run(() => owner.OnEventsAsync(sessionId, events));
            return Task.CompletedTask;
        }
    }
}

/// <summary>Renews the grain subscriptions before they lapse.</summary>
public sealed class SubscriptionRenewal(LiveSessions sessions, ILogger<SubscriptionRenewal> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(1));
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await sessions.RenewAsync();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                WebLog.RenewFailed(logger, e);
            }
        }
    }
}
