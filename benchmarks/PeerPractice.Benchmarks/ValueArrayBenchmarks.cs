using BenchmarkDotNet.Attributes;
using PeerPractice.Collections;

namespace PeerPractice.Benchmarks;

/// <summary>Structural equality is on the hot path of generator caching; it must not allocate.</summary>
[MemoryDiagnoser]
public class ValueArrayBenchmarks
{
    private ValueArray<string> _left;
    private ValueArray<string> _right;

    [GlobalSetup]
    public void Setup()
    {
        _left = Enumerable.Range(0, 64).Select(i => "item-" + i).ToValueArray();
        _right = Enumerable.Range(0, 64).Select(i => "item-" + i).ToValueArray();
    }

    [Benchmark]
    public bool Equals64() => _left.Equals(_right);
}
