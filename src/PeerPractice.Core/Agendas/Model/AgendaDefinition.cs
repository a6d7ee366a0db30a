using System;
using PeerPractice.Collections;

namespace PeerPractice.Agendas;

/// <summary>
/// A validated agenda: what a session runs. Built by the runtime loader from JSON, or by code
/// that the source generator emits; both give equal values for the same file.
/// </summary>
/// <param name="Id">Kebab-case id, unique among agendas (for example <c>peer-brainstorm</c>).</param>
/// <param name="Title">Shown to people.</param>
/// <param name="Summary">One or two sentences on what the agenda is for; empty when not given.</param>
/// <param name="Format">Pair, group or visit.</param>
/// <param name="Participants">How many people take part and which roles they may hold.</param>
/// <param name="Duration">Planned length of a whole session, when given.</param>
/// <param name="Cadence">Suggested recurrence, when given.</param>
/// <param name="Agreements">Acknowledged by every participant before the first item.</param>
/// <param name="Rotation">Who opens each item.</param>
/// <param name="Sections">The named blocks of items, in order; never empty for a valid agenda.</param>
/// <param name="Closing">What the wrap-up asks for.</param>
public sealed record AgendaDefinition(
    string Id,
    string Title,
    string Summary,
    AgendaFormat Format,
    ParticipantRule Participants,
    TimeSpan? Duration,
    Cadence? Cadence,
    ValueArray<Agreement> Agreements,
    RotationPolicy Rotation,
    ValueArray<AgendaSection> Sections,
    ClosingRule Closing)
{
    /// <summary>Who opens the first item when the agenda runs in a series (<c>"opener"</c>); <see cref="OpenerRule.Given"/> when not written.</summary>
    public OpenerRule Opener { get; init; }

    private readonly ValueArray<AgendaSection> _sections = Sections;

    // Items is derived from Sections; the init accessor keeps it in step when a copy is made
    // with `with { Sections = ... }`, which would otherwise carry the old items along.
    private readonly ValueArray<AgendaItem> _items = FlattenItems(Sections);

    /// <summary>The named blocks of items, in order; never empty for a valid agenda.</summary>
    public ValueArray<AgendaSection> Sections
    {
        get => _sections;
        init
        {
            _sections = value;
            _items = FlattenItems(value);
        }
    }

    /// <summary>Every item of every section, in agenda order.</summary>
    public ValueArray<AgendaItem> Items => _items;

    private static ValueArray<AgendaItem> FlattenItems(ValueArray<AgendaSection> sections)
    {
        var count = 0;
        foreach (var section in sections)
        {
            count += section.Items.Count;
        }

        var items = new AgendaItem[count];
        var index = 0;
        foreach (var section in sections)
        {
            foreach (var item in section.Items)
            {
                items[index++] = item;
            }
        }

        return ValueArray<AgendaItem>.UnsafeWrap(items);
    }

    /// <summary>
    /// Value equality over the declared members; <see cref="Items"/> is derived from
    /// <see cref="Sections"/> and so is left out.
    /// </summary>
    /// <param name="other">The definition to compare with.</param>
    public bool Equals(AgendaDefinition? other) =>
        other is not null
        && Id == other.Id
        && Title == other.Title
        && Summary == other.Summary
        && Format == other.Format
        && Participants == other.Participants
        && Duration == other.Duration
        && Cadence == other.Cadence
        && Agreements == other.Agreements
        && Rotation == other.Rotation
        && Opener == other.Opener
        && Sections == other.Sections
        && Closing == other.Closing;

    /// <inheritdoc/>
    public override int GetHashCode() => (StringComparer.Ordinal.GetHashCode(Id) * 31) + Sections.GetHashCode();
}
