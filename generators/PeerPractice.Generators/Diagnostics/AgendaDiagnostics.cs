using System.Linq;
using Microsoft.CodeAnalysis;
using PeerPractice.Collections;
using PeerPractice.Generators.Model;

namespace PeerPractice.Generators.Diagnostics;

/// <summary>
/// The generator's diagnostics: its own (<c>PPG</c> ids, all in this file, in the order of the table
/// in <c>docs/generator.md</c>) and the agenda problems of the shared catalog (<c>PPA</c> ids, the
/// same the runtime validator reports; mapped in <c>AgendaDiagnostics.Problems.cs</c>).
/// </summary>
internal static partial class AgendaDiagnostics
{
    /// <summary>The category of every PeerPractice agenda diagnostic.</summary>
    public const string Category = "PeerPractice.Agendas";

    /// <summary>Where the generator's ids are documented.</summary>
    public const string GeneratorHelpBase = "https://github.com/peerpractice/peerpractice/blob/main/docs/generator.md#";

    /// <summary>Where to report a generator failure.</summary>
    public const string IssuesUrl = "https://github.com/peerpractice/peerpractice/issues";

    /// <summary>The id of <see cref="DuplicateAgendaId"/>.</summary>
    public const string DuplicateAgendaIdId = "PPG001";

    /// <summary>The id of <see cref="AgendaClassNameClash"/>.</summary>
    public const string AgendaClassNameClashId = "PPG002";

    /// <summary>The id of <see cref="MemberNameClash"/>.</summary>
    public const string MemberNameClashId = "PPG003";

    /// <summary>The id of <see cref="IdWithoutName"/>.</summary>
    public const string IdWithoutNameId = "PPG004";

    /// <summary>The id of <see cref="InvalidNamespace"/>.</summary>
    public const string InvalidNamespaceId = "PPG005";

    /// <summary>The id of <see cref="UnreadableFile"/>.</summary>
    public const string UnreadableFileId = "PPG006";

    /// <summary>The id of <see cref="UnexpectedFailure"/>.</summary>
    public const string UnexpectedFailureId = "PPG999";

    /// <summary>Two agenda files declare the same id; only the first (ordinal path order) is generated.</summary>
    public static DiagnosticDescriptor DuplicateAgendaId { get; } = Generator(
        DuplicateAgendaIdId,
        "Two agenda files have the same id",
        "The agenda id '{0}' is also used by '{1}'; only that file is generated. Give each agenda its own id.",
        DiagnosticSeverity.Error);

    /// <summary>Two different agenda ids make the same class name; only the first (ordinal path order) is generated.</summary>
    public static DiagnosticDescriptor AgendaClassNameClash { get; } = Generator(
        AgendaClassNameClashId,
        "Two agenda ids make the same C# class name",
        "The agenda id '{0}' makes the class name '{1}', as does the id '{2}' in '{3}'; only that file is generated. Rename one of the ids.",
        DiagnosticSeverity.Error);

    /// <summary>Two ids in one agenda make the same C# member name; the agenda class is not generated.</summary>
    public static DiagnosticDescriptor MemberNameClash { get; } = Generator(
        MemberNameClashId,
        "Two ids in one agenda make the same C# name",
        "The {0} id '{1}' makes the C# name '{2}', which the {3} id '{4}' also makes; rename one of them",
        DiagnosticSeverity.Error);

    /// <summary>
    /// An id is not kebab-case, so the shared naming rule gives it no C# name; the agenda class is
    /// not generated. The validator rejects such ids first (PPA026): this is the generator's own
    /// guarantee that no definition, however it was made, turns into code that does not compile.
    /// </summary>
    public static DiagnosticDescriptor IdWithoutName { get; } = Generator(
        IdWithoutNameId,
        "An agenda id cannot be turned into a C# name",
        "The {0} id '{1}' is not kebab-case, so it cannot be turned into a C# name: use lower-case ASCII letters and digits in words joined by single '-', starting with a letter",
        DiagnosticSeverity.Error);

    /// <summary>The configured namespace is not a valid C# namespace; a corrected one is used.</summary>
    public static DiagnosticDescriptor InvalidNamespace { get; } = Generator(
        InvalidNamespaceId,
        "The agenda namespace is not a valid C# namespace",
        "The namespace '{0}' (from {1}) is not a valid C# namespace; agenda classes go in '{2}' instead",
        DiagnosticSeverity.Warning);

    /// <summary>The compiler could not give the text of an agenda file.</summary>
    public static DiagnosticDescriptor UnreadableFile { get; } = Generator(
        UnreadableFileId,
        "An agenda file could not be read",
        "The agenda file '{0}' could not be read",
        DiagnosticSeverity.Error);

    /// <summary>The generator failed; the exception is caught so the build reports this instead of crashing (CS8785).</summary>
    public static DiagnosticDescriptor UnexpectedFailure { get; } = Generator(
        UnexpectedFailureId,
        "The agenda generator failed unexpectedly",
        "The PeerPractice agenda generator failed on this file ({0}: {1}). This is a bug: please report it at " + IssuesUrl + " with the agenda file.",
        DiagnosticSeverity.Error);

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

    /// <summary>The PPG999 diagnostic for an unexpected exception, located at the start of the file (or nowhere for project-wide steps).</summary>
    public static DiagnosticSpec Failure(string? filePath, System.Exception exception) => new(
        UnexpectedFailureId,
        ProblemSeverity.Error,
        ValueArray.Create(exception.GetType().FullName ?? exception.GetType().Name, exception.Message),
        filePath is null ? LocationSpec.None : LocationSpec.StartOf(filePath));

    /// <summary>Creates the Roslyn diagnostic for <paramref name="spec"/>, only when it is reported.</summary>
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
