using System.Collections.Generic;
using PeerPractice.Json;

namespace PeerPractice.Agendas;

/// <summary>
/// What the binder gathers for the cross-field rules (ids by scope, role references, timeboxes),
/// and where the ids are written, for <see cref="AgendaIdSpans"/>.
/// </summary>
internal sealed class AgendaScopes
{
    /// <summary>The agenda's own id value, when present; it has no scope to be unique in.</summary>
    public JsonNode? Agenda { get; set; }

    public List<ScopedId> Sections { get; } = new();

    public List<ScopedId> Items { get; } = new();

    public List<ScopedId> Agreements { get; } = new();

    public List<ScopedId> Roles { get; } = new();

    public List<ScopedId> RoleReferences { get; } = new();

    public List<TimeboxEntry> Timeboxes { get; } = new();
}
