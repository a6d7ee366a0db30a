using Microsoft.CodeAnalysis;

namespace PeerPractice.Generators.Diagnostics;

internal static partial class AgendaDiagnostics
{
    /// <summary>The id of <see cref="DuplicateAgendaId"/>.</summary>
    public const string DuplicateAgendaIdId = "PPG001";

    /// <summary>Two agenda files declare the same id; only the first (ordinal path order) is generated.</summary>
    public static DiagnosticDescriptor DuplicateAgendaId { get; } = Generator(
        DuplicateAgendaIdId,
        "Two agenda files have the same id",
        "The agenda id '{0}' is also used by '{1}'; only that file is generated. Give each agenda its own id.",
        DiagnosticSeverity.Error);
}
