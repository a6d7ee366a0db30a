using PeerPractice.Breakfasts;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Storage.Conformance;
using PeerPractice.Visits;

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

public sealed class InMemoryLifecycleStoreConformance : LifecycleStoreConformance
{
    private readonly InMemorySessionStore _sessions = new();
    private readonly InMemoryPairingHistoryStore _history = new();

    protected override ISessionStore Sessions => _sessions;

    protected override IRelationshipStore Relationships => _sessions;

    protected override IPairingHistoryStore History => _history;

    protected override IIntroductionStore Introductions => _history;

    public override void Dispose()
    {
        _sessions.Dispose();
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

public sealed class InMemoryGatheringStoreConformance : GatheringStoreConformance
{
    protected override IBreakfastStore Breakfasts { get; } = new InMemoryBreakfastStore();

    protected override IVisitStore Visits { get; } = new InMemoryVisitStore();

    protected override IPairingHistoryStore Pairings { get; } = new InMemoryPairingHistoryStore();
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
