using System.Collections.Immutable;
using System.Threading.Tasks;
using Orleans;

namespace PeerPractice.Orleans;

/// <summary>
/// One live session (the grain's key is the session id), owning one <c>DurableSession</c>. Each
/// accepted command's events are appended to the store before the call returns; activation rebuilds
/// the session from the store; the session's warnings and expiries are raised by a timer on the
/// session's own clock. Bad input is refused with a <see cref="SessionRefusal"/>; the grain never
/// faults on input.
/// </summary>
public interface ISessionGrain : IGrainWithStringKey
{
    /// <summary>Creates the session with its first events (refused when the id exists or the input is bad).</summary>
    /// <param name="request">The agenda, participants and options.</param>
    /// <returns>The reply with the first events.</returns>
    Task<SessionReply> Start(SessionStartRequest request);

    /// <summary>Runs one library command, given as its JSON (<c>SessionJsonContext</c>; see <see cref="SessionGrainExtensions.Execute"/>).</summary>
    /// <param name="commandJson">The command.</param>
    /// <param name="expectedVersion">The version the caller saw last, or null to run on whatever is current; a different version is refused with <see cref="SessionRefusal.StaleSequence"/>.</param>
    /// <returns>Accepted with the events stored, or refused with nothing recorded.</returns>
    Task<SessionReply> Execute(string commandJson, long? expectedVersion);

    /// <summary>The stored events from <paramref name="fromSequence"/> on: catching up after a gap or a reconnect.</summary>
    /// <param name="fromSequence">The first sequence number wanted (1 for all).</param>
    /// <returns>The events, in order (empty for an unknown session).</returns>
    Task<ImmutableArray<SessionEventMessage>> ReadFrom(long fromSequence);

    /// <summary>The sequence number the session's log ends at (0 for an unknown session).</summary>
    /// <returns>The version.</returns>
    Task<long> GetVersion();

    /// <summary>
    /// Subscribes (or renews) <paramref name="observer"/> and returns the events from
    /// <paramref name="fromSequence"/> on; every later event reaches it through <see cref="ISessionObserver.OnEvents"/>.
    /// </summary>
    /// <param name="observer">From <c>IGrainFactory.CreateObjectReference</c>.</param>
    /// <param name="fromSequence">The first event the subscriber has not seen.</param>
    /// <returns>The events it missed, in order.</returns>
    Task<ImmutableArray<SessionEventMessage>> Subscribe(ISessionObserver observer, long fromSequence);

    /// <summary>Ends a subscription.</summary>
    /// <param name="observer">The observer.</param>
    /// <returns>A task.</returns>
    Task Unsubscribe(ISessionObserver observer);
}
