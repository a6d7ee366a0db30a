using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Storage.Conformance;

[assembly: AssemblyFixture(typeof(PeerPractice.PostgreSql.Tests.PostgresServer))]

namespace PeerPractice.PostgreSql.Tests;

// The same suite as the in-memory and SQLite engines, on a fresh database of the throwaway server per
// test; "reopen" opens a second store object on the same database, and the bytes scanned for private
// text are every file of the server's data folder after a checkpoint.

public sealed class PostgreSqlSessionStoreConformance : SessionStoreConformance
{
    private readonly PostgresServer _server;
    private readonly TempDatabase _database;
    private PostgreSqlStore _store;

    public PostgreSqlSessionStoreConformance(PostgresServer server)
    {
        _server = server;
        _database = TempDatabase.Create(server);
        _store = _database.Open();
    }

    protected override ISessionStore Store => _store;

    protected override ISessionStore Reopen()
    {
        _store.Dispose();
        _store = _database.Open();
        return _store;
    }

    protected override byte[] StoredBytes() => _server.AllBytesAsync().GetAwaiter().GetResult();

    public override void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
        base.Dispose();
    }
}

public sealed class PostgreSqlPairingHistoryStoreConformance : PairingHistoryStoreConformance
{
    private readonly TempDatabase _database;
    private PostgreSqlStore _store;

    public PostgreSqlPairingHistoryStoreConformance(PostgresServer server)
    {
        _database = TempDatabase.Create(server);
        _store = _database.Open();
    }

    protected override IPairingHistoryStore Store => _store;

    protected override IPairingHistoryStore Reopen()
    {
        _store.Dispose();
        _store = _database.Open();
        return _store;
    }

    public override void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
        base.Dispose();
    }
}
