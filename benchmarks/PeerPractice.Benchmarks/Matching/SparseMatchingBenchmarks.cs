using BenchmarkDotNet.Attributes;
using PeerPractice.Matching;

namespace PeerPractice.Benchmarks.Matching;

/// <summary>
/// A whole network as one exact matching: sparse random graphs of average degree 20 (each member's best candidates),
/// weights 0..1,000, solved by the sparse blossom solver (the automatic choice at this density) against greedy.
/// The dense sizes stay in <see cref="WeightedMatchingBenchmarks"/>.
/// </summary>
[MemoryDiagnoser]
public class SparseMatchingBenchmarks
{
    private WeightedEdge[] _edges = [];

    /// <summary>Number of members.</summary>
    [Params(20_000, 100_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _edges = MatchingBenchmarkGraphs.Sparse(N);
        var exact = WeightedMatching.MaximumWeight(N, _edges);
        var greedy = GreedyMatching.Match(N, _edges);
        Console.WriteLine($"// n = {N}, m = {_edges.Length}: blossom total weight {exact.TotalWeight} ({exact.PairCount} pairs), greedy {greedy.TotalWeight} ({greedy.PairCount} pairs)");
    }

    [Benchmark(Baseline = true)]
    public long Blossom() => WeightedMatching.MaximumWeight(N, _edges).TotalWeight;

    [Benchmark]
    public long Greedy() => GreedyMatching.Match(N, _edges).TotalWeight;
}
