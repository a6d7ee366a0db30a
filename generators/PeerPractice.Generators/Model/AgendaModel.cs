using PeerPractice.Collections;

namespace PeerPractice.Generators.Model;

/// <summary>
/// One agenda file after parsing and naming: what to generate and what to report. The pipeline
/// splits it at once: <see cref="Class"/> feeds the source output, the rest the diagnostics output.
/// </summary>
/// <param name="Path">The agenda file's path.</param>
/// <param name="Class">What to generate, or null when an error prevents it.</param>
/// <param name="IdLocation">Where the agenda's id is written, for the cross-file diagnostics (the file start when unknown).</param>
/// <param name="Diagnostics">Everything to report for this file alone, in document order.</param>
internal sealed record AgendaModel(string Path, AgendaClassSpec? Class, LocationSpec IdLocation, ValueArray<DiagnosticSpec> Diagnostics);
