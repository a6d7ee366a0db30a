using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>One table in one round.</summary>
/// <param name="MemberIds">Who sits there.</param>
/// <param name="Affinity">The sum of the pairwise affinities at the table (similar background and complementary strengths).</param>
public sealed record Table(ValueArray<string> MemberIds, long Affinity);
