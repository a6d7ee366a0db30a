using System.Linq;
using Microsoft.CodeAnalysis;
using PeerPractice.Generators.Model;

namespace PeerPractice.Generators.Diagnostics;

/// <summary>
/// The generator's diagnostics: the agenda problems of the shared catalog (<c>PPA</c> ids, the same
/// the runtime validator reports) and the generator's own (<c>PPG</c> ids), one descriptor per file.
/// </summary>
internal static partial class AgendaDiagnostics
{
    /// <summary>The category of every PeerPractice agenda diagnostic.</summary>
    public const string Category = "PeerPractice.Agendas";

    /// <summary>Where the generator's ids are documented.</summary>
    public const string GeneratorHelpBase = "https://github.com/peerpractice/peerpractice/blob/main/docs/generator.md#";

    /// <summary>Creates the Roslyn diagnostic for <paramref name="spec"/>.</summary>
    public static Diagnostic ToDiagnostic(DiagnosticSpec spec)
    {
        var descriptor = Find(spec.Id) ?? ForProblem(spec.Id);
        var severity = spec.Severity == ProblemSeverity.Error ? DiagnosticSeverity.Error : DiagnosticSeverity.Warning;
        return Diagnostic.Create(
            descriptor,
            spec.Location.ToLocation(),
            severity,
            additionalLocations: null,
            properties: null,
            messageArgs: spec.Arguments.Cast<object?>().ToArray());
    }

    /// <summary>A generator-only descriptor by id, or null for catalog (<c>PPA</c>) ids.</summary>
    public static DiagnosticDescriptor? Find(string id) => id switch
    {
        DuplicateAgendaIdId => DuplicateAgendaId,
        AgendaClassNameClashId => AgendaClassNameClash,
        MemberNameClashId => MemberNameClash,
        IdWithoutNameId => IdWithoutName,
        InvalidNamespaceId => InvalidNamespace,
        UnreadableFileId => UnreadableFile,
        UnexpectedFailureId => UnexpectedFailure,
        _ => null,
    };

    private static DiagnosticDescriptor Generator(string id, string title, string message, DiagnosticSeverity severity) => new(
        id,
        title,
        message,
        Category,
        severity,
        isEnabledByDefault: true,
        description: title + ".",
        helpLinkUri: GeneratorHelpBase + id.ToLowerInvariant());
}
