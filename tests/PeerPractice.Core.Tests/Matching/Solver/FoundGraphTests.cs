using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Solver;

/// <summary>
/// Small graphs, found by searching random graphs (most of them odd cycles joined by bridges), on which a slip in a
/// solver's bookkeeping (the dense solver's least-slack lists of blossoms, its lone-root shortcut and its relabelling of
/// an expanded T-blossom, the sparse solver's parked edges) loses the optimum; each solved by both solvers in both modes
/// against exhaustive search and the dual certificate.
/// </summary>
public class FoundGraphTests
{
    /// <summary>
    /// Triangles 1-4-6 and 0-2-3 joined by the light edge 1-2, vertex 5 hanging off 6. The dense solver shrinks blossoms
    /// here and later reads a blossom's least-slack list, whose edges must be read from whichever end lies in the
    /// blossom: read from a fixed end, an edge out of the blossom is overlooked and 14 comes back instead of the
    /// optimum 15 (1-4, 0-2, 5-6).
    /// </summary>
    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(SolverTests.BothSolversBothModes), MemberType = typeof(SolverTests))]
    public void Two_triangles_joined_by_a_light_bridge_reach_the_exhaustive_optimum(WeightedMatchingAlgorithm algorithm, bool cardinality) =>
        AssertOptimal(7, [new(6, 1, 7), new(1, 4, 7), new(4, 6, 7), new(2, 0, 7), new(0, 3, 4), new(3, 2, 4), new(5, 6, 1), new(2, 1, 2)], algorithm, cardinality);

    /// <summary>
    /// Triangle 1-4-7, and the odd cycles 5-8-6 and 3-2-9-0-10 joined by light edges, where a later stage meets tight
    /// edges between vertices that sit inside blossoms; the dense solver's lone-root shortcut (matching two free
    /// vertices that grew no tree, without ending the stage) must not take such vertices, or the stage never ends.
    /// </summary>
    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(SolverTests.BothSolversBothModes), MemberType = typeof(SolverTests))]
    public void Odd_cycles_meeting_inside_blossoms_reach_the_exhaustive_optimum(WeightedMatchingAlgorithm algorithm, bool cardinality) =>
        AssertOptimal(
            11,
            [
                new(4, 7, 7), new(7, 1, 7), new(1, 4, 7), new(5, 8, 7), new(8, 6, 7), new(6, 5, 6), new(3, 2, 6),
                new(2, 9, 6), new(9, 0, 5), new(0, 10, 4), new(10, 3, 5), new(10, 6, 1), new(4, 6, 4),
            ],
            algorithm,
            cardinality);

    /// <summary>
    /// Triangle 0-1-4 with stems. The dense solver expands the T-blossom of the triangle after a tight edge from an
    /// S-vertex reached vertex 0 inside it; the part holding vertex 0 must then become T (vertex ids start at 0, so "none
    /// reached" is -1, not 0): left free, its tight edge is never looked at again and the matching is not optimal.
    /// </summary>
    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(SolverTests.BothSolversBothModes), MemberType = typeof(SolverTests))]
    public void A_triangle_expanded_after_vertex_0_inside_it_was_reached_reaches_the_exhaustive_optimum(WeightedMatchingAlgorithm algorithm, bool cardinality) =>
        AssertOptimal(10, [new(3, 9, 3), new(8, 3, 5), new(1, 4, 4), new(4, 0, 5), new(0, 1, 5), new(6, 0, 4), new(8, 4, 5), new(7, 4, 3)], algorithm, cardinality);

    /// <summary>
    /// Triangle 4-5-6 with the stems 5-2 and 5-3 and the path 7-0-6-1-8 through 6. The sparse solver parks edges on
    /// vertices inside a T-blossom and, when that blossom is expanded, labels a part T through a parked edge that is
    /// tight; only an edge whose far end is still an S-vertex may do that, not a tight parked edge from a vertex that is
    /// no longer S.
    /// </summary>
    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(SolverTests.BothSolversBothModes), MemberType = typeof(SolverTests))]
    public void A_triangle_with_two_stems_and_a_path_through_it_reaches_the_exhaustive_optimum(WeightedMatchingAlgorithm algorithm, bool cardinality) =>
        AssertOptimal(9, [new(6, 0, 4), new(0, 7, 4), new(6, 1, 4), new(8, 1, 3), new(5, 2, 4), new(5, 3, 4), new(5, 4, 5), new(4, 6, 5), new(5, 6, 5)], algorithm, cardinality);

    /// <summary>
    /// Sixteen edges of weight 4 to 6 on 14 vertices, shrunk from a random graph. The dense solver ends a stage with a
    /// zero-dual S-blossom holding a zero-dual sub-blossom that was T earlier in that stage; the expansion between stages
    /// only dissolves such a sub-blossom: relabelling it the way a T-blossom expanded mid-stage is relabelled, after the
    /// augmentation has changed the tree it was part of, throws.
    /// </summary>
    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(SolverTests.BothSolversBothModes), MemberType = typeof(SolverTests))]
    public void Nested_zero_dual_blossoms_dissolved_between_stages_reach_the_exhaustive_optimum(WeightedMatchingAlgorithm algorithm, bool cardinality) =>
        AssertOptimal(
            14,
            [
                new(0, 1, 6), new(0, 9, 6), new(3, 1, 6), new(1, 6, 6), new(1, 7, 6), new(1, 12, 6), new(10, 2, 5), new(11, 2, 4),
                new(13, 3, 6), new(9, 4, 5), new(8, 5, 6), new(5, 9, 6), new(6, 12, 6), new(7, 10, 6), new(8, 13, 6), new(9, 11, 5),
            ],
            algorithm,
            cardinality);

    /// <summary>
    /// Thirteen edges of weight 1 to 8 on 11 vertices, shrunk from a random graph. In maximum-cardinality mode the dense
    /// solver needs a new least-slack edge for an S-blossom formed in an earlier stage (its cached one led to a vertex that
    /// has left the forest); that blossom's least-slack list dates from the stage it formed in, so the edge must be found
    /// among all edges of its vertices, or an edge ends with negative slack.
    /// </summary>
    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(SolverTests.BothSolversBothModes), MemberType = typeof(SolverTests))]
    public void A_blossom_from_an_earlier_stage_that_needs_a_new_least_slack_edge_reaches_the_exhaustive_optimum(WeightedMatchingAlgorithm algorithm, bool cardinality) =>
        AssertOptimal(
            11,
            [
                new(0, 2, 6), new(10, 0, 4), new(5, 1, 3), new(9, 1, 8), new(7, 2, 1), new(3, 6, 1), new(3, 8, 1), new(4, 7, 3),
                new(4, 8, 4), new(9, 4, 2), new(4, 10, 2), new(7, 8, 4), new(9, 10, 7),
            ],
            algorithm,
            cardinality);

    private static void AssertOptimal(int n, WeightedEdge[] edges, WeightedMatchingAlgorithm algorithm, bool cardinality)
    {
        var result = WeightedMatching.MaximumWeight(n, edges, new WeightedMatchingOptions { MaximumCardinality = cardinality, IncludeCertificate = true, Algorithm = algorithm });

        MatchingChecks.AssertValidMatching(n, edges, result);
        var (pairs, weight) = ExhaustiveMatching.Optimum(n, edges, cardinality);
        Assert.Equal(weight, result.TotalWeight);
        if (cardinality)
        {
            Assert.Equal(pairs, result.PairCount);
        }

        Assert.Null(MatchingChecks.FindCertificateViolation(n, edges, result, cardinality));
    }
}
