using PeerPractice.Collections;

namespace PeerPractice.Generators.Model;

/// <summary>
/// An equatable diagnostic: the pipeline carries these, never <c>Diagnostic</c> objects, so that
/// cached steps compare by value.
/// </summary>
/// <param name="Id">A <c>PPA</c> id from the shared problem catalog or a generator-only <c>PPG</c> id.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Arguments">The descriptor's message arguments.</param>
/// <param name="Location">Where it is reported.</param>
internal sealed record DiagnosticSpec(string Id, ProblemSeverity Severity, ValueArray<string> Arguments, LocationSpec Location);
