namespace PeerPractice.Sessions;

/// <summary>Which sessions <see cref="ISessionStore.ListAsync"/> returns; unset parts match every session.</summary>
/// <param name="ParticipantId">Only sessions this participant takes part in.</param>
/// <param name="Status">Only sessions in this status.</param>
public sealed record SessionQuery(string? ParticipantId = null, SessionStatus? Status = null)
{
    /// <summary>Every session.</summary>
    public static SessionQuery All { get; } = new();

    /// <summary>Only the sessions of this relationship's series.</summary>
    public string? RelationshipId { get; init; }

    /// <summary>Whether <paramref name="session"/> matches.</summary>
    /// <param name="session">A stored session.</param>
    /// <returns>True when it matches every set part.</returns>
    public bool Matches(StoredSession session) =>
        session is not null
        && (Status is null || session.Status == Status)
        && (RelationshipId is null || string.Equals(session.RelationshipId, RelationshipId, System.StringComparison.Ordinal))
        && (ParticipantId is null || System.Linq.Enumerable.Any(session.Participants, p => string.Equals(p.Id, ParticipantId, System.StringComparison.Ordinal)));
}
