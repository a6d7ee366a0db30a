using System;

namespace PeerPractice.Matching;

/// <summary>
/// The exact best seating by exhaustive search, for small cohorts only (n up to about 12): the
/// yardstick the local search is measured against.
/// </summary>
internal static class ExhaustiveTables
{
    public static long Best(long[,] value, int tables, int minSize, int maxSize)
    {
        var n = value.GetLength(0);
        if (n > 14)
        {
            throw new ArgumentOutOfRangeException(nameof(value), "Exhaustive seating is for cohorts of at most 14.");
        }

        var tableOf = new int[n];
        var size = new int[tables];
        var best = long.MinValue;
        Recurse(0, 0, 0);
        return best;

        void Recurse(int v, int opened, long score)
        {
            if (v == n)
            {
                if (opened == tables && Array.TrueForAll(size, s => s >= minSize))
                {
                    best = Math.Max(best, score);
                }

                return;
            }

            // Members still to seat must be able to bring every table up to the minimum.
            var missing = 0;
            for (var t = 0; t < tables; t++)
            {
                missing += Math.Max(0, minSize - (t < opened ? size[t] : 0));
            }

            if (missing > n - v)
            {
                return;
            }

            // A new table is opened only by its lowest-numbered member: each partition is visited once.
            var limit = Math.Min(opened + 1, tables);
            for (var t = 0; t < limit; t++)
            {
                if (size[t] >= maxSize)
                {
                    continue;
                }

                long gain = 0;
                for (var u = 0; u < v; u++)
                {
                    if (tableOf[u] == t)
                    {
                        gain += value[v, u];
                    }
                }

                tableOf[v] = t;
                size[t]++;
                Recurse(v + 1, Math.Max(opened, t + 1), score + gain);
                size[t]--;
            }
        }
    }
}
