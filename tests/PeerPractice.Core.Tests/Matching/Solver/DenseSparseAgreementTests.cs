using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Solver;

/// <summary>The dense and sparse solvers reach the same optimum, each with its own certificate.</summary>
public class DenseSparseAgreementTests
{
    private static readonly WeightedMatchingAlgorithm[] Both = [WeightedMatchingAlgorithm.Dense, WeightedMatchingAlgorithm.Sparse];

    public static TheoryData<int, double, bool> Shapes => new()
    {
        { 400, 0.005, false },
        { 400, 0.02, false },
        { 400, 0.1, false },
        { 400, 0.5, false },
        { 401, 1.0, false },
        { 400, 0.005, true },
        { 400, 0.05, true },
        { 301, 1.0, true },
    };

    [Theory(Timeout = 120_000)]
    [MemberData(nameof(Shapes))]
    public Task Totals_and_certificates_agree_on_random_graphs_of_several_densities(int n, double density, bool cardinality) =>
        SolverTests.Run(() =>
        {
            for (var seed = 0; seed < 3; seed++)
            {
                var random = new Random((n * 1_009) + seed);
                var edges = RandomGraphs.Create(random, n, density, cardinality ? -50 : 0, 1_000);
                var results = Both.Select(a => Solve(n, edges, a, cardinality)).ToArray();
                Assert.Equal(results[0].TotalWeight, results[1].TotalWeight);
                Assert.Equal(results[0].PairCount, results[1].PairCount);
            }
        });

    [Fact(Timeout = 120_000)]
    public Task Disconnected_components_with_zero_and_negative_weights_agree() =>
        SolverTests.Run(() =>
        {
            // Four components of different densities; isolated vertices in between; weights from -20 to 20.
            var random = new Random(77);
            var edges = new List<WeightedEdge>();
            var offset = 0;
            foreach (var (size, density) in new[] { (60, 0.5), (1, 0.0), (121, 0.05), (7, 1.0), (200, 0.01) })
            {
                edges.AddRange(RandomGraphs.Create(random, size, density, -20, 20).Select(e => new WeightedEdge(e.U + offset, e.V + offset, e.Weight)));
                offset += size;
            }

            foreach (var cardinality in new[] { false, true })
            {
                var results = Both.Select(a => Solve(offset, edges, a, cardinality)).ToArray();
                Assert.Equal(results[0].TotalWeight, results[1].TotalWeight);
                Assert.Equal(results[0].PairCount, results[1].PairCount);
                foreach (var result in results)
                {
                    foreach (var ((u, v), weight) in MatchingChecks.BestWeights(edges))
                    {
                        Assert.True(cardinality || weight > 0 || result.Mates[u] != v, $"edge ({u}, {v}) of weight {weight} is matched");
                        Assert.True((u < 60) == (v < 60) || result.Mates[u] != v, "edges only join vertices of one component");
                    }
                }
            }
        });

    [Fact(Timeout = 120_000)]
    public Task A_sparse_graph_of_20000_vertices_is_certified_by_the_sparse_solver() =>
        SolverTests.Run(() =>
        {
            // The benchmark shape (average degree 20, weights 0..1,000) at the smaller benchmark size; the dense solver
            // would take tens of seconds here, so the certificate alone proves the result.
            const int n = 20_000;
            var random = new Random(2026);
            var edges = new List<WeightedEdge>(10 * n);
            for (var i = 0; i < 10 * n; i++)
            {
                var u = random.Next(n);
                var v = random.Next(n - 1);
                edges.Add(new WeightedEdge(u, v >= u ? v + 1 : v, random.Next(0, 1_001)));
            }

            var result = Solve(n, edges, WeightedMatchingAlgorithm.Automatic, cardinality: false);
            Assert.True(result.TotalWeight > GreedyMatching.Match(n, edges.ToArray()).TotalWeight);
        });

    [Fact]
    public void An_undefined_algorithm_is_refused_by_name()
    {
        var options = new WeightedMatchingOptions { Algorithm = (WeightedMatchingAlgorithm)7 };
        var ex = Assert.Throws<ArgumentOutOfRangeException>(() => WeightedMatching.MaximumWeight(2, [new WeightedEdge(0, 1, 1)], options));
        Assert.Equal("options", ex.ParamName);
        Assert.Contains("Automatic, Dense or Sparse", ex.Message, StringComparison.Ordinal);
    }

    private static WeightedMatchingResult Solve(int n, List<WeightedEdge> edges, WeightedMatchingAlgorithm algorithm, bool cardinality)
    {
        var options = new WeightedMatchingOptions { MaximumCardinality = cardinality, IncludeCertificate = true, Algorithm = algorithm };
        var result = WeightedMatching.MaximumWeight(n, edges.ToArray(), options);
        MatchingChecks.AssertValidMatching(n, edges, result);
        var violation = MatchingChecks.FindCertificateViolation(n, edges, result, cardinality);
        Assert.True(violation is null, $"{algorithm}: {violation}");
        return result;
    }
}
