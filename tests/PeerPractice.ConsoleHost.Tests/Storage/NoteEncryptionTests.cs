using System.Text;
using PeerPractice.ConsoleHost.Storage;

namespace PeerPractice.ConsoleHost.Tests.Storage;

public class NoteEncryptionTests
{
    private const string Secret = "Our CFO is about to resign; nobody knows yet.";

    [Fact]
    public void Private_event_text_never_reaches_the_database_files_but_reads_back()
    {
        using var temp = new TempDatabase();
        using (var database = HostDatabase.Open(temp.Path))
        using (var protector = NoteProtector.ForDatabase(database, temp.KeyPath))
        {
            var store = new SessionEventStore(database, protector);
            store.CreateSession("s1", "peer-brainstorm", "{}", "[]", "{}", DateTimeOffset.UnixEpoch);
            store.Append("s1", 1, "NoteAdded", $$"""{"text":"{{Secret}}","visibility":"private"}""", isPrivate: true);
            store.Append("s1", 2, "NoteAdded", """{"text":"shareable thought","visibility":"shareable"}""", isPrivate: false);

            var events = store.Read("s1");
            Assert.Contains(Secret, events[0].PayloadJson, StringComparison.Ordinal);
            Assert.Contains("shareable thought", events[1].PayloadJson, StringComparison.Ordinal);
        }

        var onDisk = temp.AllBytes();
        Assert.True(Contains(onDisk, Encoding.UTF8.GetBytes("shareable thought")), "the scan must be able to see plain text");
        Assert.False(Contains(onDisk, Encoding.UTF8.GetBytes(Secret)), "private note text found in the database files");
        Assert.False(Contains(onDisk, Encoding.UTF8.GetBytes("resign")), "a fragment of the private note found in the database files");
    }

    [Fact]
    public void The_key_file_is_created_on_first_use_readable_by_the_owner_only()
    {
        using var temp = new TempDatabase();
        using var database = HostDatabase.Open(temp.Path);
        using var protector = NoteProtector.ForDatabase(database, temp.KeyPath);

        Assert.True(File.Exists(temp.KeyPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(temp.KeyPath));
        }

        Assert.Equal(protector.KeyId, database.GetMeta("note_key_id"));
    }

    [Fact]
    public void A_missing_key_file_is_refused_once_notes_were_written_and_is_not_recreated()
    {
        using var temp = new TempDatabase();
        using (var database = HostDatabase.Open(temp.Path))
        {
            NoteProtector.ForDatabase(database, temp.KeyPath).Dispose();
        }

        File.Delete(temp.KeyPath);
        using var reopened = HostDatabase.Open(temp.Path);

        var error = Assert.Throws<HostStorageException>(() => NoteProtector.ForDatabase(reopened, temp.KeyPath));

        Assert.Contains("missing", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.KeyPath));
    }

    [Fact]
    public void A_different_key_file_is_refused()
    {
        using var temp = new TempDatabase();
        using (var database = HostDatabase.Open(temp.Path))
        {
            NoteProtector.ForDatabase(database, temp.KeyPath).Dispose();
        }

        File.WriteAllText(temp.KeyPath, Convert.ToBase64String(new byte[32]));
        using var reopened = HostDatabase.Open(temp.Path);

        var error = Assert.Throws<HostStorageException>(() => NoteProtector.ForDatabase(reopened, temp.KeyPath));

        Assert.Contains("is not the key", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_key_file_that_is_not_a_key_is_refused()
    {
        using var temp = new TempDatabase();
        File.WriteAllText(temp.KeyPath, "not a key");
        using var database = HostDatabase.Open(temp.Path);

        var error = Assert.Throws<HostStorageException>(() => NoteProtector.ForDatabase(database, temp.KeyPath));

        Assert.Contains("256-bit", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_event_is_never_overwritten()
    {
        using var temp = new TempDatabase();
        using var database = HostDatabase.Open(temp.Path);
        using var protector = NoteProtector.ForDatabase(database, temp.KeyPath);
        var store = new SessionEventStore(database, protector);
        store.CreateSession("s1", "peer-brainstorm", "{}", "[]", "{}", DateTimeOffset.UnixEpoch);
        store.Append("s1", 1, "Started", "{}", isPrivate: false);

        Assert.ThrowsAny<Microsoft.Data.Sqlite.SqliteException>(() => store.Append("s1", 1, "Started", """{"again":true}""", isPrivate: false));
        Assert.Equal("{}", Assert.Single(store.Read("s1")).PayloadJson);
    }

    private static bool Contains(byte[] haystack, byte[] needle) => haystack.AsSpan().IndexOf(needle) >= 0;
}
