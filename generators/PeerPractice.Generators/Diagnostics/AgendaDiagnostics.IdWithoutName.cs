using Microsoft.CodeAnalysis;

namespace PeerPractice.Generators.Diagnostics;

internal static partial class AgendaDiagnostics
{
    /// <summary>The id of <see cref="IdWithoutName"/>.</summary>
    public const string IdWithoutNameId = "PPG004";

    /// <summary>An id cannot be turned into a C# name; the agenda class is not generated.</summary>
    public static DiagnosticDescriptor IdWithoutName { get; } = Generator(
        IdWithoutNameId,
        "An agenda id cannot be turned into a C# name",
        "The {0} id '{1}' cannot be turned into a C# name: use ASCII letters and digits in words separated by '-'",
        DiagnosticSeverity.Error);
}
