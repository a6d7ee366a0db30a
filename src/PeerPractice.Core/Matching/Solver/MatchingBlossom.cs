using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>One blossom (odd set of vertices) of a <see cref="MatchingCertificate"/> with a positive or zero dual.</summary>
/// <param name="Vertices">The vertices inside the blossom, including those of nested blossoms (odd count, at least 3).</param>
/// <param name="Dual">The blossom's dual variable, scaled by two like the vertex duals (never negative).</param>
public sealed record MatchingBlossom(ValueArray<int> Vertices, long Dual);
