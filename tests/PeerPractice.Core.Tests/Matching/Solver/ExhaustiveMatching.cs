using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Solver;

/// <summary>Reference optimum by dynamic programming over vertex subsets (n &lt;= 16), independent of the solver.</summary>
internal static class ExhaustiveMatching
{
    /// <summary>Best (cardinality, weight) pair; <paramref name="cardinalityFirst"/> ranks by pairs then weight, else by weight only.</summary>
    public static (int Pairs, long Weight) Optimum(int n, IReadOnlyList<WeightedEdge> edges, bool cardinalityFirst)
    {
        var w = new long?[n, n];
        foreach (var e in edges)
        {
            if (!cardinalityFirst && e.Weight <= 0)
            {
                continue;
            }

            if (w[e.U, e.V] is null || w[e.U, e.V] < e.Weight)
            {
                w[e.U, e.V] = w[e.V, e.U] = e.Weight;
            }
        }

        var size = 1 << n;
        var pairs = new int[size];
        var weight = new long[size];
        for (var mask = 1; mask < size; mask++)
        {
            var i = System.Numerics.BitOperations.TrailingZeroCount(mask);
            var rest = mask & ~(1 << i);
            var bestPairs = pairs[rest];
            var bestWeight = weight[rest];
            for (var j = i + 1; j < n; j++)
            {
                if ((rest & (1 << j)) == 0 || w[i, j] is not { } wij)
                {
                    continue;
                }

                var sub = rest & ~(1 << j);
                var p = pairs[sub] + 1;
                var s = weight[sub] + wij;
                if (Better(p, s, bestPairs, bestWeight, cardinalityFirst))
                {
                    (bestPairs, bestWeight) = (p, s);
                }
            }

            pairs[mask] = bestPairs;
            weight[mask] = bestWeight;
        }

        return (pairs[size - 1], weight[size - 1]);
    }

    private static bool Better(int p, long s, int bestPairs, long bestWeight, bool cardinalityFirst) =>
        cardinalityFirst ? p > bestPairs || (p == bestPairs && s > bestWeight) : s > bestWeight;
}
