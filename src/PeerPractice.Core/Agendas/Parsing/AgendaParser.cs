using PeerPractice.Collections;

namespace PeerPractice.Agendas.Parsing;

/// <summary>
/// Parses and validates agenda JSON. This one body of source is compiled both into
/// PeerPractice.Core (the runtime loader) and into the source generator, so the two can never
/// disagree about what a valid agenda is.
/// </summary>
internal static class AgendaParser
{
    /// <summary>Parses <paramref name="text"/> and reports every problem found.</summary>
    /// <param name="text">The agenda JSON.</param>
    /// <param name="filePath">Where the text came from, for problem locations; may be null.</param>
    public static AgendaParseResult Parse(string text, string? filePath)
    {
        // Placeholder until the agenda-definitions work lands: refuses everything, loudly.
        var problem = new AgendaProblem(
            "PPA000",
            ProblemSeverity.Error,
            "The agenda parser is not built yet.",
            filePath,
            "$",
            SourceSpan.Start);
        return new AgendaParseResult(null, ValueArray.Create(problem));
    }
}
