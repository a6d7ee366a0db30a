using System;

namespace PeerPractice.Matching;

/// <summary>
/// The baseline every shuffler-with-scores uses: take edges from heaviest to lightest while both ends are free.
/// Fast (O(m log m)) and at least half the optimum weight, but not optimal; kept for comparison.
/// </summary>
internal static class GreedyMatching
{
    /// <summary>Pairs greedily by descending weight; ties go to the edge given first. Edges with weight zero or below are ignored.</summary>
    /// <param name="vertexCount">Number of vertices, numbered 0 to <paramref name="vertexCount"/> - 1.</param>
    /// <param name="edges">The edges; parallel edges are merged keeping the heaviest.</param>
    /// <returns>The greedy matching.</returns>
    /// <exception cref="ArgumentException">Same validation as <see cref="WeightedMatching.MaximumWeight(int, ReadOnlySpan{WeightedEdge})"/>.</exception>
    public static WeightedMatchingResult Match(int vertexCount, ReadOnlySpan<WeightedEdge> edges)
    {
        var graph = MatchingGraph.Build(vertexCount, edges, keepNonPositive: false);
        var m = graph.EdgeCount;
        var keys = new long[m];
        var order = new int[m];
        for (var k = 0; k < m; k++)
        {
            keys[k] = -graph.Weight[k];
            order[k] = k;
        }

        // Stable order for equal weights: the merged edge list is sorted by smaller endpoint, so sort (weight, index).
        Array.Sort(keys, order);
        SortEqualRuns(keys, order);

        var mates = new int[vertexCount];
        Array.Fill(mates, -1);
        foreach (var k in order)
        {
            var u = graph.Endpoint[2 * k];
            var v = graph.Endpoint[(2 * k) + 1];
            if (mates[u] < 0 && mates[v] < 0)
            {
                mates[u] = v;
                mates[v] = u;
            }
        }

        return new WeightedMatchingResult(mates, WeightedMatching.SumMatched(graph, mates, out var pairs), pairs, null);
    }

    private static void SortEqualRuns(long[] keys, int[] order)
    {
        var start = 0;
        for (var i = 1; i <= keys.Length; i++)
        {
            if (i == keys.Length || keys[i] != keys[start])
            {
                if (i - start > 1)
                {
                    Array.Sort(order, start, i - start);
                }

                start = i;
            }
        }
    }
}
