using BenchmarkDotNet.Running;

// BenchmarkDotNet reports a benchmark that failed to build or run but still exits 0;
// CI's dry run must fail instead, so that no benchmark can rot unnoticed.
var summaries = BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
var failed = summaries.Any(s => s.HasCriticalValidationErrors || s.Reports.Any(r => !r.Success));
return failed ? 1 : 0;
