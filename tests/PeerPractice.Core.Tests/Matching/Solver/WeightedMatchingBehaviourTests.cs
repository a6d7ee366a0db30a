using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Solver;

/// <summary>Worked examples, documented edge cases and argument validation.</summary>
public class WeightedMatchingBehaviourTests
{
    [Fact(Timeout = TestTimeouts.Solver)]
    public void Empty_graph_leaves_everyone_unmatched()
    {
        var result = WeightedMatching.MaximumWeight(3, ReadOnlySpan<WeightedEdge>.Empty);
        Assert.Equal(new[] { -1, -1, -1 }, result.Mates);
        Assert.Equal(0, result.TotalWeight);
        Assert.Equal(3, result.UnmatchedCount);
        Assert.Empty(WeightedMatching.MaximumWeight(0, ReadOnlySpan<WeightedEdge>.Empty).Mates);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Path_prefers_the_two_outer_edges_over_the_heavy_middle_one()
    {
        // 0-1 (5), 1-2 (8), 2-3 (5): greedy takes the 8, the optimum takes 5 + 5.
        WeightedEdge[] edges = [new(0, 1, 5), new(1, 2, 8), new(2, 3, 5)];
        var result = WeightedMatching.MaximumWeight(4, edges);
        Assert.Equal(new[] { 1, 0, 3, 2 }, result.Mates);
        Assert.Equal(10, result.TotalWeight);
        Assert.Equal(8, GreedyMatching.Match(4, edges).TotalWeight);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Odd_cycle_needs_a_blossom_to_reach_the_optimum()
    {
        // Triangle 0-1-2 with stems 2-3 and 0-4: the best uses stem 0-4 and the opposite triangle edge 1-2.
        WeightedEdge[] edges = [new(0, 1, 6), new(1, 2, 6), new(0, 2, 6), new(2, 3, 4), new(0, 4, 5)];
        var result = WeightedMatching.MaximumWeight(5, edges, new WeightedMatchingOptions { IncludeCertificate = true });
        Assert.Equal(11, result.TotalWeight);
        Assert.Equal(new[] { 4, 2, 1, -1, 0 }, result.Mates);
        Assert.Null(MatchingChecks.FindCertificateViolation(5, edges, result, maximumCardinality: false));
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Non_positive_edges_are_ignored_in_weight_mode_and_used_for_cardinality()
    {
        WeightedEdge[] edges = [new(0, 1, 3), new(2, 3, 0), new(1, 2, -1), new(4, 5, -2)];
        var weight = WeightedMatching.MaximumWeight(6, edges);
        Assert.Equal(new[] { 1, 0, -1, -1, -1, -1 }, weight.Mates);
        Assert.Equal(3, weight.TotalWeight);

        var cardinality = WeightedMatching.MaximumWeight(6, edges, new WeightedMatchingOptions { MaximumCardinality = true });
        Assert.Equal(3, cardinality.PairCount);
        Assert.Equal(1, cardinality.TotalWeight);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Maximum_cardinality_gives_up_weight_for_an_extra_pair()
    {
        WeightedEdge[] edges = [new(0, 1, 2), new(1, 2, 10), new(2, 3, 2)];
        Assert.Equal(10, WeightedMatching.MaximumWeight(4, edges).TotalWeight);
        var result = WeightedMatching.MaximumWeight(4, edges, new WeightedMatchingOptions { MaximumCardinality = true });
        Assert.Equal(2, result.PairCount);
        Assert.Equal(4, result.TotalWeight);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Parallel_edges_count_at_their_heaviest()
    {
        WeightedEdge[] edges = [new(0, 1, 2), new(1, 0, 9), new(0, 1, 4), new(1, 2, 8)];
        var result = WeightedMatching.MaximumWeight(3, edges);
        Assert.Equal(1, result.Mates[0]);
        Assert.Equal(9, result.TotalWeight);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Negative_vertex_count_is_rejected()
    {
        var ex = Assert.ThrowsAny<ArgumentException>(() => WeightedMatching.MaximumWeight(-1, ReadOnlySpan<WeightedEdge>.Empty));
        Assert.Equal("vertexCount", ex.ParamName);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Endpoint_out_of_range_names_the_edge()
    {
        WeightedEdge[] edges = [new(0, 1, 1), new(2, 3, 7)];
        var ex = Assert.Throws<ArgumentException>(() => WeightedMatching.MaximumWeight(3, edges));
        Assert.Equal("edges", ex.ParamName);
        Assert.StartsWith("Edge 1 (U = 2, V = 3, Weight = 7) has an endpoint outside [0, 3).", ex.Message, StringComparison.Ordinal);

        WeightedEdge[] negative = [new(-1, 0, 1)];
        ex = Assert.Throws<ArgumentException>(() => GreedyMatching.Match(3, negative));
        Assert.StartsWith("Edge 0 (U = -1, V = 0, Weight = 1) has an endpoint outside [0, 3).", ex.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Self_loop_names_the_edge()
    {
        WeightedEdge[] edges = [new(0, 1, 1), new(1, 2, 1), new(2, 2, 5)];
        var ex = Assert.Throws<ArgumentException>(() => WeightedMatching.MaximumWeight(3, edges));
        Assert.StartsWith("Edge 2 (U = 2, V = 2, Weight = 5) is a self-loop.", ex.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Weight_beyond_the_overflow_bound_names_the_edge()
    {
        var bound = WeightedMatching.MaxAbsoluteWeight(2);
        Assert.Equal(long.MaxValue / 32, bound);
        WeightedEdge[] edges = [new(0, 1, bound), new(0, 1, -bound - 1)];
        var ex = Assert.Throws<ArgumentException>(() => WeightedMatching.MaximumWeight(2, edges));
        Assert.StartsWith($"Edge 1 (U = 0, V = 1, Weight = {-bound - 1}) has a weight outside", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3_000, 120_000, WeightedMatchingAlgorithm.Automatic, true)]      // degree 80, below n / 32 (93.75): sparse
    [InlineData(3_000, 140_625, WeightedMatchingAlgorithm.Automatic, false)]     // exactly n / 32: dense
    [InlineData(3_000, 10, WeightedMatchingAlgorithm.Dense, false)]
    [InlineData(3_000, 1_000_000, WeightedMatchingAlgorithm.Sparse, true)]
    [InlineData(40_000, (1 << 29) - 1, WeightedMatchingAlgorithm.Sparse, true)]
    [InlineData(40_000, 1 << 29, WeightedMatchingAlgorithm.Sparse, false)]       // the sparse solver's queue items hold edge ids below 2^29
    [InlineData(200_000, 1 << 29, WeightedMatchingAlgorithm.Automatic, false)]   // sparse by degree (n / 32 = 6,250 > 5,369), but past the limit
    public void The_solver_choice_follows_the_average_degree_and_never_gives_the_sparse_solver_2_to_the_29_edges(int vertices, int edges, WeightedMatchingAlgorithm algorithm, bool sparse) =>
        Assert.Equal(sparse, WeightedMatching.UsesSparse(vertices, edges, algorithm));
}
