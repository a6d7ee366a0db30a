using System;

namespace PeerPractice.Visits;

/// <summary>A return visit owed: the first visit happened, and its return visit has not (yet).</summary>
/// <param name="First">The visit that happened.</param>
/// <param name="Reciprocal">The return visit, once planned; null while nobody has planned it.</param>
/// <param name="OwedSince">When the first visit ended.</param>
public sealed record ReciprocalOwed(VisitPlan First, VisitPlan? Reciprocal, DateTimeOffset OwedSince);
