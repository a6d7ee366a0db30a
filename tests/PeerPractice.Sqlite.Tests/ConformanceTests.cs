using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Storage.Conformance;

namespace PeerPractice.Sqlite.Tests;

// Every engine runs the same suite: the in-memory stores of PeerPractice.Core, and SQLite (reopened
// from disk between writing and reading, and scanned byte by byte for private text).

public sealed class InMemorySessionStoreConformance : SessionStoreConformance
{
    private readonly InMemorySessionStore _store = new();

    protected override ISessionStore Store => _store;

    protected override byte[] StoredBytes() =>
        [.. _store.StoredEvents("s1").SelectMany(e => e.Payload.ToArray())];

    public override void Dispose()
    {
        _store.Dispose();
        base.Dispose();
    }
}

public sealed class InMemoryPairingHistoryStoreConformance : PairingHistoryStoreConformance
{
    protected override IPairingHistoryStore Store { get; } = new InMemoryPairingHistoryStore();
}

public sealed class SqliteSessionStoreConformance : SessionStoreConformance
{
    private readonly TempStore _temp = new();
    private SqliteStore _store;

    public SqliteSessionStoreConformance() => _store = _temp.Open();

    protected override ISessionStore Store => _store;

    protected override ISessionStore Reopen()
    {
        _store.Dispose();
        _store = _temp.Open();
        return _store;
    }

    protected override byte[] StoredBytes() => _temp.AllBytes();

    public override void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
        base.Dispose();
    }
}

public sealed class SqlitePairingHistoryStoreConformance : PairingHistoryStoreConformance
{
    private readonly TempStore _temp = new();
    private SqliteStore _store;

    public SqlitePairingHistoryStoreConformance() => _store = _temp.Open();

    protected override IPairingHistoryStore Store => _store;

    protected override IPairingHistoryStore Reopen()
    {
        _store.Dispose();
        _store = _temp.Open();
        return _store;
    }

    public override void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
        base.Dispose();
    }
}
