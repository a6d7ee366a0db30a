namespace PeerPractice.Matching;

/// <summary>Which implementation of the blossom algorithm <see cref="WeightedMatching"/> runs; all give an optimum.</summary>
public enum WeightedMatchingAlgorithm
{
    /// <summary>Chooses by the graph's density: <see cref="Dense"/> when most pairs are edges, else <see cref="Sparse"/>.</summary>
    Automatic = 0,

    /// <summary>Galil's O(n^3) form: one array pass per dual step; fastest on complete or nearly complete graphs.</summary>
    Dense = 1,

    /// <summary>
    /// O(nm log n) form: the alternating forest persists across augmentations, duals change lazily, and the next dual
    /// step comes from a priority queue; fastest on graphs where each vertex has few edges (for example top-k candidates).
    /// </summary>
    Sparse = 2,
}
