using System;
using System.Collections.Generic;

namespace PeerPractice.Sessions;

/// <summary>
/// A session as a store keeps it: what it runs (the agenda's JSON, stored with it so a resumed
/// session runs exactly the agenda it started with), who takes part, and where its log stands.
/// Passed to <see cref="ISessionStore.CreateAsync"/> (where <see cref="Status"/>, <see cref="Version"/>
/// and <see cref="ClockAt"/> are ignored) and returned by finds and lists.
/// </summary>
/// <param name="Id">The session id, unique in the store.</param>
/// <param name="AgendaId">The agenda's id.</param>
/// <param name="AgendaJson">The agenda's JSON as it was when the session started.</param>
/// <param name="Participants">Who takes part, in speaking order.</param>
/// <param name="CreatedAt">When the session was created.</param>
/// <param name="HostData">Opaque text the host keeps with the session (its settings, say); the store never reads it.</param>
/// <param name="Status">Open, finished or abandoned, from the log.</param>
/// <param name="Version">The sequence number of the last stored event (0 when none).</param>
/// <param name="ClockAt">The last time a host showed for this session (see <see cref="ISessionStore.SaveClockAsync"/>), if any.</param>
public sealed record StoredSession(
    string Id,
    string AgendaId,
    string AgendaJson,
    IReadOnlyList<Participant> Participants,
    DateTimeOffset CreatedAt,
    string? HostData = null,
    SessionStatus Status = SessionStatus.Open,
    long Version = 0,
    DateTimeOffset? ClockAt = null)
{
    /// <summary>The relationship whose series the session belongs to (see <see cref="IRelationshipStore"/>), or null for a one-off session.</summary>
    public string? RelationshipId { get; init; }

    /// <summary>
    /// Where a resumed session's clock continues from: the later of its last event and the last time
    /// a host showed, so that time shown before a quit is never lost.
    /// </summary>
    /// <param name="lastEventAt">The time of the last stored event.</param>
    /// <returns>The time to continue from.</returns>
    public DateTimeOffset ResumeClockFrom(DateTimeOffset lastEventAt) =>
        ClockAt is { } shown && shown > lastEventAt ? shown : lastEventAt;

    /// <summary>The status after <paramref name="events"/> are appended to a session in <paramref name="current"/>.</summary>
    /// <param name="current">The status before.</param>
    /// <param name="events">The events appended.</param>
    /// <returns>The status after.</returns>
    public static SessionStatus StatusAfter(SessionStatus current, IEnumerable<SessionEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        foreach (var e in events)
        {
            current = e switch
            {
                SessionFinished => SessionStatus.Finished,
                SessionAbandoned => SessionStatus.Abandoned,
                _ => current,
            };
        }

        return current;
    }
}
