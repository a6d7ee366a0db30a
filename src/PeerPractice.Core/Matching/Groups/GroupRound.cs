using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>One round of tables.</summary>
/// <param name="Number">1-based round number.</param>
/// <param name="Tables">The tables.</param>
/// <param name="TotalAffinity">The sum of the tables' affinities.</param>
/// <param name="RepeatedPairs">Pairs sitting together again from an earlier round (0 unless unavoidable).</param>
/// <param name="RuleViolations">Pairs at one table that break a rule the policy's relaxation order lets relax (such as a cool-down): 0 unless unavoidable. Rules it does not relax are never broken: someone is left unseated instead.</param>
public sealed record GroupRound(int Number, ValueArray<Table> Tables, long TotalAffinity, int RepeatedPairs, int RuleViolations);
