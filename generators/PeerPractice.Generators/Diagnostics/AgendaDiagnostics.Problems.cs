using System.Collections.Concurrent;
using Microsoft.CodeAnalysis;

namespace PeerPractice.Generators.Diagnostics;

internal static partial class AgendaDiagnostics
{
    /// <summary>Where the agenda problem ids are documented.</summary>
    public const string ProblemHelpBase = "https://github.com/peerpractice/peerpractice/blob/main/docs/agenda-format.md#";

    private static readonly ConcurrentDictionary<string, DiagnosticDescriptor> _problems = new();

    /// <summary>
    /// The descriptor for an agenda problem id (<c>PPA</c>) reported by the shared parser; the
    /// message is the parser's own, so the build shows exactly what the runtime validator says.
    /// </summary>
    public static DiagnosticDescriptor ForProblem(string id) => _problems.GetOrAdd(id, static key => new DiagnosticDescriptor(
        key,
        "Agenda definition problem",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A problem in an agenda file, as the runtime agenda validator reports it.",
        helpLinkUri: ProblemHelpBase + key.ToLowerInvariant()));
}
