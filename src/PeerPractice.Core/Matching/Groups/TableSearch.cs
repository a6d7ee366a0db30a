using System;

namespace PeerPractice.Matching;

/// <summary>
/// Local search for seating: seeded greedy start, then first-improvement swaps and moves until no
/// single swap or move improves the objective (the sum of pair values at each table); best of several restarts.
/// </summary>
internal static class TableSearch
{
    public static int[] Solve(long[,] value, int tables, int minSize, int maxSize, int seed, int restarts)
    {
        var n = value.GetLength(0);
        int[]? best = null;
        var bestScore = long.MinValue;
#pragma warning disable CA5394 // seeded search, not security
        var random = new Random(seed);
        for (var r = 0; r < Math.Max(1, restarts); r++)
        {
            var order = new int[n];
            for (var i = 0; i < n; i++)
            {
                order[i] = i;
            }

            random.Shuffle(order);
#pragma warning restore CA5394
            var tableOf = Greedy(value, order, tables);
            Improve(value, tableOf, tables, minSize, maxSize);
            var score = Objective(value, tableOf);
            if (score > bestScore)
            {
                (best, bestScore) = (tableOf, score);
            }
        }

        return best!;
    }

    public static long Objective(long[,] value, int[] tableOf)
    {
        long total = 0;
        for (var a = 0; a < tableOf.Length; a++)
        {
            for (var b = a + 1; b < tableOf.Length; b++)
            {
                if (tableOf[a] == tableOf[b])
                {
                    total += value[a, b];
                }
            }
        }

        return total;
    }

    private static int[] Greedy(long[,] value, int[] order, int tables)
    {
        var n = order.Length;
        var capacity = new int[tables];
        for (var t = 0; t < tables; t++)
        {
            capacity[t] = (n / tables) + (t < n % tables ? 1 : 0);
        }

        var tableOf = new int[n];
        Array.Fill(tableOf, -1);
        var size = new int[tables];
        foreach (var v in order)
        {
            var bestTable = -1;
            var bestGain = long.MinValue;
            for (var t = 0; t < tables; t++)
            {
                if (size[t] >= capacity[t])
                {
                    continue;
                }

                long gain = 0;
                for (var u = 0; u < n; u++)
                {
                    if (tableOf[u] == t)
                    {
                        gain += value[v, u];
                    }
                }

                if (gain > bestGain)
                {
                    (bestTable, bestGain) = (t, gain);
                }
            }

            tableOf[v] = bestTable;
            size[bestTable]++;
        }

        return tableOf;
    }

    private static void Improve(long[,] value, int[] tableOf, int tables, int minSize, int maxSize)
    {
        var n = tableOf.Length;
        var contrib = new long[n, tables]; // contrib[v, t] = sum of value[v, u] over u at table t, u != v
        var size = new int[tables];
        for (var v = 0; v < n; v++)
        {
            size[tableOf[v]]++;
            for (var u = 0; u < n; u++)
            {
                if (u != v)
                {
                    contrib[v, tableOf[u]] += value[v, u];
                }
            }
        }

        var improved = true;
        while (improved)
        {
            improved = false;
            for (var a = 0; a < n; a++)
            {
                var ta = tableOf[a];
                for (var t = 0; t < tables; t++)
                {
                    if (t != ta && size[ta] > minSize && size[t] < maxSize && contrib[a, t] > contrib[a, ta])
                    {
                        Move(a, t);
                        ta = t;
                        improved = true;
                    }
                }

                for (var b = a + 1; b < n; b++)
                {
                    var tb = tableOf[b];
                    if (tb == ta)
                    {
                        continue;
                    }

                    var delta = contrib[a, tb] - value[a, b] - contrib[a, ta] + contrib[b, ta] - value[a, b] - contrib[b, tb];
                    if (delta > 0)
                    {
                        Move(a, tb);
                        Move(b, ta);
                        ta = tb;
                        improved = true;
                    }
                }
            }
        }

        void Move(int v, int to)
        {
            var from = tableOf[v];
            for (var u = 0; u < n; u++)
            {
                if (u != v)
                {
                    contrib[u, from] -= value[u, v];
                    contrib[u, to] += value[u, v];
                }
            }

            size[from]--;
            size[to]++;
            tableOf[v] = to;
        }
    }
}
