using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Generators.Model;

namespace PeerPractice.Generators.Diagnostics;

/// <summary>
/// The one place where the shared parser's problems become the generator's diagnostics: their
/// descriptors come from the shared catalog, their message, JSON path and location from the problem.
/// </summary>
internal static partial class AgendaDiagnostics
{
    private static readonly Dictionary<string, DiagnosticDescriptor> _problems = CreateProblemDescriptors();

    private static readonly DiagnosticDescriptor _unknownProblem = new(
        "PPA999",
        "Agenda definition problem",
        "{0}",
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        description: "A problem in an agenda file that the shared problem catalog does not list.");

    /// <summary>
    /// The descriptor for an agenda problem id (<c>PPA</c>) reported by the shared parser, made from
    /// the shared <see cref="AgendaProblemCatalog"/> so the build and the runtime loader report the
    /// same ids, titles and help. The message is the parser's own.
    /// </summary>
    public static DiagnosticDescriptor ForProblem(string id) =>
        _problems.TryGetValue(id, out var descriptor) ? descriptor : _unknownProblem;

    /// <summary>The diagnostic for one problem the shared parser found in <paramref name="filePath"/>.</summary>
    public static DiagnosticSpec FromProblem(Problem problem, string filePath) => new(
        problem.Id,
        problem.Severity,
        ValueArray.Create(problem.Message + " [" + problem.JsonPath + "]"),
        new LocationSpec(problem.Source ?? filePath, problem.Span));

    private static Dictionary<string, DiagnosticDescriptor> CreateProblemDescriptors()
    {
        var descriptors = new Dictionary<string, DiagnosticDescriptor>(System.StringComparer.Ordinal);
        foreach (var entry in AgendaProblemCatalog.All)
        {
            descriptors[entry.Id] = new DiagnosticDescriptor(
                entry.Id,
                entry.Title,
                "{0}",
                Category,
                entry.DefaultSeverity == ProblemSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning,
                isEnabledByDefault: true,
                description: entry.Description,
                helpLinkUri: entry.HelpUri);
        }

        return descriptors;
    }
}
