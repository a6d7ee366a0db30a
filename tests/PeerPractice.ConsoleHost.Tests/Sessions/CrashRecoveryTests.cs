using System.Collections.Concurrent;
using System.Diagnostics;
using PeerPractice.ConsoleHost.Storage;
using PeerPractice.ConsoleHost.Tests.Storage;

namespace PeerPractice.ConsoleHost.Tests.Sessions;

/// <summary>
/// Kills a real host process in the middle of a session (SIGKILL: no clean-up runs), resumes the
/// session, and checks that the event log equals the log of a run that was never interrupted.
/// </summary>
public class CrashRecoveryTests
{
    private static readonly TimeSpan s_wait = TimeSpan.FromSeconds(60);

    // Kill points follow a recorded command: the scripted clock's 'wait' is the test's stand-in for
    // time passing, not session state, so a kill right after one would change the reference.
    [Theory(Timeout = TestTimeouts.Process)]
    [InlineData(2)]
    [InlineData(7)]
    [InlineData(13)]
    public void Killing_the_host_mid_session_loses_no_event(int killAfterLine)
    {
        var script = SessionScripts.FullRun(12);
        string[] arguments = [.. SessionScripts.StartArguments];

        using var uninterrupted = new TempDatabase();
        var reference = HostRun.InvokeWithDatabase(string.Join('\n', script), uninterrupted.Path, arguments);
        Assert.True(reference.ExitCode == 0, reference.Error);

        using var crashed = new TempDatabase();
        RunChildAndKill(crashed.Path, arguments, script.Take(killAfterLine).ToList());
        var resumed = HostRun.InvokeWithDatabase(string.Join('\n', script.Skip(killAfterLine)), crashed.Path, "session", "resume", "s-1", "--clock", "manual");
        Assert.True(resumed.ExitCode == 0, resumed.Error + resumed.Output);

        var expected = ReadLog(uninterrupted.Path);
        var actual = ReadLog(crashed.Path);
        Assert.True(expected.Count > 20, "the reference run should record a real session");
        Assert.Equal(expected, actual);

        // And the resumed session ends in the same state: same times, shares, action items and notes.
        Assert.Equal(Closing(reference.Output), Closing(resumed.Output));
    }

    private static string Closing(string output) => output[output.LastIndexOf("Session s-1 finished", StringComparison.Ordinal)..];

    private static List<string> ReadLog(string databasePath)
    {
        using var storage = HostStorage.Open(databasePath, HostRun.ContextFor(databasePath));
        return storage.Sessions.ReadAsync("s-1").Wait().Select(e => System.Text.Json.JsonSerializer.Serialize(e, PeerPractice.Sessions.SessionJsonContext.Default.SessionEvent)).ToList();
    }

    private static void RunChildAndKill(string databasePath, string[] arguments, List<string> lines)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "peerpractice.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet && File.Exists(dotnet) ? dotnet : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment[PeerPractice.Sessions.NoteKeyFile.PathVariable] = HostRun.KeyPathFor(databasePath);
        start.ArgumentList.Add(host);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add("--db");
        start.ArgumentList.Add(databasePath);

        var output = new BlockingCollection<string>();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) { output.Add(e.Data); } };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { output.Add("stderr: " + e.Data); } };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            foreach (var line in lines)
            {
                process.StandardInput.WriteLine(line);
                process.StandardInput.Flush();

                // The host prints a command's outcome only after its events are committed.
                WaitFor(output, "> " + line + ":", process);
            }
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }
    }

    private static void WaitFor(BlockingCollection<string> output, string prefix, Process process)
    {
        var deadline = DateTime.UtcNow + s_wait;
        var seen = new List<string>();
        while (DateTime.UtcNow < deadline)
        {
            if (output.TryTake(out var line, TimeSpan.FromMilliseconds(200)))
            {
                seen.Add(line);
                if (line.StartsWith(prefix, StringComparison.Ordinal))
                {
                    return;
                }
            }
            else if (process.HasExited)
            {
                break;
            }
        }

        Assert.Fail($"the host never answered '{prefix}'. It printed:\n{string.Join('\n', seen)}");
    }
}
