using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PeerPractice.Sessions;

/// <summary>
/// An <see cref="ISessionStore"/> in memory, for tests and small apps whose sessions need not
/// outlive the process. It keeps events encoded exactly as a durable engine does (private notes
/// encrypted), so it passes the same conformance suite.
/// </summary>
public sealed partial class InMemorySessionStore : ISessionStore, IDisposable
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, Entry> _sessions = new(StringComparer.Ordinal);
    private readonly HashSet<string> _claimed = new(StringComparer.Ordinal);
    private readonly SessionEventCodec _codec;

    /// <summary>Creates an empty store.</summary>
    /// <param name="keys">The note key; an <see cref="EphemeralNoteKey"/> when null.</param>
    public InMemorySessionStore(INoteKeyProvider? keys = null)
    {
        _codec = SessionEventCodec.Open(keys ?? new EphemeralNoteKey(), null, "the in-memory store");
    }

    /// <summary>Every stored byte of a session's log, as an engine would keep it (for tests that scan for plain text).</summary>
    /// <param name="sessionId">The session.</param>
    /// <returns>The encoded events.</returns>
    public IReadOnlyList<EncodedEvent> StoredEvents(string sessionId)
    {
        lock (_gate)
        {
            return _sessions.TryGetValue(sessionId, out var entry) ? [.. entry.Events] : [];
        }
    }

    /// <inheritdoc />
    public ValueTask CreateAsync(StoredSession session, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        cancellationToken.ThrowIfCancellationRequested();
        var encoded = _codec.EncodeAppend(session.Id, 0, events);
        lock (_gate)
        {
            if (_sessions.ContainsKey(session.Id))
            {
                throw StoreException.SessionAlreadyExists(session.Id);
            }

            var stored = session with { Status = StoredSession.StatusAfter(SessionStatus.Open, events), Version = events.Count, ClockAt = null };
            _sessions.Add(session.Id, new Entry(stored, [.. encoded]));
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<long> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        cancellationToken.ThrowIfCancellationRequested();
        var encoded = _codec.EncodeAppend(sessionId, expectedVersion, events);
        lock (_gate)
        {
            var entry = _sessions.TryGetValue(sessionId, out var found) ? found : throw StoreException.SessionNotFound(sessionId);
            if (entry.Session.Version != expectedVersion)
            {
                throw StoreException.StaleSequence(sessionId, expectedVersion, entry.Session.Version);
            }

            entry.Events.AddRange(encoded);
            entry.Session = entry.Session with { Version = expectedVersion + events.Count, Status = StoredSession.StatusAfter(entry.Session.Status, events) };
            return ValueTask.FromResult(entry.Session.Version);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<SessionEvent>> ReadAsync(string sessionId, long fromSequence = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        cancellationToken.ThrowIfCancellationRequested();
        EncodedEvent[] stored;
        lock (_gate)
        {
            stored = _sessions.TryGetValue(sessionId, out var entry) ? [.. entry.Events.Where(e => e.Sequence >= fromSequence)] : [];
        }

        return ValueTask.FromResult<IReadOnlyList<SessionEvent>>([.. stored.Select(e => _codec.Decode(sessionId, e))]);
    }

    /// <inheritdoc />
    public ValueTask<StoredSession?> FindAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_sessions.TryGetValue(sessionId, out var entry) ? entry.Session : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<StoredSession>> ListAsync(SessionQuery? query = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        query ??= SessionQuery.All;
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<StoredSession>>([.. _sessions.Values.Select(e => e.Session).Where(query.Matches).OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal)]);
        }
    }

    /// <inheritdoc />
    public ValueTask SaveClockAsync(string sessionId, DateTimeOffset shownAt, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var entry = _sessions.TryGetValue(sessionId, out var found) ? found : throw StoreException.SessionNotFound(sessionId);
            if (entry.Session.ClockAt is not { } previous || shownAt > previous)
            {
                entry.Session = entry.Session with { ClockAt = shownAt };
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IAsyncDisposable> ClaimAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_claimed.Add(sessionId))
            {
                throw StoreException.SessionInUse(sessionId, "this store");
            }
        }

        return ValueTask.FromResult<IAsyncDisposable>(new Claim(this, sessionId));
    }

    /// <inheritdoc />
    public void Dispose() => _codec.Dispose();

    private void Release(string sessionId)
    {
        lock (_gate)
        {
            _claimed.Remove(sessionId);
        }
    }

    private sealed class Entry(StoredSession session, List<EncodedEvent> events)
    {
        public StoredSession Session { get; set; } = session;

        public List<EncodedEvent> Events { get; } = events;
    }

    private sealed class Claim(InMemorySessionStore store, string sessionId) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                store.Release(sessionId);
            }

            return ValueTask.CompletedTask;
        }
    }
}
