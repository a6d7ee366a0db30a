using System.Collections.Immutable;
using System.Threading.Tasks;
using Orleans;
using Orleans.Concurrency;

namespace PeerPractice.Orleans;

/// <summary>
/// Receives a session's events as they are stored. Delivery is one-way and batches may overtake each
/// other: a subscriber orders them by sequence number, ignores what it has, and on a gap that does not
/// fill (or after reconnecting) catches up with <see cref="ISessionGrain.ReadFrom"/>. Subscribe
/// again before <c>SessionGrainOptions.SubscriptionLifetime</c> ends (a web host does it on a timer).
/// </summary>
public interface ISessionObserver : IGrainObserver
{
    /// <summary>New events of the session, in order.</summary>
    /// <param name="sessionId">The session.</param>
    /// <param name="events">The events, numbered consecutively.</param>
    /// <returns>A task the grain does not wait for.</returns>
    [OneWay]
    Task OnEvents(string sessionId, ImmutableArray<SessionEventMessage> events);
}
