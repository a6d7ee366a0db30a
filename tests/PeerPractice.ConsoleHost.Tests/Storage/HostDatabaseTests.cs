using Microsoft.Data.Sqlite;
using PeerPractice.ConsoleHost.Storage;

namespace PeerPractice.ConsoleHost.Tests.Storage;

public class HostDatabaseTests
{
    [Fact]
    public void A_new_database_is_created_at_the_latest_schema_version()
    {
        using var temp = new TempDatabase();
        using (var database = HostDatabase.Open(temp.Path))
        {
            Assert.Equal((long)SchemaMigrations.LatestVersion, Scalar(database.Connection, "PRAGMA user_version"));
            Assert.Equal("wal", Scalar(database.Connection, "PRAGMA journal_mode"));
        }

        // Reopening an up-to-date database migrates nothing and keeps the data.
        using (var database = HostDatabase.Open(temp.Path))
        {
            database.SetMeta("probe", "kept");
        }

        using var again = HostDatabase.Open(temp.Path);
        Assert.Equal("kept", again.GetMeta("probe"));
    }

    [Fact]
    public void A_database_from_a_newer_version_is_refused_and_left_as_it_was()
    {
        using var temp = new TempDatabase();
        HostDatabase.Open(temp.Path).Dispose();
        using (var connection = new SqliteConnection($"Data Source={temp.Path};Pooling=False"))
        {
            connection.Open();
            Execute(connection, $"PRAGMA user_version = {SchemaMigrations.LatestVersion + 1}; PRAGMA wal_checkpoint(TRUNCATE);");
        }

        var before = temp.Fingerprint();
        var error = Assert.Throws<HostStorageException>(() => HostDatabase.Open(temp.Path));
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.Contains(temp.Path, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, temp.Fingerprint());
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_refused_and_left_as_it_was()
    {
        using var temp = new TempDatabase();
        File.WriteAllText(temp.Path, "members,id\nthis is a CSV file, not a database\n");
        var before = temp.Fingerprint();

        var error = Assert.Throws<HostStorageException>(() => HostDatabase.Open(temp.Path));

        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, temp.Fingerprint());
    }

    [Fact]
    public void A_corrupt_database_is_refused_and_left_as_it_was()
    {
        using var temp = new TempDatabase();
        using (var database = HostDatabase.Open(temp.Path))
        {
            for (var i = 0; i < 200; i++)
            {
                database.SetMeta("filler-" + i, new string('x', 500));
            }

            Execute(database.Connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        }

        // Keep SQLite's header and overwrite the pages after it.
        var bytes = File.ReadAllBytes(temp.Path);
        new Random(7).NextBytes(bytes.AsSpan(4096, bytes.Length - 4096));
        File.WriteAllBytes(temp.Path, bytes);
        var before = temp.Fingerprint();

        var error = Assert.Throws<HostStorageException>(() => HostDatabase.Open(temp.Path));

        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, temp.Fingerprint());
    }

    [Fact]
    public void A_database_locked_by_another_writer_is_refused_with_a_clear_message()
    {
        using var temp = new TempDatabase();
        HostDatabase.Open(temp.Path).Dispose();
        using var other = new SqliteConnection($"Data Source={temp.Path};Pooling=False");
        other.Open();
        using var held = other.BeginTransaction(deferred: false);

        var error = Assert.Throws<HostStorageException>(() => HostDatabase.Open(temp.Path));

        Assert.Contains("locked", error.Message, StringComparison.Ordinal);
    }

    private static object? Scalar(SqliteConnection connection, string sql) => HostDatabase.Scalar(connection, sql);

    private static void Execute(SqliteConnection connection, string sql) => HostDatabase.Execute(connection, sql);
}
