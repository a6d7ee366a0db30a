using System;
using System.Threading;
using System.Threading.Tasks;
using PeerPractice.Agendas;

namespace PeerPractice.Sessions;

/// <summary>
/// A session engine bound to its durable log: the one way a host (a console, a grain, a web server)
/// runs an <see cref="AgendaSession"/> so that nothing it acknowledged is lost. Each command's events
/// are appended to the <see cref="ISessionStore"/> (one atomic append that names the version it
/// continues) before <see cref="ExecuteAsync"/> returns, and <see cref="ResumeAsync"/> rebuilds the
/// same session from the log. The session arms no timers: the host calls <see cref="PollAsync"/>.
/// </summary>
/// <remarks>
/// Not thread-safe: one caller at a time (a grain's turn, a console's loop). After a
/// <see cref="StoreException"/> from a write, the engine may be ahead of its log: dispose this object
/// and resume from the store.
/// </remarks>
public sealed class DurableSession : IAsyncDisposable
{
    private readonly ISessionStore _store;
    private readonly IAsyncDisposable? _claim;
    private long _persisted;
    private DateTimeOffset _clockSaved;

    private DurableSession(string id, AgendaSession session, TimeProvider clock, ISessionStore store, IAsyncDisposable? claim, long persisted)
    {
        Id = id;
        Session = session;
        Clock = clock;
        _store = store;
        _claim = claim;
        _persisted = persisted;
        _clockSaved = clock.GetUtcNow();
    }

    /// <summary>The session id in the store.</summary>
    public string Id { get; }

    /// <summary>The engine: read its state freely; change it only through <see cref="ExecuteAsync"/> and <see cref="PollAsync"/>.</summary>
    public AgendaSession Session { get; }

    /// <summary>The clock the session runs on.</summary>
    public TimeProvider Clock { get; }

    /// <summary>
    /// How often <see cref="PollAsync"/> keeps the time shown (one write each time): every second by
    /// default, so a quit or a crash loses at most a second; a cluster of many sessions may choose longer.
    /// </summary>
    public TimeSpan ClockSaveInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The sequence number of the last event known to be in the store.</summary>
    public long Version => _persisted;

