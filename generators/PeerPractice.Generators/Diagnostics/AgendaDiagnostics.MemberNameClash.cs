using Microsoft.CodeAnalysis;

namespace PeerPractice.Generators.Diagnostics;

internal static partial class AgendaDiagnostics
{
    /// <summary>The id of <see cref="MemberNameClash"/>.</summary>
    public const string MemberNameClashId = "PPG003";

    /// <summary>Two ids in one agenda make the same C# member name; the agenda class is not generated.</summary>
    public static DiagnosticDescriptor MemberNameClash { get; } = Generator(
        MemberNameClashId,
        "Two ids in one agenda make the same C# name",
        "The {0} id '{1}' makes the C# name '{2}', which the {3} id '{4}' also makes; rename one of them",
        DiagnosticSeverity.Error);
}
