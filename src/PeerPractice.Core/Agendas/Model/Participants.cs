using PeerPractice.Collections;

namespace PeerPractice.Agendas;

/// <summary>How many people take part, and the roles they may hold.</summary>
/// <param name="Min">The fewest participants a session may start with (at least 1).</param>
/// <param name="Max">The most participants a session may have (at least <paramref name="Min"/>).</param>
/// <param name="Roles">Declared roles (for example <c>host</c> and <c>visitor</c>); empty for agendas without roles.</param>
public sealed record ParticipantRule(int Min, int Max, ValueArray<ParticipantRole> Roles);

/// <summary>A role a participant can hold, named by <c>role:NAME</c> turn policies.</summary>
/// <param name="Name">Kebab-case name, unique within the agenda.</param>
/// <param name="Description">What the role does; empty when not given.</param>
public sealed record ParticipantRole(string Name, string Description);

/// <summary>Something every participant acknowledges before the first item, such as confidentiality.</summary>
/// <param name="Id">Kebab-case id, unique within the agenda.</param>
/// <param name="Text">The words acknowledged.</param>
public sealed record Agreement(string Id, string Text);

/// <summary>What the wrap-up of a session asks for.</summary>
/// <param name="ActionItems">Whether the wrap-up collects action items.</param>
/// <param name="ScheduleNext">Whether the wrap-up schedules the next meeting.</param>
public sealed record ClosingRule(bool ActionItems, bool ScheduleNext);

/// <summary>The kind of gathering an agenda is for.</summary>
public enum AgendaFormat
{
    /// <summary>Two peers, one to one.</summary>
    Pair,

    /// <summary>A small group, such as a breakfast roundtable.</summary>
    Group,

    /// <summary>A site visit with host and visitor roles.</summary>
    Visit,
}

/// <summary>Who opens each item.</summary>
public enum RotationPolicy
{
    /// <summary>The opener rotates item by item, so nobody always goes first.</summary>
    Alternate,

    /// <summary>Participants always speak in the order given.</summary>
    Fixed,

    /// <summary>For groups: each item starts with the next person round the table.</summary>
    RoundRobin,
}

/// <summary>Who opens the first item of a session in a series (the <c>opener</c> field).</summary>
public enum OpenerRule
{
    /// <summary>The first participant given (or the opener a host names).</summary>
    Given,

    /// <summary>The person with the least floor time over the series so far opens (someone new counts as zero).</summary>
    QuieterFirst,
}
