using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Solver;

/// <summary>On graphs too large for exhaustive search, optimality is proven by the dual certificate.</summary>
public class WeightedMatchingCertificateTests
{
    public static TheoryData<int, double, long> LargeGraphs => new()
    {
        { 50, 0.1, 100 },
        { 51, 1.0, 3 },
        { 100, 0.05, 10_000 },
        { 120, 0.5, 10_000 },
        { 150, 1.0, 10 },
        { 199, 0.02, 1_000_000 },
        { 200, 1.0, 10_000 },
        { 300, 0.3, 10_000 },
        { 300, 1.0, 2 },
    };

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(LargeGraphs))]
    public void Maximum_weight_certificate_holds_on_larger_graphs(int n, double density, long maxWeight)
    {
        for (var seed = 0; seed < 3; seed++)
        {
            var edges = RandomGraphs.Create(new Random((n * 31) + seed), n, density, 1, maxWeight);
            var result = WeightedMatching.MaximumWeight(n, edges.ToArray(), new WeightedMatchingOptions { IncludeCertificate = true });

            MatchingChecks.AssertValidMatching(n, edges, result);
            Assert.Null(MatchingChecks.FindCertificateViolation(n, edges, result, maximumCardinality: false));
            Assert.True(result.TotalWeight >= GreedyMatching.Match(n, edges.ToArray()).TotalWeight);
        }
    }

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(LargeGraphs))]
    public void Maximum_cardinality_certificate_holds_and_size_matches_unit_weights(int n, double density, long maxWeight)
    {
        var edges = RandomGraphs.Create(new Random(n + 7), n, density, -maxWeight, maxWeight);
        var result = WeightedMatching.MaximumWeight(n, edges.ToArray(), new WeightedMatchingOptions { MaximumCardinality = true, IncludeCertificate = true });

        MatchingChecks.AssertValidMatching(n, edges, result);
        Assert.Null(MatchingChecks.FindCertificateViolation(n, edges, result, maximumCardinality: true));

        // With every weight 1 the maximum weight is the maximum cardinality, proven by its own certificate.
        var unit = edges.Select(e => e with { Weight = 1 }).ToList();
        var cardinality = WeightedMatching.MaximumWeight(n, unit.ToArray(), new WeightedMatchingOptions { IncludeCertificate = true });
        Assert.Null(MatchingChecks.FindCertificateViolation(n, unit, cardinality, maximumCardinality: false));
        Assert.Equal(cardinality.PairCount, result.PairCount);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Certificate_holds_on_a_large_sparse_graph()
    {
        // Sparse graphs build deeper blossom structures than dense ones; this exercises the explicit-stack paths.
        const int n = 4_000;
        var random = new Random(42);
        var edges = new List<WeightedEdge>();
        for (var i = 0; i < 3 * n; i++)
        {
            var u = random.Next(n);
            var v = random.Next(n - 1);
            edges.Add(new WeightedEdge(u, v >= u ? v + 1 : v, random.Next(1, 20)));
        }

        foreach (var cardinality in new[] { false, true })
        {
            var result = WeightedMatching.MaximumWeight(n, edges.ToArray(), new WeightedMatchingOptions { MaximumCardinality = cardinality, IncludeCertificate = true });
            MatchingChecks.AssertValidMatching(n, edges, result);
            Assert.Null(MatchingChecks.FindCertificateViolation(n, edges, result, cardinality));
        }
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Weights_at_the_documented_bound_do_not_overflow()
    {
        const int n = 60;
        var bound = WeightedMatching.MaxAbsoluteWeight(n);
        var random = new Random(5);
        var edges = RandomGraphs.Create(random, n, 0.5, 1, 1000)
            .Select(e => e with { Weight = (e.Weight % 3 == 0 ? -1 : 1) * (bound - random.NextInt64(0, 3)) })
            .ToList();
        foreach (var cardinality in new[] { false, true })
        {
            var result = WeightedMatching.MaximumWeight(n, edges.ToArray(), new WeightedMatchingOptions { MaximumCardinality = cardinality, IncludeCertificate = true });
            MatchingChecks.AssertValidMatching(n, edges, result);
            Assert.Null(MatchingChecks.FindCertificateViolation(n, edges, result, cardinality));
        }
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Same_input_gives_the_same_mates()
    {
        var edges = RandomGraphs.Create(new Random(11), 150, 0.6, 1, 5).ToArray();
        var first = WeightedMatching.MaximumWeight(150, edges);
        var second = WeightedMatching.MaximumWeight(150, edges);
        Assert.Equal(first.Mates, second.Mates);
    }
}