    /// <summary>
    /// Claims <paramref name="id"/> (when <paramref name="claim"/>) and stores a prepared session with
    /// its first events in one call; it is resumable from here on.
    /// </summary>
    /// <param name="store">Where the log is kept.</param>
    /// <param name="id">The new session's id.</param>
    /// <param name="session">The engine, as created (<see cref="AgendaSession.TryCreate"/>) on the clock it will run on.</param>
    /// <param name="agendaJson">The agenda's JSON, stored so a resumed session runs exactly this agenda.</param>
    /// <param name="clock">The clock <paramref name="session"/> runs on.</param>
    /// <param name="hostData">Opaque text the host keeps with the session (see <see cref="StoredSession.HostData"/>).</param>
    /// <param name="relationshipId">The relationship this session belongs to (see <see cref="StoredSession.RelationshipId"/>), if any.</param>
    /// <param name="claim">Whether to hold the store's claim (<see cref="ISessionStore.ClaimAsync"/>) until disposed; a host that already guarantees one writer (an Orleans activation) passes false and relies on the expected-version check.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>The durable session; dispose it to release the claim.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorKind.AlreadyExists"/> when the id is taken (also when another writer is creating it right now).</exception>
    public static async ValueTask<DurableSession> StartAsync(ISessionStore store, string id, AgendaSession session, string agendaJson, TimeProvider clock, string? hostData = null, string? relationshipId = null, bool claim = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(session);
        ArgumentNullException.ThrowIfNull(agendaJson);
        ArgumentNullException.ThrowIfNull(clock);
        if (await store.FindAsync(id, cancellationToken).ConfigureAwait(false) is not null)
        {
            throw StoreException.SessionAlreadyExists(id);
        }

        IAsyncDisposable? held = null;
        if (claim)
        {
            try
            {
                held = await store.ClaimAsync(id, cancellationToken).ConfigureAwait(false);
            }
            catch (StoreException e) when (e.Kind == StoreErrorKind.SessionInUse)
            {
                throw new StoreException(StoreErrorKind.AlreadyExists, StoreException.SessionAlreadyExists(id).Message, e);
            }
        }

        try
        {
            var row = new StoredSession(id, session.Agenda.Id, agendaJson, session.Participants, clock.GetUtcNow(), hostData) { RelationshipId = relationshipId };
            await store.CreateAsync(row, session.Events, cancellationToken).ConfigureAwait(false);
            return new DurableSession(id, session, clock, store, held, session.Version);
        }
        catch
        {
            if (held is not null)
            {
                await held.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>
    /// Claims a stored session (when <paramref name="claim"/>; a second writer is refused with
    /// <see cref="StoreErrorKind.SessionInUse"/>) and rebuilds it from its log; <paramref name="clock"/>
    /// continues from the last recorded event or the last time shown, whichever is later.
    /// </summary>
    /// <param name="store">Where the log is kept.</param>
    /// <param name="row">The session, from <see cref="ISessionStore.FindAsync"/>.</param>
    /// <param name="agenda">Its agenda, parsed from <see cref="StoredSession.AgendaJson"/>.</param>
    /// <param name="clock">The clock to run on; moved to where the log stopped.</param>
    /// <param name="options">The engine's options (as the session was started with).</param>
    /// <param name="claim">Whether to hold the store's claim until disposed (see <see cref="StartAsync"/>).</param>
    /// <param name="cancellationToken">Cancels the claim and the read.</param>
    /// <returns>The durable session at the end of its log.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorKind.SessionInUse"/> when another writer holds it; read errors.</exception>
    /// <exception cref="SessionRestoreException">The log does not replay on <paramref name="agenda"/>.</exception>
    public static async ValueTask<DurableSession> ResumeAsync(ISessionStore store, StoredSession row, AgendaDefinition agenda, SessionClock clock, SessionOptions? options = null, bool claim = true, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(row);
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(clock);
        var held = claim ? await store.ClaimAsync(row.Id, cancellationToken).ConfigureAwait(false) : null;
        try
        {
            var events = await store.ReadAsync(row.Id, 1, cancellationToken).ConfigureAwait(false);
            if (events.Count > 0)
            {
                clock.ContinueFrom(row.ResumeClockFrom(events[^1].At));
            }

            var session = AgendaSession.Replay(agenda, row.Participants, clock, events, options);
            return new DurableSession(row.Id, session, clock, store, held, events.Count);
        }
        catch
        {
            if (held is not null)
            {
                await held.DisposeAsync().ConfigureAwait(false);
            }

            throw;
        }
    }

    /// <summary>
    /// Runs one library command (<see cref="AgendaSession.TryExecute"/>) and, when accepted, appends
    /// its events to the store before returning.
    /// </summary>
    /// <param name="command">The command.</param>
    /// <param name="cancellationToken">Cancels before the append.</param>
    /// <returns>Accepted (and durable), or refused with the reason (nothing written).</returns>
    /// <exception cref="StoreException">The append failed; the command is not recorded (see the remarks).</exception>
    public async ValueTask<CommandResult> ExecuteAsync(SessionCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var result = Session.TryExecute(command);
        await PersistAsync(cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>
    /// Raises the warnings and expiries that are due on the session's clock and appends them; keeps
    /// the time shown at most once per <see cref="ClockSaveInterval"/>.
    /// </summary>
    /// <param name="cancellationToken">Cancels before the writes.</param>
    /// <returns>A task that completes once the raised events are durable.</returns>
    public async ValueTask PollAsync(CancellationToken cancellationToken = default)
    {
        Session.Poll();
        await PersistAsync(cancellationToken).ConfigureAwait(false);
        if (Clock.GetUtcNow() - _clockSaved >= ClockSaveInterval)
        {
            await SaveClockAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Keeps the time the clock shows now (<see cref="ISessionStore.SaveClockAsync"/>), when it moved since last kept.</summary>
    /// <param name="cancellationToken">Cancels before the write.</param>
    /// <returns>A task that completes once the time is durable.</returns>
    public async ValueTask SaveClockAsync(CancellationToken cancellationToken = default)
    {
        var now = Clock.GetUtcNow();
        if (now > _clockSaved)
        {
            await _store.SaveClockAsync(Id, now, cancellationToken).ConfigureAwait(false);
            _clockSaved = now;
        }
    }

    /// <summary>Keeps the time shown last, then releases the claim and the engine. A failure to keep the time is ignored: the session resumes from its last event.</summary>
    /// <returns>A task that completes once released.</returns>
    public async ValueTask DisposeAsync()
    {
        try
        {
            await SaveClockAsync().ConfigureAwait(false);
        }
        catch (StoreException)
        {
            // The session stays resumable from its last event; callers already report storage failures.
        }

        if (_claim is not null)
        {
            await _claim.DisposeAsync().ConfigureAwait(false);
        }

        Session.Dispose();
    }

    private async ValueTask PersistAsync(CancellationToken cancellationToken)
    {
        if (Session.Version == _persisted)
        {
            return;
        }

        // One command's events in one append, after the store checks nobody else appended.
        _persisted = await _store.AppendAsync(Id, _persisted, Session.EventsSince(_persisted), cancellationToken).ConfigureAwait(false);
    }
}
