using System.Globalization;
using BenchmarkDotNet.Running;
using PeerPractice.Benchmarks.Matching;

// Modes for the external weighted-matching comparison (benchmarks/external/README.md); anything else goes to BenchmarkDotNet.
if (args.Length == 2 && args[0] == "--export-graphs")
{
    MatchingBenchmarkGraphs.Export(args[1], Console.Out);
    return;
}

if (args.Length is 2 or 3 && args[0] == "--time-graphs")
{
    MatchingGraphTiming.Run(args[1], args.Length == 3 ? int.Parse(args[2], CultureInfo.InvariantCulture) : 3, Console.Out);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
