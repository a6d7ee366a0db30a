using System;

namespace PeerPractice.Matching;

/// <summary>
/// Exact maximum-weight matching on general graphs (Edmonds' blossom algorithm, primal-dual, integer arithmetic
/// throughout, O(n + m) memory): an O(n^3) form for dense graphs and an O(nm log n) form for sparse ones, chosen by
/// density or by <see cref="WeightedMatchingOptions.Algorithm"/>.
/// </summary>
/// <remarks>
/// Parallel edges are merged, keeping the heaviest. In maximum-weight mode, edges with zero or negative weight are
/// ignored because they never increase the total. The same input always gives the same result.
/// </remarks>
public static class WeightedMatching
{
    /// <summary>Finds a matching of greatest total weight.</summary>
    /// <param name="vertexCount">Number of vertices, numbered 0 to <paramref name="vertexCount"/> - 1.</param>
    /// <param name="edges">The edges; order does not change the total weight of the result.</param>
    /// <returns>The matching; <see cref="WeightedMatchingResult.Mates"/> has one entry per vertex.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="vertexCount"/> is negative, or an edge is a self-loop, has an endpoint out of range, or has a
    /// weight beyond <see cref="MaxAbsoluteWeight(int)"/>; the message names the edge's index and values.
    /// </exception>
    public static WeightedMatchingResult MaximumWeight(int vertexCount, ReadOnlySpan<WeightedEdge> edges) =>
        MaximumWeight(vertexCount, edges, default);

    /// <summary>Finds a matching of greatest total weight, or of greatest weight among those of greatest size.</summary>
    /// <param name="vertexCount">Number of vertices, numbered 0 to <paramref name="vertexCount"/> - 1.</param>
    /// <param name="edges">The edges; order does not change the total weight of the result.</param>
    /// <param name="options">Maximum cardinality first, and whether to return the optimality certificate.</param>
    /// <returns>The matching; <see cref="WeightedMatchingResult.Mates"/> has one entry per vertex.</returns>
    /// <exception cref="ArgumentException">
    /// <paramref name="vertexCount"/> is negative, or an edge is a self-loop, has an endpoint out of range, or has a
    /// weight beyond <see cref="MaxAbsoluteWeight(int)"/>, or <see cref="WeightedMatchingOptions.Algorithm"/> is not a
    /// defined value; the message names the edge's index and values.
    /// </exception>
    public static WeightedMatchingResult MaximumWeight(int vertexCount, ReadOnlySpan<WeightedEdge> edges, WeightedMatchingOptions options)
    {
        if (options.Algorithm is not (WeightedMatchingAlgorithm.Automatic or WeightedMatchingAlgorithm.Dense or WeightedMatchingAlgorithm.Sparse))
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Algorithm, "WeightedMatchingOptions.Algorithm must be Automatic, Dense or Sparse.");
        }

        var graph = MatchingGraph.Build(vertexCount, edges, keepNonPositive: options.MaximumCardinality);
        var mates = new int[vertexCount];
        MatchingCertificate? certificate = null;
        if (UsesSparse(graph.VertexCount, graph.EdgeCount, options.Algorithm))
        {
            var solver = new SparseBlossomSolver(graph, options.MaximumCardinality);
            if (graph.EdgeCount > 0)
            {
                solver.Solve();
            }

            for (var v = 0; v < vertexCount; v++)
            {
                mates[v] = solver.MateOf(v);
            }

            certificate = options.IncludeCertificate ? solver.BuildCertificate() : null;
        }
        else
        {
            var solver = new BlossomSolver(graph, options.MaximumCardinality);
            if (graph.EdgeCount > 0)
            {
                solver.Solve();
            }

            for (var v = 0; v < vertexCount; v++)
            {
                mates[v] = solver.MateOf(v);
            }

            certificate = options.IncludeCertificate ? solver.BuildCertificate() : null;
        }

        return new WeightedMatchingResult(mates, SumMatched(graph, mates, out var pairs), pairs, certificate);
    }

    /// <summary>
    /// The sparse solver's maximum-weight matching with its certificate, started warm from <paramref name="solver"/>'s
    /// optimum when it is set (every edge of that solve must be in <paramref name="edges"/> with the same weight; more may
    /// be added), cold otherwise. On return <paramref name="solver"/> holds this solve, to resume from next time.
    /// </summary>
    internal static WeightedMatchingResult MaximumWeightResumable(int vertexCount, ReadOnlySpan<WeightedEdge> edges, ref SparseBlossomSolver? solver)
    {
        var graph = MatchingGraph.Build(vertexCount, edges, keepNonPositive: false);
        var next = solver is null ? new SparseBlossomSolver(graph, maxCardinality: false) : SparseBlossomSolver.Resume(solver, graph);
        solver = null; // the previous solve's memory can go while this one runs
        next.Solve();
        var mates = new int[vertexCount];
        for (var v = 0; v < vertexCount; v++)
        {
            mates[v] = next.MateOf(v);
        }

        solver = next;
        return new WeightedMatchingResult(mates, SumMatched(graph, mates, out var pairs), pairs, next.BuildCertificate());
    }

    /// <summary>
    /// Automatic choice: the dense solver's O(n) passes per dual step pay off once a good share of all pairs are edges;
    /// below an average degree of n / 32 the sparse solver's event queue wins (on 3,000 vertices they tie at degree 60
    /// and the dense one is twice as fast at 180: docs/benchmarks.md). The sparse solver packs edge ids into queue items,
    /// which limits it to 2^29 edges.
    /// </summary>
    internal static bool UsesSparse(int vertexCount, int edgeCount, WeightedMatchingAlgorithm algorithm)
    {
        if (edgeCount >= (1 << 29))
        {
            return false;
        }

        return algorithm switch
        {
            WeightedMatchingAlgorithm.Dense => false,
            WeightedMatchingAlgorithm.Sparse => true,
            _ => 64L * edgeCount < (long)vertexCount * vertexCount,
        };
    }

    /// <summary>
    /// The largest weight magnitude accepted for <paramref name="vertexCount"/> vertices: <c>long.MaxValue / (8 (n + 2))</c>.
    /// Within it no dual variable, slack or total can overflow a <see cref="long"/> (duals stay within a few multiples of
    /// n times the largest weight, even in maximum-cardinality mode). For 2,000 vertices that is about 5.7e14.
    /// </summary>
    /// <param name="vertexCount">Number of vertices (not negative).</param>
    /// <returns>The bound, inclusive.</returns>
    public static long MaxAbsoluteWeight(int vertexCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        return long.MaxValue / (8L * (vertexCount + 2L));
    }

    /// <summary>Sums the weights of matched edges of the merged graph (so parallel edges count once, at their heaviest).</summary>
    internal static long SumMatched(MatchingGraph graph, int[] mates, out int pairs)
    {
        long total = 0;
        pairs = 0;
        for (var k = 0; k < graph.EdgeCount; k++)
        {
            var u = graph.Endpoint[2 * k];
            if (mates[u] == graph.Endpoint[(2 * k) + 1])
            {
                total += graph.Weight[k];
                pairs++;
            }
        }

        return total;
    }
}
