using PeerPractice.Collections;

namespace PeerPractice.Generators.Model;

/// <summary>One agenda file after parsing and naming: the per-file cached step of the pipeline.</summary>
/// <param name="Path">The agenda file's path.</param>
/// <param name="Class">What to generate, or null when an error prevents it.</param>
/// <param name="Diagnostics">Everything to report for this file, in document order.</param>
internal sealed record AgendaModel(string Path, AgendaClassSpec? Class, ValueArray<DiagnosticSpec> Diagnostics);
