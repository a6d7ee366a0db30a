using BenchmarkDotNet.Attributes;
using PeerPractice.Matching;

namespace PeerPractice.Benchmarks.Matching;

/// <summary>
/// Cohort pairing as a whole round: exact maximum-weight matching against greedy, on complete graphs with score-like
/// weights. The total weights of both are printed once per size in the global setup, for the docs.
/// </summary>
[MemoryDiagnoser]
public class WeightedMatchingBenchmarks
{
    private WeightedEdge[] _edges = [];

    /// <summary>Number of members in the round.</summary>
    [Params(500, 1_000, 2_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _edges = MatchingBenchmarkGraphs.Dense(N);
        var exact = WeightedMatching.MaximumWeight(N, _edges);
        var greedy = GreedyMatching.Match(N, _edges);
        Console.WriteLine($"// n = {N}: blossom total weight {exact.TotalWeight} ({exact.PairCount} pairs), greedy {greedy.TotalWeight} ({greedy.PairCount} pairs), greedy/blossom = {(double)greedy.TotalWeight / exact.TotalWeight:F5}");
    }

    [Benchmark(Baseline = true)]
    public long Blossom() => WeightedMatching.MaximumWeight(N, _edges).TotalWeight;

    [Benchmark]
    public long Greedy() => GreedyMatching.Match(N, _edges).TotalWeight;
}
