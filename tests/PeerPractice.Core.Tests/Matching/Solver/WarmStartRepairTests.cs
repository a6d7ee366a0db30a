using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Solver;

/// <summary>
/// The sparse solver's warm start when the new edges break the old optimum's duals: heavier edges inside and between
/// the blossoms of the previous solve (which dissolves or raises them) and exposed vertices of either parity, against
/// exhaustive search and the certificate; and the warm start's refusals.
/// </summary>
public class WarmStartRepairTests
{
    [Fact(Timeout = TestTimeouts.Solver)]
    public Task Warm_solves_after_heavier_edges_join_blossom_rich_graphs_reach_the_exhaustive_optimum() =>
        SolverTests.Run(() =>
        {
            for (var seed = 0; seed < 1200; seed++)
            {
                var (n, generated) = RandomGraphs.Blossoms(seed, maxN: 7 + (seed % 7));
                var random = new Random(seed);
                var edges = FirstOfEachPair(generated);
                var structure = edges.Count;

                // New pairs, some far heavier than anything before: they cut through the old blossoms.
                var top = edges.Count == 0 ? 10 : edges.Max(e => e.Weight);
                for (var extra = random.Next(1, 2 + n); extra > 0 && n >= 2; extra--)
                {
                    var u = random.Next(n);
                    var v = random.Next(n);
                    if (u != v && !edges.Any(e => (e.U == u && e.V == v) || (e.U == v && e.V == u)))
                    {
                        edges.Add(new WeightedEdge(u, v, random.NextInt64(1, (2 * top) + 3)));
                    }
                }

                SparseBlossomSolver? solver = null;
                foreach (var count in new[] { structure / 2, structure, (structure + edges.Count) / 2, edges.Count }.Distinct())
                {
                    var prefix = edges.GetRange(0, count);
                    var warm = WeightedMatching.MaximumWeightResumable(n, prefix.ToArray(), ref solver);
                    MatchingChecks.AssertValidMatching(n, prefix, warm);
                    var (_, optimum) = ExhaustiveMatching.Optimum(n, prefix, cardinalityFirst: false);
                    Assert.True(optimum == warm.TotalWeight, $"seed {seed}, {count} edges: optimum {optimum}, warm {warm.TotalWeight}");
                    var violation = MatchingChecks.FindCertificateViolation(n, prefix, warm, maximumCardinality: false);
                    Assert.True(violation is null, $"seed {seed}, {count} edges: {violation}");
                }
            }
        });

    [Fact(Timeout = TestTimeouts.Solver)]
    public void A_warm_start_on_a_different_vertex_count_is_refused()
    {
        SparseBlossomSolver? solver = null;
        WeightedMatching.MaximumWeightResumable(4, [new WeightedEdge(0, 1, 5), new WeightedEdge(2, 3, 5)], ref solver);
        var ex = Assert.Throws<ArgumentException>(() => WeightedMatching.MaximumWeightResumable(6, [new WeightedEdge(0, 1, 5), new WeightedEdge(2, 3, 5)], ref solver));
        Assert.Contains("same vertices", ex.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void A_warm_start_from_a_maximum_cardinality_solve_is_refused()
    {
        var graph = MatchingGraph.Build(4, [new WeightedEdge(0, 1, 5), new WeightedEdge(1, 2, 9), new WeightedEdge(2, 3, 5)], keepNonPositive: true);
        var previous = new SparseBlossomSolver(graph, maxCardinality: true);
        previous.Solve();
        var ex = Assert.Throws<ArgumentException>(() => SparseBlossomSolver.Resume(previous, graph));
        Assert.Contains("maximum-weight mode only", ex.Message, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void A_warm_start_leaves_edges_of_zero_or_negative_weight_unmatched()
    {
        // Like the cold solve, the resumable one ignores edges that cannot add weight: 0-1 and 2-3 stay apart.
        SparseBlossomSolver? solver = null;
        WeightedEdge[] edges = [new(0, 1, 0), new(1, 2, 3), new(2, 3, -1), new(3, 4, 0), new(4, 5, 2)];
        var result = WeightedMatching.MaximumWeightResumable(6, edges, ref solver);
        Assert.Equal(new[] { -1, 2, 1, -1, 5, 4 }, result.Mates);
        Assert.Equal(2, result.PairCount);
        Assert.Equal(5, result.TotalWeight);

        // A lone zero-weight edge adds nothing and stays unmatched (were it kept, it would be tight from the start).
        SparseBlossomSolver? alone = null;
        Assert.Equal(new[] { -1, -1, -1 }, WeightedMatching.MaximumWeightResumable(3, [new WeightedEdge(2, 1, 0)], ref alone).Mates);
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void Warm_solves_where_an_edge_event_reaches_vertex_0_inside_a_T_blossom_reach_the_exhaustive_optimum()
    {
        // Found by a search over random graphs: in the last warm solve an edge event into vertex 0, sitting inside a
        // T-blossom, surfaces and must be parked on vertex 0 (vertex ids start at 0, so "no vertex" is -1, not 0);
        // dropped, the edge (5, 0) is never looked at again and ends with negative slack.
        WeightedEdge[] edges =
        [
            new(0, 4, 65), new(0, 8, 65), new(2, 8, 58), new(4, 8, 63), new(3, 1, 53), new(2, 3, 58), new(1, 2, 61),
            new(7, 6, 56), new(8, 7, 55), new(6, 8, 61), new(0, 4, 58), new(5, 0, 66), new(4, 5, 62),
        ];
        SparseBlossomSolver? solver = null;
        foreach (var count in new[] { 4, 8, 13 })
        {
            var prefix = edges[..count];
            var warm = WeightedMatching.MaximumWeightResumable(9, prefix, ref solver);
            MatchingChecks.AssertValidMatching(9, prefix, warm);
            Assert.Equal(ExhaustiveMatching.Optimum(9, prefix, cardinalityFirst: false).Weight, warm.TotalWeight);
            Assert.Null(MatchingChecks.FindCertificateViolation(9, prefix, warm, maximumCardinality: false));
        }
    }

    /// <summary>One edge per pair, the first given, in the order given (cycles first, then chords and stems).</summary>
    private static List<WeightedEdge> FirstOfEachPair(List<WeightedEdge> edges)
    {
        var seen = new HashSet<(int, int)>();
        return [.. edges.Where(e => seen.Add(e.U < e.V ? (e.U, e.V) : (e.V, e.U)))];
    }
}
