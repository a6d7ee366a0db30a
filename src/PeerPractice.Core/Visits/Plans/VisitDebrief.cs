using PeerPractice.Collections;

namespace PeerPractice.Visits;

/// <summary>The visiting team's debrief after the visit: what to start, stop and continue, and the report.</summary>
/// <param name="Start">Practices to start.</param>
/// <param name="Stop">Practices to stop.</param>
/// <param name="Continue">Practices to keep.</param>
/// <param name="Report">The short written report for stakeholders; empty until written.</param>
public sealed record VisitDebrief(ValueArray<string> Start, ValueArray<string> Stop, ValueArray<string> Continue, string Report);
