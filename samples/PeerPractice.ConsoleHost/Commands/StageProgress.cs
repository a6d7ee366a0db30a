using System.Globalization;
using PeerPractice.Matching;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>
/// Stages of long work (a round, a seating) on stderr: each stage once, then every quarter of its work, with wall
/// and CPU time (stdout stays the result). Shared by <c>match</c> and <c>breakfast seat</c>.
/// </summary>
internal sealed class StageProgress(HostContext context) : IProgress<RoundProgress>
{
    private readonly object _gate = new();
    private readonly long _started = context.Time.GetTimestamp();
    private string _stage = "";
    private long _nextQuarter;

    public void Report(RoundProgress value)
    {
        lock (_gate)
        {
            if (value.Stage != _stage)
            {
                _stage = value.Stage;
                _nextQuarter = 0;
            }

            var quarter = value.Total <= 0 ? 4 : value.Done * 4 / value.Total;
            if (quarter < _nextQuarter)
            {
                return;
            }

            _nextQuarter = quarter + 1;
            var elapsed = context.Time.GetElapsedTime(_started);
            context.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"[{elapsed.TotalSeconds,7:F1} s, CPU {Environment.CpuUsage.TotalTime.TotalSeconds,7:F1} s] {value.Stage}: {value.Done:N0}/{value.Total:N0}"));
        }
    }
}
