namespace PeerPractice.Matching;

/// <summary>One line of a score's explanation, fit to show a member.</summary>
/// <param name="Kind">Which component.</param>
/// <param name="Points">Points earned.</param>
/// <param name="MaxPoints">The most this component can earn under the policy.</param>
/// <param name="Reason">Why, in plain words.</param>
public sealed record ScoreComponent(ScoreComponentKind Kind, int Points, int MaxPoints, string Reason);
