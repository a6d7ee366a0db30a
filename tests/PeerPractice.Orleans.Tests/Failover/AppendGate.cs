using System.Collections.Concurrent;
using PeerPractice.Sessions;

namespace PeerPractice.Orleans.Tests.Failover;

/// <summary>Where a held append waits: before it reaches the database, or after the database committed it.</summary>
internal enum HoldPoint
{
    BeforeAppend,
    AfterCommit,

    /// <summary>Not held: the append fails as a lost connection would, before the database took anything.</summary>
    Fail,
}

/// <summary>
/// Holds one append of one session so a test can take its silo down while the command is in flight.
/// Keyed by session id; every silo's store consults the same gate (the silos share the test process).
/// </summary>
internal static class AppendGate
{
    private static readonly ConcurrentDictionary<string, Hold> _holds = new(StringComparer.Ordinal);

    public static Hold HoldNext(string sessionId, HoldPoint point)
    {
        var hold = new Hold(point);
        _holds[sessionId] = hold;
        return hold;
    }

    public static bool TryTake(string sessionId, out Hold hold) => _holds.TryRemove(sessionId, out hold!);

    internal sealed class Hold(HoldPoint point)
    {
        public HoldPoint Point { get; } = point;

        /// <summary>Set when the append got to the hold point.</summary>
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Set by the test to let the append go on.</summary>
        public TaskCompletionSource Released { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        /// <summary>Set when the held append is over, with whether the store took it.</summary>
        public TaskCompletionSource<bool> Finished { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}

/// <summary>The silo's real store, with appends held where <see cref="AppendGate"/> says.</summary>
internal sealed class GatedStore(ISessionStore inner) : ISessionStore
{
    public async ValueTask<long> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken = default)
    {
        if (!AppendGate.TryTake(sessionId, out var hold))
        {
            return await inner.AppendAsync(sessionId, expectedVersion, events, cancellationToken);
        }

        if (hold.Point == HoldPoint.Fail)
        {
            hold.Reached.TrySetResult();
            hold.Finished.TrySetResult(false);
            throw new StoreException(StoreErrorKind.WriteFailed, "The test's store failed this append.");
        }

        if (hold.Point == HoldPoint.BeforeAppend)
        {
            hold.Reached.TrySetResult();
            await hold.Released.Task;
            try
            {
                var appended = await inner.AppendAsync(sessionId, expectedVersion, events, cancellationToken);
                hold.Finished.TrySetResult(true);
                return appended;
            }
            catch (Exception)
            {
                hold.Finished.TrySetResult(false);
                throw;
            }
        }

        var version = await inner.AppendAsync(sessionId, expectedVersion, events, cancellationToken);
        hold.Reached.TrySetResult();
        await hold.Released.Task;
        hold.Finished.TrySetResult(true);
        return version;
    }

    public ValueTask CreateAsync(StoredSession session, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken = default) => inner.CreateAsync(session, events, cancellationToken);

    public ValueTask<IReadOnlyList<SessionEvent>> ReadAsync(string sessionId, long fromSequence = 1, CancellationToken cancellationToken = default) => inner.ReadAsync(sessionId, fromSequence, cancellationToken);

    public ValueTask<StoredSession?> FindAsync(string sessionId, CancellationToken cancellationToken = default) => inner.FindAsync(sessionId, cancellationToken);

    public ValueTask<IReadOnlyList<StoredSession>> ListAsync(SessionQuery? query = null, CancellationToken cancellationToken = default) => inner.ListAsync(query, cancellationToken);

    public ValueTask SaveClockAsync(string sessionId, DateTimeOffset shownAt, CancellationToken cancellationToken = default) => inner.SaveClockAsync(sessionId, shownAt, cancellationToken);

    public ValueTask<IAsyncDisposable> ClaimAsync(string sessionId, CancellationToken cancellationToken = default) => inner.ClaimAsync(sessionId, cancellationToken);
}
