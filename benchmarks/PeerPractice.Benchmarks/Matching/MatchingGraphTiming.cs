using System.Diagnostics;
using System.Globalization;
using PeerPractice.Matching;

namespace PeerPractice.Benchmarks.Matching;

/// <summary>
/// Times the solver on the exported graph files themselves, printing the same fields as the external programs
/// (benchmarks/external), CPU time included: on a shared machine CPU time compares processes more fairly than wall time.
/// </summary>
public static class MatchingGraphTiming
{
    /// <summary>
    /// Reads every <c>dense-N.txt</c> and <c>sparse-N.txt</c> in <paramref name="directory"/> (or only those whose name
    /// starts with <paramref name="prefix"/>) and times the solver (automatic choice) and greedy on each; on the
    /// dense files up to 1,000 vertices also each solver forced (the sparse one is slow on complete graphs).
    /// </summary>
    public static void Run(string directory, int repeats, TextWriter log, string? prefix = null)
    {
        var paths = Directory.GetFiles(directory, "*-*.txt")
            .Where(p => Path.GetFileName(p).StartsWith(prefix ?? "", StringComparison.Ordinal))
            .Where(p => Path.GetFileName(p).StartsWith("dense-", StringComparison.Ordinal) || Path.GetFileName(p).StartsWith("sparse-", StringComparison.Ordinal))
            .OrderBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal);
        foreach (var path in paths)
        {
            var (n, edges) = Read(path);
            Time("dotnet-blossom", n, edges, repeats, log, () => WeightedMatching.MaximumWeight(n, edges));
            if (Path.GetFileName(path).StartsWith("dense-", StringComparison.Ordinal) && n <= 1_000)
            {
                // Both solvers forced on the same graph, to show where Automatic's density threshold belongs.
                foreach (var algorithm in new[] { WeightedMatchingAlgorithm.Dense, WeightedMatchingAlgorithm.Sparse })
                {
                    var options = new WeightedMatchingOptions { Algorithm = algorithm };
                    var name = algorithm == WeightedMatchingAlgorithm.Dense ? "dotnet-dense-forced" : "dotnet-sparse-forced";
                    Time(name, n, edges, repeats, log, () => WeightedMatching.MaximumWeight(n, edges, options));
                }
            }

            Time("dotnet-greedy", n, edges, repeats, log, () => GreedyMatching.Match(n, edges));
        }
    }

    private static void Time(string name, int n, WeightedEdge[] edges, int repeats, TextWriter log, Func<WeightedMatchingResult> solve)
    {
        var result = solve(); // warm-up: JIT and first-touch page faults are not part of a solve
        var wall = new List<double>();
        var cpu = new List<double>();
        using var process = Process.GetCurrentProcess();
        for (var r = 0; r < repeats; r++)
        {
            GC.Collect();
            process.Refresh();
            var cpuStart = process.TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            result = solve();
            watch.Stop();
            process.Refresh();
            wall.Add(watch.Elapsed.TotalMilliseconds);
            cpu.Add((process.TotalProcessorTime - cpuStart).TotalMilliseconds);
        }

        wall.Sort();
        cpu.Sort();
        log.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{name} n={n} m={edges.Length} total={result.TotalWeight} pairs={result.PairCount} best_ms={wall[0]:F1} median_ms={wall[wall.Count / 2]:F1} cpu_best_ms={cpu[0]:F1} repeats={repeats}"));
    }

    private static (int N, WeightedEdge[] Edges) Read(string path)
    {
        using var reader = new StreamReader(path);
        var header = reader.ReadLine()!.Split(' ');
        var n = int.Parse(header[0], CultureInfo.InvariantCulture);
        var edges = new WeightedEdge[int.Parse(header[1], CultureInfo.InvariantCulture)];
        for (var i = 0; i < edges.Length; i++)
        {
            var parts = reader.ReadLine()!.Split(' ');
            edges[i] = new WeightedEdge(
                int.Parse(parts[0], CultureInfo.InvariantCulture),
                int.Parse(parts[1], CultureInfo.InvariantCulture),
                long.Parse(parts[2], CultureInfo.InvariantCulture));
        }

        return (n, edges);
    }
}
