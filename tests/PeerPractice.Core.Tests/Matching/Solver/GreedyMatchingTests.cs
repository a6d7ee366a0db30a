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
}
