using System.Diagnostics;
using PeerPractice.ConsoleHost.Storage;
using PeerPractice.ConsoleHost.Tests.Storage;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Tests.Sessions;

/// <summary>
/// The seeded kill loop of docs/host.md: a real host is fed a stream of commands and killed with
/// SIGKILL at random moments (before, between and inside commits), dozens of times in a row. After
/// every kill the database must open, the session must resume, every command the host acknowledged
/// must be in the log, and none twice.
/// </summary>
public class KillLoopTests
{
    public const int Seed = 20261126;
    public const int Kills = 30;
    public const int Batch = 60;

    // Enough notes for every kill to get a full batch: with fewer, a fast machine whose batches often
    // finish before the kill runs out of notes after a dozen kills, and the loop tests fewer kills than it says.
    public const int Notes = Kills * Batch;

    [Fact]
    public void Dozens_of_kills_at_random_points_lose_no_acknowledged_command_and_always_resume()
    {
        using var temp = new TempDatabase();
        var random = new Random(Seed);
        var opening = HostRun.InvokeWithDatabase("ack all\nstart\nquit\n", temp.Path, SessionScripts.StartArguments);
        Assert.True(opening.ExitCode == 0, opening.Error);

        var acknowledged = new HashSet<string>(StringComparer.Ordinal);
        var midStream = 0;
        for (var kill = 0; kill < Kills; kill++)
        {
            var stored = StoredNotes(temp.Path);
            Assert.Equal(stored.Count, stored.Distinct(StringComparer.Ordinal).Count());
            Assert.Subset(stored.ToHashSet(StringComparer.Ordinal), acknowledged);
            if (stored.Count >= Notes)
            {
                break;
            }

            var lines = Enumerable.Range(stored.Count, Math.Min(Batch, Notes - stored.Count)).Select(i => $"note alex shareable k-{i:D4}").ToList();
            var printed = RunAndKill(temp.Path, lines, random.Next(1, lines.Count));
            foreach (var line in printed.Where(l => l.StartsWith("> note alex shareable k-", StringComparison.Ordinal) && l.EndsWith(": shareable note kept", StringComparison.Ordinal)))
            {
                acknowledged.Add(line["> note alex shareable ".Length..line.IndexOf(':', StringComparison.Ordinal)]);
            }

            // A kill before the batch's last acknowledgement landed while commands were being committed.
            midStream += printed.Any(l => l.StartsWith("> " + lines[^1] + ":", StringComparison.Ordinal)) ? 0 : 1;
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"seed {Seed}: {Kills} kills, {midStream} mid-stream, {acknowledged.Count} acknowledged commands, {StoredNotes(temp.Path).Count} stored before the last resume");

        // Every acknowledged note survived; the rest of the script then runs to the end after one more resume.
        var after = StoredNotes(temp.Path);
        Assert.Subset(after.ToHashSet(StringComparer.Ordinal), acknowledged);
        var rest = string.Join('\n', Enumerable.Range(after.Count, Notes - after.Count).Select(i => $"note alex shareable k-{i:D4}")) + "\nquit\n";
        var final = HostRun.InvokeWithDatabase(rest, temp.Path, "session", "resume", "s-1", "--clock", "manual");
        Assert.True(final.ExitCode == 0, final.Error);
        Assert.Equal(Enumerable.Range(0, Notes).Select(i => $"k-{i:D4}"), StoredNotes(temp.Path));
        Assert.True(midStream > Kills / 3, $"only {midStream} of the kills landed while commands were being committed");
    }

    private static List<string> StoredNotes(string databasePath)
    {
        using var storage = HostStorage.Open(databasePath, HostRun.ContextFor(databasePath));
        var log = storage.Sessions.ReadAsync("s-1").Wait();
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        return [.. log.OfType<NoteAdded>().Select(n => n.Note.Text)];
    }

    /// <summary>
    /// Resumes the session in a child host, streams the lines without waiting, and kills it as soon as its
    /// <paramref name="afterAcknowledgements"/>th acknowledgement arrives, while the rest of the batch is being
    /// committed. Counting acknowledgements rather than waiting a random time keeps the kills mid-stream on a
    /// machine of any speed (a fast one finished a batch inside the old 0-40 ms window).
    /// </summary>
    private static List<string> RunAndKill(string databasePath, List<string> lines, int afterAcknowledgements)
    {
        var host = Path.Combine(AppContext.BaseDirectory, "peerpractice.dll");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } dotnet && File.Exists(dotnet) ? dotnet : "dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment[NoteKeyFile.PathVariable] = HostRun.KeyPathFor(databasePath);
        foreach (var argument in new[] { host, "session", "resume", "s-1", "--clock", "manual", "--db", databasePath })
        {
            start.ArgumentList.Add(argument);
        }

        var printed = new List<string>();
        var acknowledgements = 0;
        using var killed = new ManualResetEventSlim();
        using var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) =>
        {
            if (e.Data is null)
            {
                return;
            }

            lock (printed)
            {
                printed.Add(e.Data);
            }

            if (e.Data.StartsWith("> note", StringComparison.Ordinal) && Interlocked.Increment(ref acknowledgements) == afterAcknowledgements)
            {
                process.Kill(entireProcessTree: true);
                killed.Set();
            }
        };
        process.Start();
        process.BeginOutputReadLine();
        var feeder = Task.Run(() =>
        {
            try
            {
                foreach (var line in lines)
                {
                    process.StandardInput.WriteLine(line);
                }

                process.StandardInput.Flush();
            }
            catch (IOException)
            {
                // The host was killed while we were still writing.
            }
        });
        killed.Wait(TimeSpan.FromSeconds(60));
        process.Kill(entireProcessTree: true); // a no-op once killed; ends a host that never acknowledged enough
        process.WaitForExit();
        feeder.Wait();
        lock (printed)
        {
            return [.. printed];
        }
    }
}
