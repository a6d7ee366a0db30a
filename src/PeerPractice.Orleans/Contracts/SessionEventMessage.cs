using System.Text.Json;
using Orleans;
using PeerPractice.Sessions;

namespace PeerPractice.Orleans;

/// <summary>
/// One event of a session's log as it crosses the cluster: its sequence number, its kind and the
/// library's own JSON of it (<see cref="SessionJsonContext"/>), so Core carries no Orleans attributes.
/// </summary>
/// <param name="Sequence">The event's sequence number (1, 2, 3... without gaps).</param>
/// <param name="Kind">The event's type name, such as <c>TurnStarted</c>.</param>
/// <param name="IsPrivate">Whether it carries private note text: a host that pushes to browsers shows it to its author only (see <c>SessionNote.ShareableOf</c>).</param>
/// <param name="Json">The event as JSON.</param>
[GenerateSerializer]
[Immutable]
[Alias("PeerPractice.SessionEventMessage")]
public sealed record SessionEventMessage(
    [property: Id(0)] long Sequence,
    [property: Id(1)] string Kind,
    [property: Id(2)] bool IsPrivate,
    [property: Id(3)] string Json)
{
    /// <summary>Wraps a library event.</summary>
    /// <param name="sessionEvent">The event.</param>
    /// <returns>The message.</returns>
    public static SessionEventMessage From(SessionEvent sessionEvent)
    {
        System.ArgumentNullException.ThrowIfNull(sessionEvent);
        return new(sessionEvent.Sequence, sessionEvent.GetType().Name, SessionEventCodec.IsPrivate(sessionEvent), JsonSerializer.Serialize(sessionEvent, SessionJsonContext.Default.SessionEvent));
    }

    /// <summary>The library event back.</summary>
    /// <returns>The event.</returns>
    public SessionEvent ToEvent() => JsonSerializer.Deserialize(Json, SessionJsonContext.Default.SessionEvent)
        ?? throw new JsonException($"Event {Sequence} is empty.");
}
