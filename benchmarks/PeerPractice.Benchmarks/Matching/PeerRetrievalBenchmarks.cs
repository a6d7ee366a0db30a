using System.Numerics;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using PeerPractice.Collections;
using PeerPractice.Matching;
using PeerPractice.Samples;

namespace PeerPractice.Benchmarks.Matching;

/// <summary>
/// Exact top-10 for one member among N profiles: the compact index (vector scan on the fixed-width code, on
/// both cores from 200,000 members, and on one core; the scalar reference scan) against the straightforward
/// LINQ version of the same score, and against a plain sum over as many bytes as the vector scan reads (this
/// machine's practical memory bandwidth), all in one run.
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByParams)]
public class PeerRetrievalBenchmarks
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private IReadOnlyList<MemberProfile> _members = [];
    private ProfileIndex _index = null!;
    private MatchScorer _scorer = null!;
    private long[] _sameBytes = [];
    private int _query;

    [Params(100_000, 1_000_000)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _members = MemberGenerator.Generate(N, seed: 2026, today: Day);
        _index = ProfileIndex.Build(_members, MatchingPolicy.Default);
        _scorer = new MatchScorer(MatchingPolicy.Default);
        _query = 12_345;
        _sameBytes = new long[(long)N * _index.Code.BytesPerMember / sizeof(long)];
        for (var i = 0; i < _sameBytes.Length; i++)
        {
            _sameBytes[i] = i;
        }
    }

    [Benchmark(Baseline = true, Description = "LINQ: score all, sort, take 10")]
    public ValueArray<TopMatch> LinqTop10() => LinqTopK.TopK(_scorer, _members, _query, 10, Day);

    [Benchmark(Description = "Index: exact top-10 (vector, both cores when large)")]
    public ValueArray<TopMatch> IndexTop10() => _index.TopK(_query, 10, Day);

    [Benchmark(Description = "Index: vector scan, one core")]
    public int VectorOneCore() => _index.ScanVector(_query, 10, Day.DayNumber, 0, N).Drain().Length;

    [Benchmark(Description = "Index: scalar scan (the reference)")]
    public int ScalarScan() => _index.Scan(_query, 10, Day.DayNumber).Drain().Length;

    [Benchmark(Description = "Array sum over the same bytes (one core)")]
    public long ArraySumSameBytes()
    {
        var data = _sameBytes.AsSpan();
        var acc = Vector<long>.Zero;
        var i = 0;
        for (; i <= data.Length - Vector<long>.Count; i += Vector<long>.Count)
        {
            acc += new Vector<long>(data[i..]);
        }

        var sum = Vector.Sum(acc);
        for (; i < data.Length; i++)
        {
            sum += data[i];
        }

        return sum;
    }
}
