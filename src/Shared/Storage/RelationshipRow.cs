using System;
using System.Collections.Generic;
using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Sessions;

namespace PeerPractice.Storage;

/// <summary>
/// A relationship as one JSON row (the library's records use <c>ValueArray</c>, which has no JSON contract
/// of its own). One source file compiled into every store package, so the SQLite and PostgreSQL engines
/// keep a relationship in the same JSON, field for field.
/// </summary>
internal sealed record RelationshipRow(
    string Id,
    List<RelationshipMember> Members,
    string AgendaId,
    int CadenceMonths,
    int CadenceDays,
    DateTimeOffset StartedAt,
    RelationshipKind Kind,
    RelationshipStatus Status,
    string? IntroductionId,
    bool InPerson,
    OpenerRule? Opener,
    List<ActionItem> DoneActionItems)
{
    public static RelationshipRow From(Relationship r) => new(
        r.Id, [.. r.Members], r.AgendaId, r.Cadence.Months, r.Cadence.Days, r.StartedAt, r.Kind, r.Status, r.IntroductionId, r.InPerson, r.Opener, [.. r.DoneActionItems]);

    public Relationship ToRelationship() => new(Id, Members.ToValueArray(), AgendaId, new Cadence(CadenceMonths, CadenceDays), StartedAt)
    {
        Kind = Kind,
        Status = Status,
        IntroductionId = IntroductionId,
        InPerson = InPerson,
        Opener = Opener,
        DoneActionItems = DoneActionItems.ToValueArray(),
    };
}
