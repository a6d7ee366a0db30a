using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Solver;

/// <summary>
/// Both solvers on graphs that grow, nest, relabel and expand blossoms (odd cycles with near-equal weights, chords and
/// pendant stems), against exhaustive search; and on medium random graphs, against the dual certificate and each other.
/// </summary>
public class BlossomStructureTests
{
    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(SolverTests.BothSolversBothModes), MemberType = typeof(SolverTests))]
    public Task Blossom_rich_graphs_reach_the_exhaustive_optimum_with_a_valid_certificate(WeightedMatchingAlgorithm algorithm, bool cardinality) =>
        SolverTests.Run(() =>
        {
            var options = new WeightedMatchingOptions { MaximumCardinality = cardinality, IncludeCertificate = true, Algorithm = algorithm };
            for (var seed = 0; seed < 1500; seed++)
            {
                var (n, edges) = RandomGraphs.Blossoms(seed, maxN: 7 + (seed % 7));
                var result = WeightedMatching.MaximumWeight(n, edges.ToArray(), options);

                MatchingChecks.AssertValidMatching(n, edges, result);
                var (pairs, weight) = ExhaustiveMatching.Optimum(n, edges, cardinality);
                Assert.True(weight == result.TotalWeight && (!cardinality || pairs == result.PairCount),
                    $"seed {seed}: n = {n}, optimum ({pairs}, {weight}), solver ({result.PairCount}, {result.TotalWeight})");
                var violation = MatchingChecks.FindCertificateViolation(n, edges, result, cardinality);
                Assert.True(violation is null, $"seed {seed}: {violation}");
            }
        });

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(SolverTests.BothSolversBothModes), MemberType = typeof(SolverTests))]
    public Task Medium_random_graphs_are_certified_and_both_solvers_agree_on_the_optimum(WeightedMatchingAlgorithm algorithm, bool cardinality) =>
        SolverTests.Run(() =>
        {
            var other = algorithm == WeightedMatchingAlgorithm.Dense ? WeightedMatchingAlgorithm.Sparse : WeightedMatchingAlgorithm.Dense;
            for (var seed = 0; seed < 60; seed++)
            {
                var random = new Random(31_000 + seed);
                var n = random.Next(16, 48);
                var density = new[] { 0.08, 0.2, 0.5, 1.0 }[seed % 4];
                var maxWeight = new[] { 2L, 6L, 40L, 5_000L }[(seed / 4) % 4];
                var edges = RandomGraphs.Create(random, n, density, cardinality ? -maxWeight : 1, maxWeight);
                var result = WeightedMatching.MaximumWeight(n, edges.ToArray(), new WeightedMatchingOptions { MaximumCardinality = cardinality, IncludeCertificate = true, Algorithm = algorithm });

                MatchingChecks.AssertValidMatching(n, edges, result);
                var violation = MatchingChecks.FindCertificateViolation(n, edges, result, cardinality);
                Assert.True(violation is null, $"seed {seed}: {violation}");
                var check = WeightedMatching.MaximumWeight(n, edges.ToArray(), new WeightedMatchingOptions { MaximumCardinality = cardinality, Algorithm = other });
                // Optima of equal weight may differ in size; in cardinality mode the size comes first, so it must agree too.
                Assert.True(check.TotalWeight == result.TotalWeight && (!cardinality || check.PairCount == result.PairCount),
                    $"seed {seed}: {algorithm} ({result.PairCount}, {result.TotalWeight}), {other} ({check.PairCount}, {check.TotalWeight})");
            }
        });

    [Theory(Timeout = TestTimeouts.Solver)]
    [InlineData(WeightedMatchingAlgorithm.Dense)]
    [InlineData(WeightedMatchingAlgorithm.Sparse)]
    public void Certificate_blossoms_list_their_vertices_in_ascending_order(WeightedMatchingAlgorithm algorithm)
    {
        var options = new WeightedMatchingOptions { IncludeCertificate = true, Algorithm = algorithm };
        var blossoms = 0;
        for (var seed = 0; seed < 200; seed++)
        {
            var (n, edges) = RandomGraphs.Blossoms(seed, maxN: 13);
            foreach (var blossom in WeightedMatching.MaximumWeight(n, edges.ToArray(), options).Certificate!.Blossoms)
            {
                blossoms++;
                Assert.Equal(blossom.Vertices.Order(), blossom.Vertices);
            }
        }

        Assert.True(blossoms > 20, $"only {blossoms} blossoms in the certificates");
    }
}
