using System.Globalization;
using BenchmarkDotNet.Attributes;
using PeerPractice.Matching;
using PeerPractice.Samples;

namespace PeerPractice.Benchmarks.Matching;

/// <summary>
/// Tables for a whole network: one round of tables of 3 to 6 for N generated members (seed 2026, default policy,
/// no history), as <c>breakfast seat</c> plans them (block by block above 600 members). The real size is 10,000
/// members (<c>PEERPRACTICE_TABLE_BENCH_MEMBERS=10000</c>); by default (and in CI's dry run) 600, one block.
/// </summary>
[MemoryDiagnoser]
public class TableSeatingBenchmarks
{
    private static readonly DateOnly Day = new(2026, 11, 23);
    private IReadOnlyList<MemberProfile> _members = [];

    /// <summary>The cohort sizes: from the environment for the real run, small by default.</summary>
    public static IEnumerable<int> MemberCounts =>
        [int.TryParse(Environment.GetEnvironmentVariable("PEERPRACTICE_TABLE_BENCH_MEMBERS"), CultureInfo.InvariantCulture, out var n) && n >= 3 ? n : 600];

    /// <summary>Number of members seated.</summary>
    [ParamsSource(nameof(MemberCounts))]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup() => _members = MemberGenerator.Generate(N, seed: 2026, today: Day);

    [Benchmark(Description = "Seat N members at tables of 3..6 (one round)")]
    public int SeatTables()
    {
        var plan = new GroupPlanner(MatchingPolicy.Default).Plan(_members, Day, new GroupOptions { MinSize = 3, MaxSize = 6, Rounds = 1 }, seed: 1);
        return plan.Rounds[0].Tables.Count;
    }
}
