using System.Collections.Generic;

namespace PeerPractice.Agendas;

/// <summary>What the binder gathers for the cross-field rules: ids by scope, role references, timeboxes.</summary>
internal sealed class AgendaScopes
{
    public List<ScopedId> Sections { get; } = new();

    public List<ScopedId> Items { get; } = new();

    public List<ScopedId> Agreements { get; } = new();

    public List<ScopedId> Roles { get; } = new();

    public List<ScopedId> RoleReferences { get; } = new();

    public List<TimeboxEntry> Timeboxes { get; } = new();
}
