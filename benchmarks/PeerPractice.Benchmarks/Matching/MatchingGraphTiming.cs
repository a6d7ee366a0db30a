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
    /// <summary>Reads every <c>dense-N.txt</c> in <paramref name="directory"/> and times blossom and greedy on it.</summary>
    public static void Run(string directory, int repeats, TextWriter log)
    {
        foreach (var path in Directory.GetFiles(directory, "dense-*.txt").OrderBy(p => p.Length).ThenBy(p => p, StringComparer.Ordinal))
        {
            var (n, edges) = Read(path);
            Time("dotnet-blossom", n, edges, repeats, log, () => WeightedMatching.MaximumWeight(n, edges));
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
