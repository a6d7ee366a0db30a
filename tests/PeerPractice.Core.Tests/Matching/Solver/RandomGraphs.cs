using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Solver;

/// <summary>Seeded random graphs of varied shape for the solver tests.</summary>
internal static class RandomGraphs
{
    /// <summary>A graph on <paramref name="n"/> vertices with edge probability <paramref name="density"/> and weights in [min, max].</summary>
    public static List<WeightedEdge> Create(Random random, int n, double density, long minWeight, long maxWeight)
    {
        var edges = new List<WeightedEdge>();
        for (var u = 0; u < n; u++)
        {
            for (var v = u + 1; v < n; v++)
            {
                if (random.NextDouble() < density)
                {
                    var w = random.NextInt64(minWeight, maxWeight + 1);
                    edges.Add(random.Next(2) == 0 ? new WeightedEdge(u, v, w) : new WeightedEdge(v, u, w));
                }
            }
        }

        return edges;
    }

    /// <summary>A graph whose shape is drawn from the seed: sparse or dense, ties or spread weights, negatives, parallel edges, odd sizes.</summary>
    public static (int N, List<WeightedEdge> Edges) Varied(int seed, int maxN)
    {
        var random = new Random(seed);
        var n = random.Next(0, maxN + 1);
        var density = random.Next(4) switch
        {
            0 => 0.15,
            1 => 0.35,
            2 => 0.7,
            _ => 1.0,
        };
        var (min, max) = random.Next(5) switch
        {
            0 => (1L, 3L),          // many ties
            1 => (1L, 100L),
            2 => (-5L, 5L),         // zero and negative weights
            3 => (0L, 1_000_000L),
            _ => (1L, 10_000L),
        };
        var edges = Create(random, n, density, min, max);
        if (n >= 2 && random.Next(4) == 0)
        {
            // Parallel edges: the heaviest must count.
            for (var i = 0; i < n; i++)
            {
                var u = random.Next(n);
                var v = (u + 1 + random.Next(n - 1)) % n;
                edges.Add(new WeightedEdge(u, v, random.NextInt64(min, max + 1)));
            }
        }

        if (n >= 4 && random.Next(4) == 0)
        {
            // Disconnected: keep only edges within two halves.
            var half = n / 2;
            edges.RemoveAll(e => (e.U < half) != (e.V < half));
        }

        return (n, edges);
    }

    /// <summary>
    /// A graph built to grow nested blossoms: odd cycles (triangles and pentagons) of near-equal weights, chords between
    /// and inside them, and a few pendant vertices, with a weight scheme drawn from the seed (ties, small or wide ranges).
    /// </summary>
    public static (int N, List<WeightedEdge> Edges) Blossoms(int seed, int maxN)
    {
        var random = new Random(seed);
        var (low, high) = random.Next(4) switch
        {
            0 => (4L, 4L),      // all cycle edges tie
            1 => (3L, 5L),
            2 => (1L, 9L),
            _ => (50L, 70L),
        };
        var edges = new List<WeightedEdge>();
        var cycles = new List<(int Start, int Length)>();
        var n = 0;
        while (true)
        {
            var length = random.Next(3) == 0 ? 5 : 3;
            if (n + length > maxN)
            {
                break;
            }

            for (var i = 0; i < length; i++)
            {
                edges.Add(new WeightedEdge(n + i, n + ((i + 1) % length), random.NextInt64(low, high + 1)));
            }

            cycles.Add((n, length));
            n += length;
        }

        // Chords between cycles (and inside pentagons), some heavier than the cycle edges, some lighter.
        var chords = random.Next(1, 2 * cycles.Count + 2);
        for (var c = 0; c < chords && n >= 2; c++)
        {
            var u = random.Next(n);
            var v = random.Next(n);
            if (u != v)
            {
                edges.Add(new WeightedEdge(u, v, random.NextInt64(Math.Max(1, low - 3), high + 4)));
            }
        }

        // Pendant vertices hanging off cycle vertices give the forest matched stems to grow T-blossoms on.
        while (n < maxN && n >= 1 && random.Next(3) != 0)
        {
            edges.Add(new WeightedEdge(n, random.Next(n), random.NextInt64(low, high + 3)));
            n++;
        }

        // Shuffled vertex numbers on odd seeds, so that no role (a base, a stem, vertex 0) sticks to one number.
        if (seed % 2 == 1)
        {
            var number = Enumerable.Range(0, n).ToArray();
            random.Shuffle(number);
            edges = [.. edges.Select(e => new WeightedEdge(number[e.U], number[e.V], e.Weight))];
        }

        return (n, edges);
    }
}
