using PeerPractice.Collections;

namespace PeerPractice.Agendas;

/// <summary>
/// The outcome of parsing and validating one agenda text: the definition when there are no
/// errors, and every problem found (warnings may accompany a definition).
/// </summary>
/// <param name="Definition">The agenda, or null when any problem is an error.</param>
/// <param name="Problems">Every problem found, in document order.</param>
public sealed record AgendaParseResult(AgendaDefinition? Definition, ValueArray<AgendaProblem> Problems)
{
    /// <summary>True when a definition was produced (there may still be warnings).</summary>
    public bool Succeeded => Definition is not null;
}
