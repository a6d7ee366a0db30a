using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PeerPractice.Sessions;

/// <summary>
/// Where sessions and their event logs are kept. A session's log is a stream of
/// <see cref="SessionEvent"/>s numbered 1, 2, 3... without gaps; each command's events are appended
/// in one atomic call that names the sequence number the writer expects to be last (optimistic
/// concurrency): of two writers, one wins and the other gets <see cref="StoreErrorKind.StaleSequence"/>,
/// never a torn log. Private note text is encrypted by the library (<see cref="SessionEventCodec"/>)
/// before an engine sees it. Every failure is a <see cref="StoreException"/> after which nothing of
/// the call was written. Implementations are safe to call from several threads.
/// </summary>
public interface ISessionStore
{
    /// <summary>Stores a new session with the first events of its log (usually <see cref="SessionCreated"/>), in one transaction.</summary>
    /// <param name="session">The session; its status, version and clock are ignored.</param>
    /// <param name="events">Its first events, numbered from 1; may be empty.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>A task that completes once the session is durable.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorKind.AlreadyExists"/> when the id is taken.</exception>
    ValueTask CreateAsync(StoredSession session, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Appends one command's events atomically, after checking the log ends at <paramref name="expectedVersion"/>.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="expectedVersion">The sequence number the writer saw last (0 for an empty log); the events must be numbered from the next one on.</param>
    /// <param name="events">The events, in order.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>The new version (the last event's sequence number).</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorKind.StaleSequence"/> when another writer appended first; <see cref="StoreErrorKind.NotFound"/> for an unknown session.</exception>
    ValueTask<long> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Reads a session's events from <paramref name="fromSequence"/> on, in order, private notes decrypted.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="fromSequence">The first sequence number to return (1 for the whole log).</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The events; empty for an unknown session.</returns>
    ValueTask<IReadOnlyList<SessionEvent>> ReadAsync(string sessionId, long fromSequence = 1, CancellationToken cancellationToken = default);

    /// <summary>Finds one session.</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The session, or null.</returns>
    ValueTask<StoredSession?> FindAsync(string sessionId, CancellationToken cancellationToken = default);

    /// <summary>Lists sessions, oldest first (then by id).</summary>
    /// <param name="query">Which sessions; null for all.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The matching sessions.</returns>
    ValueTask<IReadOnlyList<StoredSession>> ListAsync(SessionQuery? query = null, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records the last time a host showed for the session, so a resumed session's clock continues
    /// from there (<see cref="StoredSession.ResumeClockFrom"/>) rather than from its last event: time
    /// that passes without an event is not lost. Never moves the clock back.
    /// </summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="shownAt">The session time shown.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>A task that completes once the time is durable.</returns>
    ValueTask SaveClockAsync(string sessionId, DateTimeOffset shownAt, CancellationToken cancellationToken = default);

    /// <summary>
    /// Claims the session for one writer until the returned handle is disposed (or the process ends):
    /// a second claim, from this process or another, is refused with <see cref="StoreErrorKind.SessionInUse"/>.
    /// </summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="cancellationToken">Cancels the claim.</param>
    /// <returns>The claim; dispose it to release the session.</returns>
    ValueTask<IAsyncDisposable> ClaimAsync(string sessionId, CancellationToken cancellationToken = default);
}
