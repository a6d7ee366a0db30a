using System.Collections.Concurrent;
using System.Diagnostics;
using PeerPractice.Sessions;

// What the append costs on its own: the grain's store with each AppendAsync timed (from the grain's
// call to the store's acknowledgement, so with group commit it includes waiting for the batch).
internal sealed class TimedStore(ISessionStore inner) : ISessionStore
{
    public static ConcurrentQueue<double> Appends { get; } = new();

    /// <summary>Session creations (the grain's Start), timed the same way.</summary>
    public static ConcurrentQueue<double> Creations { get; } = new();

    public async ValueTask<long> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        var version = await inner.AppendAsync(sessionId, expectedVersion, events, cancellationToken);
        Appends.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return version;
    }

    public async ValueTask CreateAsync(StoredSession session, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken = default)
    {
        var started = Stopwatch.GetTimestamp();
        await inner.CreateAsync(session, events, cancellationToken);
        Creations.Enqueue(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    public ValueTask<IReadOnlyList<SessionEvent>> ReadAsync(string sessionId, long fromSequence = 1, CancellationToken cancellationToken = default) => inner.ReadAsync(sessionId, fromSequence, cancellationToken);

    public ValueTask<StoredSession?> FindAsync(string sessionId, CancellationToken cancellationToken = default) => inner.FindAsync(sessionId, cancellationToken);

    public ValueTask<IReadOnlyList<StoredSession>> ListAsync(SessionQuery? query = null, CancellationToken cancellationToken = default) => inner.ListAsync(query, cancellationToken);

    public ValueTask SaveClockAsync(string sessionId, DateTimeOffset shownAt, CancellationToken cancellationToken = default) => inner.SaveClockAsync(sessionId, shownAt, cancellationToken);

    public ValueTask<IAsyncDisposable> ClaimAsync(string sessionId, CancellationToken cancellationToken = default) => inner.ClaimAsync(sessionId, cancellationToken);
}
