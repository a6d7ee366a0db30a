using PeerPractice.Breakfasts;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Storage.Conformance;
using PeerPractice.Visits;

namespace PeerPractice.Core.Tests.Storage;

// The in-memory stores of PeerPractice.Core run the same conformance suite as every engine (SQLite and
// PostgreSQL derive the same classes in their own test projects). They live here, beside the library's
// other tests, so that mutation runs of the stores see them.

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

public sealed class InMemoryGatheringStoreConformance : GatheringStoreConformance
{
    protected override IBreakfastStore Breakfasts { get; } = new InMemoryBreakfastStore();

    protected override IVisitStore Visits { get; } = new InMemoryVisitStore();

    protected override IPairingHistoryStore Pairings { get; } = new InMemoryPairingHistoryStore();
}
