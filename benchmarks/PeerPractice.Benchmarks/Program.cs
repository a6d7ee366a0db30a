using System.Globalization;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Running;
using PeerPractice.Benchmarks.Matching;

// Modes for the external weighted-matching comparison (benchmarks/external/README.md); anything else goes to BenchmarkDotNet.
if (args.Length == 2 && args[0] == "--export-graphs")
{
    MatchingBenchmarkGraphs.Export(args[1], Console.Out);
    return 0;
}

if (args.Length is 2 or 3 or 4 && args[0] == "--time-graphs")
{
    MatchingGraphTiming.Run(args[1], args.Length >= 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3, Console.Out, args.Length == 4 ? args[3] : null);
    return 0;
}

// BenchmarkDotNet reports a benchmark that failed to build or run but still exits 0;
// CI's dry run must fail instead, so that no benchmark can rot unnoticed.
// The generated project builds in Release; on a busy 2-core machine that can pass BenchmarkDotNet's
// default two minutes, which would count as a failed benchmark rather than a slow build.
var config = ManualConfig.Create(DefaultConfig.Instance).WithBuildTimeout(TimeSpan.FromMinutes(15));
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;
