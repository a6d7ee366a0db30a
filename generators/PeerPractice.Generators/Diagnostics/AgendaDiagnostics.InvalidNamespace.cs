using Microsoft.CodeAnalysis;

namespace PeerPractice.Generators.Diagnostics;

internal static partial class AgendaDiagnostics
{
    /// <summary>The id of <see cref="InvalidNamespace"/>.</summary>
    public const string InvalidNamespaceId = "PPG005";

    /// <summary>The configured namespace is not a valid C# namespace; a corrected one is used.</summary>
    public static DiagnosticDescriptor InvalidNamespace { get; } = Generator(
        InvalidNamespaceId,
        "The agenda namespace is not a valid C# namespace",
        "The namespace '{0}' (from {1}) is not a valid C# namespace; agenda classes go in '{2}' instead",
        DiagnosticSeverity.Warning);
}
