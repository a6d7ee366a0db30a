using Microsoft.CodeAnalysis;

namespace PeerPractice.Generators.Diagnostics;

internal static partial class AgendaDiagnostics
{
    /// <summary>The id of <see cref="UnreadableFile"/>.</summary>
    public const string UnreadableFileId = "PPG006";

    /// <summary>The compiler could not give the text of an agenda file.</summary>
    public static DiagnosticDescriptor UnreadableFile { get; } = Generator(
        UnreadableFileId,
        "An agenda file could not be read",
        "The agenda file '{0}' could not be read",
        DiagnosticSeverity.Error);
}
