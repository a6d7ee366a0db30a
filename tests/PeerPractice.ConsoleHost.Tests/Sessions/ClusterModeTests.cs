using PeerPractice.ConsoleHost.Tests.Storage;

namespace PeerPractice.ConsoleHost.Tests.Sessions;

/// <summary>
/// Issue 16: <c>--cluster</c> runs the session in its grain on a one-silo cluster inside the host,
/// on the same database. The facilitator types the same commands and reads the same transcript as
/// in process; only where the session runs differs.
/// </summary>
public class ClusterModeTests
{
    [Fact(Timeout = TestTimeouts.Process)]
    public void A_session_run_through_the_local_cluster_prints_the_same_transcript_as_in_process()
    {
        using var here = new TempDatabase();
        using var there = new TempDatabase();
        var script = string.Join('\n', SessionScripts.FullRun(12));

        var inProcess = HostRun.InvokeWithDatabase(script, here.Path, SessionScripts.StartArguments);
        var onCluster = HostRun.InvokeWithDatabase(script, there.Path, [.. SessionScripts.StartArguments, "--cluster"]);

        Assert.True(inProcess.ExitCode == 0, inProcess.Error + inProcess.Output);
        Assert.True(onCluster.ExitCode == 0, onCluster.Error + onCluster.Output);
        Assert.Contains("Session s-1 finished", onCluster.Output, StringComparison.Ordinal);
        Assert.Equal(inProcess.Output.Replace(here.Path, "DB", StringComparison.Ordinal), onCluster.Output.Replace(there.Path, "DB", StringComparison.Ordinal));
        Assert.Equal(inProcess.Error, onCluster.Error);
    }

    [Fact(Timeout = TestTimeouts.Process)]
    public void A_session_quit_on_the_cluster_resumes_at_the_screen_last_shown_in_either_mode()
    {
        using var temp = new TempDatabase();
        var first = HostRun.InvokeWithDatabase("ack all\nstart\nwait 4m\nnext\nnote sam shareable Pair on the migration\nwait 1m\nstatus\nquit\n", temp.Path, [.. SessionScripts.StartArguments, "--cluster"]);
        Assert.True(first.ExitCode == 0, first.Error + first.Output);

        var onCluster = HostRun.InvokeWithDatabase("status\nquit\n", temp.Path, "session", "resume", "s-1", "--clock", "manual", "--cluster");
        var inProcess = HostRun.InvokeWithDatabase("status\nquit\n", temp.Path, "session", "resume", "s-1", "--clock", "manual");

        Assert.True(onCluster.ExitCode == 0, onCluster.Error + onCluster.Output);
        Assert.Contains("Resuming session s-1", onCluster.Output, StringComparison.Ordinal);
        Assert.Equal(inProcess.Output, onCluster.Output);
        // The time shown before quitting (the 'wait 1m' that recorded no event) was kept by the grain.
        Assert.Equal(LastScreen(first.Output), LastScreen(onCluster.Output));
    }

    [Fact]
    public void A_relationship_session_cannot_be_sent_to_the_cluster()
    {
        var run = HostRun.Invoke("", "session", "start", "--relationship", "r-1", "--cluster");

        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--cluster", run.Error, StringComparison.Ordinal);
    }

    private static string[] LastScreen(string output)
    {
        var lines = output.Split('\n', StringSplitOptions.TrimEntries);
        var start = Array.FindLastIndex(lines, l => l.StartsWith("[Monthly peer brainstorm", StringComparison.Ordinal));
        return lines[start..].TakeWhile(l => l.Length > 0 && !l.StartsWith("Session ", StringComparison.Ordinal)).ToArray();
    }
}
