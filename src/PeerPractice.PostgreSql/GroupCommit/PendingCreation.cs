using System.Collections.Generic;
using PeerPractice.Sessions;

namespace PeerPractice.PostgreSql.GroupCommit;

/// <summary>
/// A new session's row (its columns as stored) and its first events; stored whole unless a session
/// with its id exists, which refuses it (<see cref="StoreErrorKind.AlreadyExists"/>).
/// </summary>
internal sealed class PendingCreation(SessionRow row, IReadOnlyList<EncodedEvent> events)
    : PendingWrite(row.Id, events)
{
    public SessionRow Row { get; } = row;

    /// <inheritdoc />
    public override long Version => Events.Count;

    /// <inheritdoc />
    public override int Bytes => EventBytes + Row.AgendaJson.Length + Row.Participants.Length + (Row.HostData?.Length ?? 0) + 128;
}

/// <summary>A session row's columns as the store writes them.</summary>
internal sealed record SessionRow(string Id, string AgendaId, string AgendaJson, string CreatedAt, long CreatedUtc, string Participants, string? HostData, string Status, string? RelationshipId);
