
namespace PeerPractice.Matching;

/// <summary>How many candidates one rule ruled out for an unmatched member.</summary>
/// <param name="Rule">The rule (a confidential exclusion is counted as <see cref="HardRules.Unavailable"/>).</param>
/// <param name="Candidates">How many candidates it ruled out (a candidate ruled out by several rules counts under each).</param>
public sealed record RuleTally(HardRules Rule, int Candidates);
