using System.Collections.Immutable;
using System.Threading.Tasks;
using Orleans;
using Orleans.Concurrency;

namespace PeerPractice.Orleans;

/// <summary>
/// Receives a session's events as they are stored, in sequence order. Delivery is one-way: a
/// subscriber keeps the last sequence number it saw and, on a gap (or after reconnecting), catches
/// up with <see cref="ISessionGrain.ReadFrom"/>; events are idempotent by sequence number. Subscribe
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
