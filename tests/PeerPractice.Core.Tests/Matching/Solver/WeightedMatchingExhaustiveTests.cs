using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Solver;

/// <summary>The solver against exhaustive search on every small random graph of many shapes.</summary>
public class WeightedMatchingExhaustiveTests
{
    private static readonly WeightedMatchingOptions WeightOnly = new() { IncludeCertificate = true };
    private static readonly WeightedMatchingOptions CardinalityFirst = new() { MaximumCardinality = true, IncludeCertificate = true };

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Maximum_weight_equals_exhaustive_optimum_on_4000_small_graphs()
    {
        for (var seed = 0; seed < 4000; seed++)
        {
            var (n, edges) = RandomGraphs.Varied(seed, maxN: 12);
            var result = WeightedMatching.MaximumWeight(n, edges.ToArray(), WeightOnly);

            MatchingChecks.AssertValidMatching(n, edges, result);
            var (_, optimum) = ExhaustiveMatching.Optimum(n, edges, cardinalityFirst: false);
            Assert.True(optimum == result.TotalWeight, $"seed {seed}: n = {n}, optimum {optimum}, solver {result.TotalWeight}");
            var violation = MatchingChecks.FindCertificateViolation(n, edges, result, maximumCardinality: false);
            Assert.True(violation is null, $"seed {seed}: {violation}");
            foreach (var ((u, v), weight) in MatchingChecks.BestWeights(edges))
            {
                Assert.True(weight > 0 || result.Mates[u] != v, $"seed {seed}: edge ({u}, {v}) of weight {weight} is matched");
            }
        }
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Maximum_cardinality_equals_exhaustive_optimum_on_3000_small_graphs()
    {
        for (var seed = 0; seed < 3000; seed++)
        {
            var (n, edges) = RandomGraphs.Varied(100_000 + seed, maxN: 12);
            var result = WeightedMatching.MaximumWeight(n, edges.ToArray(), CardinalityFirst);

            MatchingChecks.AssertValidMatching(n, edges, result);
            var (pairs, weight) = ExhaustiveMatching.Optimum(n, edges, cardinalityFirst: true);
            Assert.True(pairs == result.PairCount && weight == result.TotalWeight,
                $"seed {seed}: n = {n}, optimum ({pairs}, {weight}), solver ({result.PairCount}, {result.TotalWeight})");
            var violation = MatchingChecks.FindCertificateViolation(n, edges, result, maximumCardinality: true);
            Assert.True(violation is null, $"seed {seed}: {violation}");
        }
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Every_graph_up_to_four_vertices_with_weights_in_minus_one_to_two_matches_exhaustive()
    {
        // Every pair either absent or weighted -1, 0, 1 or 2: 5^6 patterns on four vertices, all small shapes and ties.
        for (var n = 2; n <= 4; n++)
        {
            var pairs = Enumerable.Range(0, n).SelectMany(u => Enumerable.Range(u + 1, n - u - 1).Select(v => (u, v))).ToArray();
            var patterns = (int)Math.Pow(5, pairs.Length); // weight 0 means "no edge", 1..4 mean weights -1..2
            for (var code = 0; code < patterns; code++)
            {
                var edges = new List<WeightedEdge>();
                var c = code;
                foreach (var (u, v) in pairs)
                {
                    var digit = c % 5;
                    c /= 5;
                    if (digit > 0)
                    {
                        edges.Add(new WeightedEdge(u, v, digit - 2));
                    }
                }

                foreach (var cardinality in new[] { false, true })
                {
                    var result = WeightedMatching.MaximumWeight(n, edges.ToArray(), new WeightedMatchingOptions { MaximumCardinality = cardinality });
                    var (p, w) = ExhaustiveMatching.Optimum(n, edges, cardinality);
                    Assert.Equal(w, result.TotalWeight);
                    if (cardinality)
                    {
                        Assert.Equal(p, result.PairCount);
                    }
                }
            }
        }
    }
}
