using PeerPractice.Breakfasts;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Storage.Conformance;
using PeerPractice.Visits;

namespace PeerPractice.Sqlite.Tests;

// Every engine runs the same suite: SQLite here (reopened from disk between writing and reading, and
// scanned byte by byte for private text); the in-memory stores of PeerPractice.Core in PeerPractice.Core.Tests.

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

public sealed class SqliteLifecycleStoreConformance : LifecycleStoreConformance
{
    private readonly TempStore _temp = new();
    private SqliteStore _store;

    public SqliteLifecycleStoreConformance() => _store = _temp.Open();

    protected override ISessionStore Sessions => _store;

    protected override IRelationshipStore Relationships => _store;

    protected override IPairingHistoryStore History => _store;

    protected override IIntroductionStore Introductions => _store;

    protected override void Reopen()
    {
        _store.Dispose();
        _store = _temp.Open();
    }

    public override void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
        base.Dispose();
    }
}

public sealed class SqliteGatheringStoreConformance : GatheringStoreConformance
{
    private readonly TempStore _temp = new();
    private SqliteStore _store;

    public SqliteGatheringStoreConformance() => _store = _temp.Open();

    protected override IBreakfastStore Breakfasts => _store;

    protected override IVisitStore Visits => _store;

    protected override IPairingHistoryStore Pairings => _store;

    protected override void Reopen()
    {
        _store.Dispose();
        _store = _temp.Open();
    }

    public override void Dispose()
    {
        _store.Dispose();
        _temp.Dispose();
        base.Dispose();
    }
}
