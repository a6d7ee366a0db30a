using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// The seating search and the exhaustive yardstick against a brute force written here: every assignment of
/// members to tables enumerated, nothing pruned, the diagonal of the value matrix (a member with itself)
/// never counted.
/// </summary>
public class TableSearchTests
{
    public static TheoryData<int, int, int, int, int> Shapes => new()
    {
        // members, tables, min, max, seed
        { 5, 2, 2, 3, 1 },
        { 6, 2, 2, 4, 2 },
        { 7, 3, 2, 3, 3 },
        { 8, 2, 3, 5, 4 },
        { 8, 3, 2, 4, 5 },
        { 9, 3, 3, 3, 6 },
        { 9, 2, 4, 6, 7 },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_exhaustive_search_finds_the_best_seating_a_brute_force_finds(int n, int tables, int min, int max, int seed)
    {
        var value = Values(n, seed);
        Assert.Equal(BruteForceBest(value, tables, min, max), ExhaustiveTables.Best(value, tables, min, max));
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void The_local_search_ends_at_a_seating_no_single_move_or_swap_improves(int n, int tables, int min, int max, int seed)
    {
        var value = Values(n, seed);
        foreach (var restarts in new[] { 0, 1, 3 })
        {
            var tableOf = TableSearch.Solve(value, tables, min, max, seed, restarts);
            Assert.Equal(n, tableOf.Length);
            var size = new int[tables];
            foreach (var t in tableOf)
            {
                Assert.InRange(t, 0, tables - 1);
                size[t]++;
            }

            Assert.All(size, s => Assert.InRange(s, min, max));
            Assert.Equal(Objective(value, tableOf), TableSearch.Objective(value, tableOf));
            Assert.True(Objective(value, tableOf) <= BruteForceBest(value, tables, min, max));

            var best = Objective(value, tableOf);
            for (var v = 0; v < n; v++)
            {
                for (var t = 0; t < tables; t++)
                {
                    if (t != tableOf[v] && size[tableOf[v]] > min && size[t] < max)
                    {
                        var moved = (int[])tableOf.Clone();
                        moved[v] = t;
                        Assert.True(Objective(value, moved) <= best, $"moving {v} to table {t} improves the seating (restarts {restarts})");
                    }
                }

                for (var u = v + 1; u < n; u++)
                {
                    if (tableOf[u] != tableOf[v])
                    {
                        var swapped = (int[])tableOf.Clone();
                        (swapped[u], swapped[v]) = (swapped[v], swapped[u]);
                        Assert.True(Objective(value, swapped) <= best, $"swapping {v} and {u} improves the seating (restarts {restarts})");
                    }
                }
            }
        }
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void The_local_search_keeps_improving_until_no_move_or_swap_helps_on_many_loose_shapes()
    {
        // Wide size ranges leave room for moves, so a pass that moved someone is often not the last one needed.
        for (var seed = 0; seed < 60; seed++)
        {
            var n = 9 + (seed % 4);
            var tables = 2 + (seed % 3);
            var value = Values(n, 500 + seed);
            var tableOf = TableSearch.Solve(value, tables, 1, n, seed, 1);
            var size = new int[tables];
            foreach (var t in tableOf)
            {
                size[t]++;
            }

            var best = Objective(value, tableOf);
            for (var v = 0; v < n; v++)
            {
                for (var t = 0; t < tables; t++)
                {
                    if (t != tableOf[v] && size[tableOf[v]] > 1)
                    {
                        var moved = (int[])tableOf.Clone();
                        moved[v] = t;
                        Assert.True(Objective(value, moved) <= best, $"seed {seed}: moving {v} to table {t} improves the seating");
                    }
                }

                for (var u = v + 1; u < n; u++)
                {
                    var swapped = (int[])tableOf.Clone();
                    (swapped[u], swapped[v]) = (swapped[v], swapped[u]);
                    Assert.True(Objective(value, swapped) <= best, $"seed {seed}: swapping {v} and {u} improves the seating");
                }
            }
        }
    }

    [Fact(Timeout = TestTimeouts.Solver)]
    public void A_seating_where_every_pair_is_worth_the_same_ends_and_keeps_the_sizes()
    {
        // Every move ties: the search must stop rather than move members back and forth between equal tables.
        var value = new long[7, 7];
        var tableOf = TableSearch.Solve(value, 2, 2, 5, 1, 2);
        Assert.Equal(0, TableSearch.Objective(value, tableOf));
        Assert.Equal([3, 4], tableOf.GroupBy(t => t).Select(g => g.Count()).Order());
    }

    [Fact]
    public void More_restarts_never_seat_worse_and_the_same_seed_seats_the_same()
    {
        for (var seed = 0; seed < 20; seed++)
        {
            var value = Values(12, 100 + seed);
            var one = TableSearch.Solve(value, 3, 3, 5, seed, 1);
            var eight = TableSearch.Solve(value, 3, 3, 5, seed, 8);
            Assert.True(Objective(value, eight) >= Objective(value, one), $"seed {seed}");
            Assert.Equal(eight, TableSearch.Solve(value, 3, 3, 5, seed, 8));
        }
    }

    [Fact]
    public void The_search_seats_two_cliques_that_dislike_each_other_apart()
    {
        // Two cliques of three that like each other and dislike the other clique: the only good seating splits them.
        var value = new long[6, 6];
        for (var a = 0; a < 6; a++)
        {
            for (var b = 0; b < 6; b++)
            {
                value[a, b] = a == b ? 99 : (a < 3) == (b < 3) ? 10 : -10;
            }
        }

        var tableOf = TableSearch.Solve(value, 2, 3, 3, 1, 1);
        Assert.Equal(60, TableSearch.Objective(value, tableOf));
        Assert.Equal(60, ExhaustiveTables.Best(value, 2, 3, 3));
        Assert.Equal(tableOf[0], tableOf[1]);
        Assert.Equal(tableOf[0], tableOf[2]);
        Assert.Equal(tableOf[3], tableOf[4]);
        Assert.Equal(tableOf[3], tableOf[5]);
        Assert.NotEqual(tableOf[0], tableOf[3]);
    }

    [Fact]
    public void The_exhaustive_search_is_for_fourteen_members_at_most()
    {
        // Two tables of seven: 1,716 seatings, well within a test.
        Assert.Equal(BruteForceBest(Values(14, 9), 2, 7, 7), ExhaustiveTables.Best(Values(14, 9), 2, 7, 7));
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ExhaustiveTables.Best(Values(15, 9), 3, 5, 5));
        Assert.Equal("value", error.ParamName);
    }

    /// <summary>A symmetric matrix of values from -50 to 50, with a diagonal that must never count.</summary>
    private static long[,] Values(int n, int seed)
    {
        var random = new Random(seed);
        var value = new long[n, n];
        for (var a = 0; a < n; a++)
        {
            value[a, a] = 1_000 + random.Next(1_000);
            for (var b = a + 1; b < n; b++)
            {
                value[a, b] = value[b, a] = random.Next(-50, 51);
            }
        }

        return value;
    }

    private static long Objective(long[,] value, int[] tableOf)
    {
        long total = 0;
        for (var a = 0; a < tableOf.Length; a++)
        {
            for (var b = 0; b < tableOf.Length; b++)
            {
                total += a < b && tableOf[a] == tableOf[b] ? value[a, b] : 0;
            }
        }

        return total;
    }

    /// <summary>Every assignment of n members to the tables (tables^n of them), those with every table's size in range.</summary>
    private static long BruteForceBest(long[,] value, int tables, int min, int max)
    {
        var n = value.GetLength(0);
        var tableOf = new int[n];
        var best = long.MinValue;
        var count = (long)Math.Pow(tables, n);
        for (long code = 0; code < count; code++)
        {
            var rest = code;
            var size = new int[tables];
            for (var v = 0; v < n; v++)
            {
                tableOf[v] = (int)(rest % tables);
                rest /= tables;
                size[tableOf[v]]++;
            }

            if (size.All(s => s >= min && s <= max))
            {
                best = Math.Max(best, Objective(value, tableOf));
            }
        }

        return best;
    }
}
