using System.Globalization;
using System.Text;
using PeerPractice.Matching;

namespace PeerPractice.Benchmarks.Matching;

/// <summary>
/// The graphs shared by the .NET benchmarks and the external (networkx, LEMON) programs: complete graphs (every pair of
/// members has a score) with seeded uniform integer weights in [0, 10,000], like match scores; and sparse random graphs
/// of average degree 20 with weights in [0, 1,000], like each member's best candidates in a large network.
/// </summary>
public static class MatchingBenchmarkGraphs
{
    /// <summary>The sizes benchmarked.</summary>
    public static readonly int[] Sizes = [500, 1_000, 2_000];

    /// <summary>Highest edge weight.</summary>
    public const long MaxWeight = 10_000;

    /// <summary>The complete graph on <paramref name="n"/> vertices, seeded by <paramref name="n"/> so every tool sees the same graph.</summary>
    public static WeightedEdge[] Dense(int n)
    {
        var random = new Random(20_261_123 + n);
        var edges = new WeightedEdge[n * (n - 1) / 2];
        var i = 0;
        for (var u = 0; u < n; u++)
        {
            for (var v = u + 1; v < n; v++)
            {
                edges[i++] = new WeightedEdge(u, v, random.NextInt64(0, MaxWeight + 1));
            }
        }

        return edges;
    }

    /// <summary>The sparse sizes benchmarked.</summary>
    public static readonly int[] SparseSizes = [20_000, 100_000];

    /// <summary>Average degree of the sparse graphs.</summary>
    public const int SparseDegree = 20;

    /// <summary>Highest edge weight of the sparse graphs.</summary>
    public const long SparseMaxWeight = 1_000;

    /// <summary>
    /// A random simple graph on <paramref name="n"/> vertices with <c>n * SparseDegree / 2</c> distinct edges between
    /// uniformly drawn pairs, weights uniform in [0, <see cref="SparseMaxWeight"/>], seeded by <paramref name="n"/>.
    /// </summary>
    public static WeightedEdge[] Sparse(int n)
    {
        var random = new Random(20_261_125 + n);
        var edges = new WeightedEdge[n * (long)SparseDegree / 2];
        var seen = new HashSet<long>(edges.Length);
        var i = 0;
        while (i < edges.Length)
        {
            var u = random.Next(n);
            var v = random.Next(n);
            if (u == v || !seen.Add(((long)Math.Min(u, v) * n) + Math.Max(u, v)))
            {
                continue;
            }

            edges[i++] = new WeightedEdge(u, v, random.NextInt64(0, SparseMaxWeight + 1));
        }

        return edges;
    }

    /// <summary>
    /// Writes <c>dense-N.txt</c> and <c>sparse-N.txt</c> for every size: a line <c>n m</c>, then one line <c>u v weight</c> per edge. Also
    /// writes <c>dense-N.expected</c> (<c>sparse-N.expected</c>) with the solver's total weight and the greedy total, for the external scripts to compare.
    /// </summary>
    public static void Export(string directory, TextWriter log)
    {
        Directory.CreateDirectory(directory);
        foreach (var (kind, n) in Sizes.Select(n => ("dense", n)).Concat(SparseSizes.Select(n => ("sparse", n))))
        {
            var edges = kind == "dense" ? Dense(n) : Sparse(n);
            var path = Path.Combine(directory, string.Create(CultureInfo.InvariantCulture, $"{kind}-{n}.txt"));
            using (var writer = new StreamWriter(path, append: false, new UTF8Encoding(false), bufferSize: 1 << 20))
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{n} {edges.Length}\n"));
                foreach (var e in edges)
                {
                    writer.Write(string.Create(CultureInfo.InvariantCulture, $"{e.U} {e.V} {e.Weight}\n"));
                }
            }

            var exact = WeightedMatching.MaximumWeight(n, edges);
            var greedy = GreedyMatching.Match(n, edges);
            File.WriteAllText(
                Path.ChangeExtension(path, ".expected"),
                string.Create(CultureInfo.InvariantCulture, $"blossom {exact.TotalWeight} pairs {exact.PairCount}\ngreedy {greedy.TotalWeight} pairs {greedy.PairCount}\n"));
            log.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{path}: n = {n}, m = {edges.Length}, blossom total {exact.TotalWeight}, greedy total {greedy.TotalWeight}"));
        }
    }
}
