using Microsoft.CodeAnalysis;

namespace PeerPractice.Generators.Diagnostics;

internal static partial class AgendaDiagnostics
{
    /// <summary>The id of <see cref="UnexpectedFailure"/>.</summary>
    public const string UnexpectedFailureId = "PPG999";

    /// <summary>Where to report a generator failure.</summary>
    public const string IssuesUrl = "https://github.com/peerpractice/peerpractice/issues";

    /// <summary>The generator failed; the exception is caught so the build reports this instead of crashing (CS8785).</summary>
    public static DiagnosticDescriptor UnexpectedFailure { get; } = Generator(
        UnexpectedFailureId,
        "The agenda generator failed unexpectedly",
        "The PeerPractice agenda generator failed on this file ({0}: {1}). This is a bug: please report it at " + IssuesUrl + " with the agenda file.",
        DiagnosticSeverity.Error);
}
