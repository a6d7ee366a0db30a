using System;
using PeerPractice.Collections;

namespace PeerPractice.Visits;

/// <summary>Questions sent to the host ahead of the visit, so that the right people come prepared.</summary>
/// <param name="SendBy">When it should go out, or null when not decided.</param>
/// <param name="Questions">The questions, in order.</param>
public sealed record VisitQuestionnaire(DateOnly? SendBy, ValueArray<string> Questions);
