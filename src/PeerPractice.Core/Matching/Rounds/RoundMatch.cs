using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>A pair (or, for an odd count, a trio) formed by a round.</summary>
/// <param name="MemberIds">Two ids, or three for a trio (the third joined the pair).</param>
/// <param name="Score">The pair's score (for a trio, the first two's; the third's scores with each are in the note).</param>
/// <param name="RelaxedRules">Rules relaxed to allow this match (none for an ordinary match).</param>
public sealed record RoundMatch(ValueArray<string> MemberIds, int Score, HardRules RelaxedRules)
{
    /// <summary>True for a trio.</summary>
    public bool IsTrio => MemberIds.Count == 3;
}
