using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Solver;

public class GreedyMatchingTests
{
    [Fact(Timeout = TestTimeouts.Solver)]
    public void Greedy_takes_heaviest_first_and_breaks_ties_by_input_order()
    {
        WeightedEdge[] edges = [new(0, 1, 5), new(1, 2, 5), new(2, 3, 5), new(3, 0, 1)];
        var result = GreedyMatching.Match(4, edges);
        Assert.Equal(new[] { 1, 0, 3, 2 }, result.Mates);
        Assert.Equal(10, result.TotalWeight);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Greedy_is_a_valid_matching_within_half_of_the_optimum()
    {
        for (var seed = 0; seed < 300; seed++)
        {
            var (n, edges) = RandomGraphs.Varied(7_000 + seed, maxN: 12);
            var greedy = GreedyMatching.Match(n, edges.ToArray());
            MatchingChecks.AssertValidMatching(n, edges, greedy);
            var (_, optimum) = ExhaustiveMatching.Optimum(n, edges, cardinalityFirst: false);
            Assert.InRange(2 * greedy.TotalWeight, optimum, 2 * optimum);
        }
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Greedy_breaks_ties_by_merged_edge_order_on_graphs_with_many_equal_weights()
    {
        // Long runs of equal weights (more than 16 edges, where the array sort stops being stable): among equal
        // weights, the edge earlier in the merged list (ordered by smaller endpoint) must be taken first.
        for (var seed = 0; seed < 40; seed++)
        {
            var random = new Random(9_100 + seed);
            var n = random.Next(12, 40);
            var edges = RandomGraphs.Create(random, n, 0.4, 1, 1 + (seed % 3)).ToArray();
            var graph = MatchingGraph.Build(n, edges, keepNonPositive: false);
            var expected = new int[n];
            Array.Fill(expected, -1);
            foreach (var k in Enumerable.Range(0, graph.EdgeCount).OrderByDescending(k => graph.Weight[k]))
            {
                var (u, v) = (graph.Endpoint[2 * k], graph.Endpoint[(2 * k) + 1]);
                if (expected[u] < 0 && expected[v] < 0)
                {
                    (expected[u], expected[v]) = (v, u);
                }
            }

            Assert.Equal(expected, GreedyMatching.Match(n, edges).Mates);
        }
    }
}
