namespace PeerPractice.Matching;

/// <summary>An undirected edge between two vertices of a matching graph, with an integer weight.</summary>
/// <param name="U">One endpoint, in <c>[0, vertexCount)</c>.</param>
/// <param name="V">The other endpoint, in <c>[0, vertexCount)</c> and different from <paramref name="U"/>.</param>
/// <param name="Weight">
/// The benefit of pairing <paramref name="U"/> with <paramref name="V"/>. Integer so that the optimum is exact;
/// see <see cref="WeightedMatching.MaxAbsoluteWeight(int)"/> for the accepted range.
/// </param>
public readonly record struct WeightedEdge(int U, int V, long Weight);
