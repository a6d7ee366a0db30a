using PeerPractice.ConsoleHost.Storage;
using PeerPractice.ConsoleHost.Tests.Sessions;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Tests.Storage;

/// <summary>Regression tests for the storage faults of issue 12 (items 9 to 11), through the host.</summary>
public class StorageFaultTests
{
    // 12.9: a second host resuming an open session died with an unhandled SqliteException on its next command.
    [Fact]
    public void A_session_open_in_another_host_is_refused_clearly_and_left_as_it_was()
    {
        using var temp = new TempDatabase();
        Assert.Equal(0, HostRun.InvokeWithDatabase("ack all\nstart\nquit\n", temp.Path, SessionScripts.StartArguments).ExitCode);
        using var other = HostStorage.Open(temp.Path, HostRun.ContextFor(temp.Path));
        var claim = other.Sessions.ClaimAsync("s-1", TestContext.Current.CancellationToken).Wait();

        var second = HostRun.InvokeWithDatabase("next\nquit\n", temp.Path, "session", "resume", "s-1", "--clock", "manual");

        Assert.Equal(1, second.ExitCode);
        Assert.Contains("Session s-1 is already open in another process", second.Error, StringComparison.Ordinal);
        var version = other.Sessions.FindAsync("s-1", TestContext.Current.CancellationToken).Wait()!.Version;
        claim.DisposeAsync().Wait();
        Assert.Equal(0, HostRun.InvokeWithDatabase("next\nquit\n", temp.Path, "session", "resume", "s-1", "--clock", "manual").ExitCode);
        Assert.True(other.Sessions.FindAsync("s-1", TestContext.Current.CancellationToken).Wait()!.Version > version);
    }

    // 12.9: two 'session start --id X' at the same moment: 3 of 10 died on a UNIQUE constraint.
    [Fact]
    public void Two_starts_of_the_same_id_at_once_give_one_session_and_one_already_exists()
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var temp = new TempDatabase();
            var runs = Enumerable.Range(0, 2)
                .Select(_ => Task.Run(() => HostRun.InvokeWithDatabase("ack all\nstart\nquit\n", temp.Path, SessionScripts.StartArguments)))
                .Select(t => t.Result)
                .ToList();

            Assert.Equal([0, 1], runs.Select(r => r.ExitCode).Order());
            Assert.Contains("A session with the id 's-1' already exists", runs.Single(r => r.ExitCode == 1).Error, StringComparison.Ordinal);
            Assert.DoesNotContain("Exception", string.Concat(runs.Select(r => r.Error)), StringComparison.Ordinal);
        }
    }

    // 12.10: a read-only database ended in an unhandled SqliteException, and left -wal/-shm files that blocked the next resume.
    [Fact]
    public void A_read_only_database_is_reported_with_what_to_do_and_resumes_once_writable()
    {
        if (OperatingSystem.IsWindows())
        {
            Assert.Skip("Unix file modes");
            return;
        }

        using var temp = new TempDatabase();
        Assert.Equal(0, HostRun.InvokeWithDatabase("ack all\nstart\nquit\n", temp.Path, SessionScripts.StartArguments).ExitCode);
        var writable = File.GetUnixFileMode(temp.Path);
        File.SetUnixFileMode(temp.Path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        var before = temp.Fingerprint();

        var refused = HostRun.InvokeWithDatabase("next\nquit\n", temp.Path, "session", "resume", "s-1", "--clock", "manual");

        Assert.Equal(1, refused.ExitCode);
        Assert.Contains("is read-only", refused.Error, StringComparison.Ordinal);
        Assert.Contains("chmod u+w", refused.Error, StringComparison.Ordinal);
        Assert.Equal(before, temp.Fingerprint());

        // Sidecar files an earlier failed run left read-only do not block the next resume.
        File.SetUnixFileMode(temp.Path, writable);
        File.WriteAllBytes(temp.Path + "-shm", []);
        File.SetUnixFileMode(temp.Path + "-shm", UnixFileMode.UserRead);
        var resumed = HostRun.InvokeWithDatabase("next\nquit\n", temp.Path, "session", "resume", "s-1", "--clock", "manual");
        Assert.True(resumed.ExitCode == 0, resumed.Error);
    }

    // 13: an I/O failure at commit (here a full disk: SQLite may not grow the file) in the middle of a
    // facilitated session ends the run with exit code 1 and what to do; the session resumes afterwards.
    [Fact]
    public void A_full_disk_at_commit_ends_the_run_with_what_to_do_and_the_session_resumes()
    {
        using var temp = new TempDatabase();
        var ct = TestContext.Current.CancellationToken;
        Assert.Equal(0, HostRun.InvokeWithDatabase("ack all\nstart\nquit\n", temp.Path, SessionScripts.StartArguments).ExitCode);
        long before;
        using (var storage = HostStorage.Open(temp.Path, HostRun.ContextFor(temp.Path)))
        {
            before = storage.Sessions.FindAsync("s-1", ct).Wait()!.Version;
        }

        // A note too long for the free room in the file needs a new page, which the full "disk" refuses.
        var note = "note sam shareable " + new string('x', 3990);
        var failed = HostRun.InvokeWithDatabase(note + "\nnext\nquit\n", temp.Path, FillDisk, "session", "resume", "s-1", "--clock", "manual");

        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("is full. Free some space and try again", failed.Error, StringComparison.Ordinal);
        Assert.Contains("the session can be resumed", failed.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", failed.Error, StringComparison.Ordinal);
        using (var storage = HostStorage.Open(temp.Path, HostRun.ContextFor(temp.Path)))
        {
            Assert.Equal(before, storage.Sessions.FindAsync("s-1", ct).Wait()!.Version);
        }

        // With room again, the same session resumes and takes the same command.
        var resumed = HostRun.InvokeWithDatabase(note + "\nnext\nquit\n", temp.Path, "session", "resume", "s-1", "--clock", "manual");
        Assert.True(resumed.ExitCode == 0, resumed.Error);
        using (var storage = HostStorage.Open(temp.Path, HostRun.ContextFor(temp.Path)))
        {
            var events = storage.Sessions.ReadAsync("s-1", before + 1, ct).Wait();
            Assert.Contains(events, e => e is NoteAdded { Note.Author: "sam-okafor" } added && added.Note.Text.Length == 3990);
            Assert.Contains(events, e => e is TurnEnded);
        }
    }

    /// <summary>Caps the database at its current size, as a disk with no space left would.</summary>
    private static void FillDisk(HostStorage storage)
    {
        using var pages = storage.Store.Connection.CreateCommand();
        pages.CommandText = "PRAGMA page_count;";
        var count = Convert.ToInt64(pages.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        using var cap = storage.Store.Connection.CreateCommand();
        cap.CommandText = $"PRAGMA max_page_count = {count};";
        cap.ExecuteNonQuery();
    }

    // 12.11: an unreadable key file ended in an unhandled UnauthorizedAccessException.
    [Fact]
    public void An_unreadable_key_file_is_refused_clearly()
    {
        using var temp = new TempDatabase();
        Directory.CreateDirectory(temp.KeyPath);

        var run = HostRun.InvokeWithDatabase("", temp.Path, "session", "list");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot be read", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }
}
