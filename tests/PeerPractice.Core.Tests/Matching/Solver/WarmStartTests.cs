using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Solver;

/// <summary>
/// The sparse solver's warm start (the price-out round's re-solve after edges join): on every stage of a growing edge set
/// it reaches the cold solve's total, and its own certificate verifies against every edge.
/// </summary>
public class WarmStartTests
{
    public static TheoryData<int, double, long, long> Shapes => new()
    {
        { 60, 0.3, 0, 1_000 },       // dense: many blossoms
        { 61, 0.15, 0, 20 },         // ties
        { 200, 0.03, 0, 1_000 },     // sparse, odd cycles
        { 301, 0.02, 1, 9 },         // sparse with few weight levels
        { 150, 0.1, 1_000_000, 1_000_100 }, // a large common part, as the round's cardinality bonus
    };

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Shapes))]
    public Task Warm_solves_of_a_growing_edge_set_match_cold_solves(int n, double density, long min, long max) =>
        SolverTests.Run(() =>
        {
            for (var seed = 0; seed < 12; seed++)
            {
                var random = new Random((n * 7_919) + seed);
                var all = Distinct(RandomGraphs.Create(random, n, density, min, max));
                random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(all));
                SparseBlossomSolver? solver = null;
                foreach (var share in new[] { 0.3, 0.5, 0.8, 1.0 })
                {
                    var edges = all.GetRange(0, (int)(all.Count * share));
                    var warm = WeightedMatching.MaximumWeightResumable(n, edges.ToArray(), ref solver);
                    var cold = WeightedMatching.MaximumWeight(n, edges.ToArray(), new WeightedMatchingOptions { Algorithm = WeightedMatchingAlgorithm.Sparse });
                    Assert.Equal(cold.TotalWeight, warm.TotalWeight);
                    MatchingChecks.AssertValidMatching(n, edges, warm);
                    Assert.Null(MatchingChecks.FindCertificateViolation(n, edges, warm, maximumCardinality: false));
                }
            }
        });

    [Fact(Timeout = 120_000)]
    public Task Warm_solves_on_small_varied_graphs_match_cold_solves_edge_by_edge() =>
        SolverTests.Run(() =>
        {
            for (var seed = 0; seed < 300; seed++)
            {
                var (n, raw) = RandomGraphs.Varied(seed, 14);
                var all = Distinct(raw);
                SparseBlossomSolver? solver = null;
                for (var count = 0; count <= all.Count; count += 1 + (seed % 3))
                {
                    var edges = all.GetRange(0, count);
                    var warm = WeightedMatching.MaximumWeightResumable(n, edges.ToArray(), ref solver);
                    var cold = WeightedMatching.MaximumWeight(n, edges.ToArray());
                    Assert.Equal(cold.TotalWeight, warm.TotalWeight);
                    Assert.Null(MatchingChecks.FindCertificateViolation(n, edges, warm, maximumCardinality: false));
                }
            }
        });

    [Fact]
    public void A_warm_start_without_an_edge_of_the_previous_graph_is_refused()
    {
        SparseBlossomSolver? solver = null;
        WeightedMatching.MaximumWeightResumable(4, [new WeightedEdge(0, 1, 5), new WeightedEdge(2, 3, 5)], ref solver);
        Assert.Throws<InvalidOperationException>(() => WeightedMatching.MaximumWeightResumable(4, [new WeightedEdge(0, 1, 5)], ref solver));
    }

    /// <summary>One edge per pair (the heaviest), so that a prefix of the list never changes an earlier pair's weight.</summary>
    private static List<WeightedEdge> Distinct(List<WeightedEdge> edges) =>
        [.. MatchingChecks.BestWeights(edges).Select(p => new WeightedEdge(p.Key.Item1, p.Key.Item2, p.Value)).OrderBy(e => e.U).ThenBy(e => e.V)];
}
