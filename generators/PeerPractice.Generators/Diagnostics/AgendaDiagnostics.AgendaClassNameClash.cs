using Microsoft.CodeAnalysis;

namespace PeerPractice.Generators.Diagnostics;

internal static partial class AgendaDiagnostics
{
    /// <summary>The id of <see cref="AgendaClassNameClash"/>.</summary>
    public const string AgendaClassNameClashId = "PPG002";

    /// <summary>Two different agenda ids make the same class name; only the first (ordinal path order) is generated.</summary>
    public static DiagnosticDescriptor AgendaClassNameClash { get; } = Generator(
        AgendaClassNameClashId,
        "Two agenda ids make the same C# class name",
        "The agenda id '{0}' makes the class name '{1}', as does the id '{2}' in '{3}'; only that file is generated. Rename one of the ids.",
        DiagnosticSeverity.Error);
}
