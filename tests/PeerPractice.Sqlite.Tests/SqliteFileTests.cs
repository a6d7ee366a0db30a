using Microsoft.Data.Sqlite;
using PeerPractice.Storage.Conformance;

namespace PeerPractice.Sqlite.Tests;

/// <summary>The file-level guarantees: WAL and FULL sync, migrations, and every bad file refused with a typed error and left as it was.</summary>
public class SqliteFileTests
{
    [Fact]
    public void A_new_database_is_created_at_the_latest_schema_version_in_wal_mode_with_full_sync()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
        {
            Assert.Equal((long)SqliteStore.LatestSchemaVersion, Scalar(store.Connection, "PRAGMA user_version"));
            Assert.Equal("wal", Scalar(store.Connection, "PRAGMA journal_mode"));
            Assert.Equal(2L, Scalar(store.Connection, "PRAGMA synchronous"));
        }

        // Reopening an up-to-date database migrates nothing and keeps the data.
        using var again = temp.Open();
        Assert.Equal((long)SqliteStore.LatestSchemaVersion, Scalar(again.Connection, "PRAGMA user_version"));
    }

    [Fact]
    public async Task A_version_1_database_of_the_console_host_is_migrated_and_keeps_its_sessions()
    {
        using var temp = new TempStore();
        using (var connection = new SqliteConnection($"Data Source={temp.Path};Pooling=False"))
        {
            connection.Open();
            Execute(connection, SchemaMigrations.All[0] + """
                PRAGMA user_version = 1;
                INSERT INTO sessions VALUES ('old', 'peer-brainstorm', '{}', '2026-01-05T09:00:00.0000000+00:00', '[{"id":"alex","name":"Alex Chen"},{"id":"sam","name":"Sam Okafor"}]', '{"autoAdvance":false,"warningFraction":0.2}', 'open');
                """);
        }

        using var store = temp.Open();
        var found = await store.FindAsync("old", TestContext.Current.CancellationToken);

        Assert.Equal((long)SqliteStore.LatestSchemaVersion, Scalar(store.Connection, "PRAGMA user_version"));
        Assert.NotNull(found);
        Assert.Equal(SessionFixtures.People, found.Participants);
        Assert.Equal("{\"autoAdvance\":false,\"warningFraction\":0.2}", found.HostData);
        Assert.Null(found.ClockAt);
    }

    [Fact]
    public void A_database_from_a_newer_version_is_refused_and_left_as_it_was()
    {
        using var temp = new TempStore();
        temp.Open().Dispose();
        using (var connection = new SqliteConnection($"Data Source={temp.Path};Pooling=False"))
        {
            connection.Open();
            Execute(connection, $"PRAGMA user_version = {SqliteStore.LatestSchemaVersion + 1}; PRAGMA wal_checkpoint(TRUNCATE);");
        }

        var before = temp.Fingerprint();
        var error = Assert.Throws<StoreException>(temp.Open);

        Assert.Equal(StoreErrorKind.NewerSchema, error.Kind);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
        Assert.Contains(temp.Path, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, temp.Fingerprint());
    }

    [Fact]
    public void A_file_that_is_not_sqlite_is_refused_and_left_as_it_was()
    {
        using var temp = new TempStore();
        File.WriteAllText(temp.Path, "members,id\nthis is a CSV file, not a database\n");
        var before = temp.Fingerprint();

        var error = Assert.Throws<StoreException>(temp.Open);

        Assert.Equal(StoreErrorKind.NotAStore, error.Kind);
        Assert.Contains("not a SQLite database", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, temp.Fingerprint());
        Assert.False(File.Exists(temp.KeyPath), "no key is created for a file that was refused");
    }

    [Fact]
    public void A_corrupt_database_is_refused_and_left_as_it_was()
    {
        using var temp = new TempStore();
        using (var store = temp.Open())
        {
            Execute(store.Connection, "CREATE TABLE filler(x TEXT);");
            for (var i = 0; i < 200; i++)
            {
                Execute(store.Connection, $"INSERT INTO filler VALUES ('{new string('x', 500)}');");
            }

            Execute(store.Connection, "PRAGMA wal_checkpoint(TRUNCATE);");
        }

        // Keep SQLite's header and overwrite the pages after it.
        var bytes = File.ReadAllBytes(temp.Path);
        new Random(7).NextBytes(bytes.AsSpan(4096, bytes.Length - 4096));
        File.WriteAllBytes(temp.Path, bytes);
        var before = temp.Fingerprint();

        var error = Assert.Throws<StoreException>(temp.Open);

        Assert.Equal(StoreErrorKind.NotAStore, error.Kind);
        Assert.Contains("corrupt", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, temp.Fingerprint());
    }

    [Fact]
    public void A_database_locked_by_another_writer_is_refused_with_a_clear_message()
    {
        using var temp = new TempStore();
        temp.Open().Dispose();
        using var other = new SqliteConnection($"Data Source={temp.Path};Pooling=False");
        other.Open();
        using var held = other.BeginTransaction(deferred: false);

        var error = Assert.Throws<StoreException>(temp.Open);

        Assert.Equal(StoreErrorKind.Locked, error.Kind);
        Assert.Contains("locked", error.Message, StringComparison.Ordinal);
    }

    internal static object? Scalar(SqliteConnection connection, string sql) => SqliteDatabase.Scalar(connection, sql);

    internal static void Execute(SqliteConnection connection, string sql) => SqliteDatabase.Execute(connection, sql);
}
