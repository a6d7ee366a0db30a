using Npgsql;
using PeerPractice.Sessions;
using PeerPractice.Storage.Conformance;

namespace PeerPractice.PostgreSql.Tests;

/// <summary>What only a shared server adds: several store objects (as several hosts or silos) on one database, and the server's own refusals.</summary>
public sealed class SharedDatabaseTests : IDisposable
{
    private readonly PostgresServer _server;
    private readonly TempDatabase _database;

    public SharedDatabaseTests(PostgresServer server)
    {
        _server = server;
        _database = TempDatabase.Create(server);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Two_hosts_appending_the_same_version_get_one_winner_and_one_stale_refusal()
    {
        await using var first = _database.Open();
        await using var second = _database.Open();
        var (session, _) = SessionFixtures.NewSession();
        await first.CreateAsync(SessionFixtures.Row("s1", session), session.Events, Ct);
        var seen = session.Version;
        session.Acknowledge("alex", session.Agenda.Agreements[0].Id);
        var events = session.EventsSince(seen);

        var results = await Task.WhenAll(
            Attempt(() => first.AppendAsync("s1", seen, events, Ct)),
            Attempt(() => second.AppendAsync("s1", seen, events, Ct)));

        Assert.Single(results, r => r is null);
        Assert.Single(results, r => r == StoreErrorKind.StaleSequence);
        Assert.Equal(seen + events.Count, (await second.FindAsync("s1", Ct))!.Version);
        Assert.Equal(seen + events.Count, (await first.ReadAsync("s1", 1, Ct)).Count);
    }

    [Fact]
    public async Task A_claim_holds_across_store_objects_and_ends_with_its_connection()
    {
        await using var first = _database.Open();
        await using var second = _database.Open();
        var (session, _) = SessionFixtures.NewSession();
        await first.CreateAsync(SessionFixtures.Row("s1", session), session.Events, Ct);

        var claim = await first.ClaimAsync("s1", Ct);
        Assert.Equal(StoreErrorKind.SessionInUse, (await Assert.ThrowsAsync<StoreException>(async () => await second.ClaimAsync("s1", Ct))).Kind);

        // A crashed host: its connection ends without an unlock, and the server releases the lock.
        await using (var admin = new NpgsqlConnection(_database.ConnectionString))
        {
            await admin.OpenAsync(Ct);
            // Only this test's database: the server is shared by test classes running in parallel, whose
            // migrations hold advisory locks of their own (killing those failed other tests at random).
            await using var kill = new NpgsqlCommand(
                "SELECT pg_terminate_backend(pid) FROM pg_locks WHERE locktype = 'advisory' AND pid <> pg_backend_pid() "
                + "AND database = (SELECT oid FROM pg_database WHERE datname = current_database())",
                admin);
            await kill.ExecuteNonQueryAsync(Ct);
        }

        await using (await WhenClaimed(second, "s1"))
        {
        }

        await claim.DisposeAsync();
    }

    [Fact]
    public async Task A_different_note_key_is_refused_and_a_newer_schema_too()
    {
        await using (var store = _database.Open())
        {
        }

        using var otherKey = new TempKey();
        var keyError = await Assert.ThrowsAsync<StoreException>(async () => await PostgreSqlStore.OpenAsync(_database.ConnectionString, otherKey.Keys, cancellationToken: Ct));
        Assert.Equal(StoreErrorKind.NoteKey, keyError.Kind);

        await using (var admin = new NpgsqlConnection(_database.ConnectionString))
        {
            await admin.OpenAsync(Ct);
            await using var bump = new NpgsqlCommand("UPDATE peerpractice_meta SET value = '99' WHERE key = 'schema_version'", admin);
            await bump.ExecuteNonQueryAsync(Ct);
        }

        var schemaError = await Assert.ThrowsAsync<StoreException>(async () => await _database.Open().DisposeAsync());
        Assert.Equal(StoreErrorKind.NewerSchema, schemaError.Kind);
        Assert.Contains("99", schemaError.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreachable_server_is_a_typed_write_failure_that_says_what_to_do()
    {
        _server.Require();
        var nowhere = new NpgsqlConnectionStringBuilder(_database.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;

        var error = await Assert.ThrowsAsync<StoreException>(async () => await PostgreSqlStore.OpenAsync(nowhere, _database.Keys, cancellationToken: Ct));

        Assert.Equal(StoreErrorKind.WriteFailed, error.Kind);
        Assert.Contains("could not be reached", error.Message, StringComparison.Ordinal);
    }

    private static async Task<StoreErrorKind?> Attempt(Func<ValueTask<long>> append)
    {
        try
        {
            await append();
            return null;
        }
        catch (StoreException e)
        {
            return e.Kind;
        }
    }

    /// <summary>The server notices a terminated backend at once, but the claim is retried a few times rather than assumed instant.</summary>
    private static async Task<IAsyncDisposable> WhenClaimed(PostgreSqlStore store, string id)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                return await store.ClaimAsync(id, Ct);
            }
            catch (StoreException e) when (e.Kind == StoreErrorKind.SessionInUse && attempt < 50)
            {
                await Task.Delay(100, Ct);
            }
        }
    }

    private sealed class TempKey : IDisposable
    {
        private readonly string _folder = Directory.CreateTempSubdirectory("peerpractice-key-").FullName;

        public NoteKeyFile Keys => new(Path.Combine(_folder, "notes.key"));

        public void Dispose() => Directory.Delete(_folder, recursive: true);
    }
}
