namespace PeerPractice.Matching;

/// <summary>Options for <see cref="WeightedMatching.MaximumWeight(int, System.ReadOnlySpan{WeightedEdge}, WeightedMatchingOptions)"/>.</summary>
public readonly record struct WeightedMatchingOptions
{
    /// <summary>
    /// When true, the result matches as many vertices as possible first, and among those matchings has the greatest
    /// weight; edges with zero or negative weight then count, because they can add a pair. When false (the default),
    /// the result has the greatest total weight and edges with zero or negative weight are ignored.
    /// </summary>
    public bool MaximumCardinality { get; init; }

    /// <summary>When true, the result carries a <see cref="MatchingCertificate"/> (the dual solution) that proves optimality.</summary>
    public bool IncludeCertificate { get; init; }

    /// <summary>
    /// The implementation to run (default <see cref="WeightedMatchingAlgorithm.Automatic"/>, chosen by density). Every
    /// choice returns an optimum with the same contract and certificate; among equally good matchings, which one is
    /// returned may differ between them.
    /// </summary>
    public WeightedMatchingAlgorithm Algorithm { get; init; }
}
