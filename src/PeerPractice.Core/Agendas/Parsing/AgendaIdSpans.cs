using System.Collections.Generic;
using PeerPractice.Json;

namespace PeerPractice.Agendas;

/// <summary>
/// Where the ids of a parsed definition are written, for reports about ids made after parsing
/// (the source generator's PPG001-PPG004). Kept beside the parse result rather than in the
/// definition, so definitions stay equal when only layout changes; spans are worked out only when
/// asked for, so the runtime loader, which never asks, does not pay for them.
/// </summary>
internal sealed class AgendaIdSpans
{
    private readonly JsonNode _agenda;
    private readonly List<ScopedId> _sections;
    private readonly List<ScopedId> _items;
    private readonly ProblemCollector _text;

    /// <summary>Keeps what the binder gathered for a document that produced a definition.</summary>
    /// <param name="scopes">The binder's scopes: with a definition, every id in them is valid and in agenda order.</param>
    /// <param name="text">The document's text and line map.</param>
    public AgendaIdSpans(AgendaScopes scopes, ProblemCollector text)
    {
        _agenda = scopes.Agenda!;
        _sections = scopes.Sections;
        _items = scopes.Items;
        _text = text;
    }

    /// <summary>The agenda's <c>id</c> value.</summary>
    public SourceSpan Agenda => _text.SpanOf(_agenda);

    /// <summary>The <c>id</c> value of <c>Definition.Sections[index]</c>.</summary>
    /// <param name="index">The section's position in the definition.</param>
    public SourceSpan Section(int index) => _text.SpanOf(_sections[index].Node);

    /// <summary>The <c>id</c> value of <c>Definition.Items[index]</c> (all items in agenda order).</summary>
    /// <param name="index">The item's position among all items.</param>
    public SourceSpan Item(int index) => _text.SpanOf(_items[index].Node);
}
