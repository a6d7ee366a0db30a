namespace PeerPractice.Visits;

/// <summary>A question the visiting team wants answered, and why it matters to them.</summary>
/// <param name="Question">The question, as the team would ask it.</param>
/// <param name="Why">The challenge behind it; empty when not given.</param>
public sealed record VisitObjective(string Question, string Why);
