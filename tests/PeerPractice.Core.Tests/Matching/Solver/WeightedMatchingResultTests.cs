using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Solver;

/// <summary>What a result reports besides the mates (unmatched vertices, the certificate on request) and which solver the options pick, checked on hand-made graphs.</summary>
public class WeightedMatchingResultTests
{
    [Fact(Timeout = TestTimeouts.Solver)]
    public void Unmatched_vertices_are_reported_and_counted()
    {
        // 0-1 and 2-3 are matched; 4 has no edge. Vertex 1 is matched to vertex 0, which must not read as "no partner".
        var result = WeightedMatching.MaximumWeight(5, [new WeightedEdge(0, 1, 5), new WeightedEdge(2, 3, 1)]);
        Assert.Equal(new[] { 1, 0, 3, 2, -1 }, result.Mates);
        Assert.False(result.IsUnmatched(0));
        Assert.False(result.IsUnmatched(1));
        Assert.True(result.IsUnmatched(4));
        Assert.Equal(2, result.PairCount);
        Assert.Equal(1, result.UnmatchedCount);
    }

    [Fact]
    public void The_empty_result_leaves_every_vertex_unmatched()
    {
        var result = WeightedMatchingResult.Empty(3);
        Assert.Equal(new[] { -1, -1, -1 }, result.Mates);
        Assert.True(result.IsUnmatched(0));
        Assert.Equal(3, result.UnmatchedCount);
        Assert.Equal(0, result.TotalWeight);
        Assert.Null(result.Certificate);
    }

    [Theory(Timeout = TestTimeouts.Solver)]
    [InlineData(WeightedMatchingAlgorithm.Dense)]
    [InlineData(WeightedMatchingAlgorithm.Sparse)]
    public void The_certificate_is_left_out_unless_asked_for(WeightedMatchingAlgorithm algorithm)
    {
        WeightedEdge[] edges = [new(0, 1, 5), new(1, 2, 8), new(2, 3, 5)];
        Assert.Null(WeightedMatching.MaximumWeight(4, edges, new WeightedMatchingOptions { Algorithm = algorithm }).Certificate);
        Assert.NotNull(WeightedMatching.MaximumWeight(4, edges, new WeightedMatchingOptions { Algorithm = algorithm, IncludeCertificate = true }).Certificate);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Automatic_runs_the_dense_solver_from_an_average_degree_of_n_over_32_and_the_sparse_one_below()
    {
        // Nine edges among vertices 0..4 with ties, on which the two solvers return different optimal matchings. With
        // 24 vertices the average degree is exactly 24 / 32 (64 m = n^2): dense; with 25 vertices it is below: sparse.
        WeightedEdge[] edges = [new(4, 3, 1), new(1, 3, 1), new(4, 2, 2), new(2, 0, 2), new(1, 4, 1), new(3, 2, 1), new(2, 1, 1), new(4, 0, 1), new(1, 0, 1)];
        foreach (var (n, chosen) in new[] { (24, WeightedMatchingAlgorithm.Dense), (25, WeightedMatchingAlgorithm.Sparse) })
        {
            var dense = WeightedMatching.MaximumWeight(n, edges, new WeightedMatchingOptions { Algorithm = WeightedMatchingAlgorithm.Dense });
            var sparse = WeightedMatching.MaximumWeight(n, edges, new WeightedMatchingOptions { Algorithm = WeightedMatchingAlgorithm.Sparse });
            Assert.Equal(dense.TotalWeight, sparse.TotalWeight);
            Assert.NotEqual(dense.Mates, sparse.Mates);

            var automatic = WeightedMatching.MaximumWeight(n, edges);
            Assert.Equal(chosen == WeightedMatchingAlgorithm.Dense ? dense.Mates : sparse.Mates, automatic.Mates);
        }
    }
}
