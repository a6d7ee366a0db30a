using PeerPractice.Collections;

namespace PeerPractice.Agendas;

/// <summary>A named block of items, such as "Biggest problem".</summary>
/// <param name="Id">Kebab-case id, unique within the agenda.</param>
/// <param name="Title">Shown to people.</param>
/// <param name="Items">The questions or activities of this block, in order; never empty for a valid agenda.</param>
public sealed record AgendaSection(string Id, string Title, ValueArray<AgendaItem> Items);
