using Npgsql;
using PeerPractice.Breakfasts;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Storage.Conformance;
using PeerPractice.Visits;

namespace PeerPractice.PostgreSql.Tests;

// Relationships, introductions, breakfasts and visits: the same suites as the in-memory and SQLite
// engines, on a fresh database per test; "reopen" opens a second store object on the same database.

public sealed class PostgreSqlLifecycleStoreConformance : LifecycleStoreConformance
{
    private readonly TempDatabase _database;
    private PostgreSqlStore _store;

    public PostgreSqlLifecycleStoreConformance(PostgresServer server)
    {
        _database = TempDatabase.Create(server);
        _store = _database.Open();
    }

    protected override ISessionStore Sessions => _store;

    protected override IRelationshipStore Relationships => _store;

    protected override IPairingHistoryStore History => _store;

    protected override IIntroductionStore Introductions => _store;

    protected override void Reopen()
    {
        _store.Dispose();
        _store = _database.Open();
    }

    public override void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
        base.Dispose();
    }
}

public sealed class PostgreSqlGatheringStoreConformance : GatheringStoreConformance
{
    private readonly TempDatabase _database;
    private PostgreSqlStore _store;

    public PostgreSqlGatheringStoreConformance(PostgresServer server)
    {
        _database = TempDatabase.Create(server);
        _store = _database.Open();
    }

    protected override IBreakfastStore Breakfasts => _store;

    protected override IVisitStore Visits => _store;

    protected override IPairingHistoryStore Pairings => _store;

    protected override void Reopen()
    {
        _store.Dispose();
        _store = _database.Open();
    }

    public override void Dispose()
    {
        _store.Dispose();
        _database.Dispose();
        base.Dispose();
    }
}

/// <summary>What a shared server adds for these stores: several store objects (several hosts or silos) racing on one row.</summary>
public sealed class SharedLifecycleTests : IDisposable
{
    private readonly TempDatabase _database;

    public SharedLifecycleTests(PostgresServer server) => _database = TempDatabase.Create(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Two_hosts_answering_for_one_side_at_once_record_exactly_one_answer()
    {
        await using var first = _database.Open();
        await using var second = _database.Open();
        await first.CreateIntroductionAsync(LifecycleStoreConformance.Intro("i1"), Ct);
        var yes = new IntroductionAnswer(true, new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero));
        var no = new IntroductionAnswer(false, new DateTimeOffset(2026, 3, 3, 9, 0, 1, TimeSpan.Zero));

        // Both read the introduction unanswered; the server's compare-and-set lets one write.
        var answers = await Task.WhenAll(
            first.AnswerIntroductionAsync("i1", "ben", yes, Ct).AsTask(),
            second.AnswerIntroductionAsync("i1", "ben", no, Ct).AsTask());

        Assert.Single(answers, won => won);
        var stored = (await second.FindIntroductionAsync("i1", Ct))!.AnswerOfB;
        Assert.Equal(answers[0] ? yes : no, stored);
    }

    [Fact]
    public async Task Two_hosts_adding_one_breakfast_or_visit_id_get_one_winner_and_updates_of_unknown_ids_write_nothing()
    {
        await using var first = _database.Open();
        await using var second = _database.Open();
        var breakfast = GatheringStoreConformance.Breakfast();

        var added = await Task.WhenAll(first.AddBreakfastAsync(breakfast, Ct).AsTask(), second.AddBreakfastAsync(breakfast with { Title = "Other" }, Ct).AsTask());
        Assert.Single(added, won => won);
        Assert.False(await first.UpdateBreakfastAsync(GatheringStoreConformance.Breakfast("nope"), Ct));
        Assert.False(await first.UpdateVisitAsync(GatheringStoreConformance.Visit("nope"), Ct));
        Assert.Single(await second.ListBreakfastsAsync(Ct));
        Assert.Empty(await second.ListVisitsAsync(Ct));

        await second.CreateRelationshipAsync(LifecycleStoreConformance.Pair("r1"), Ct);
        var taken = await Assert.ThrowsAsync<StoreException>(async () => await first.CreateRelationshipAsync(LifecycleStoreConformance.Pair("r1", "cy", "dan"), Ct));
        Assert.Equal(StoreErrorKind.AlreadyExists, taken.Kind);
        Assert.Equal(LifecycleStoreConformance.Pair("r1"), await first.FindRelationshipAsync("r1", Ct));
    }

    [Fact]
    public async Task A_row_that_no_longer_reads_back_is_reported_as_damaged()
    {
        await using var store = _database.Open();
        await store.AddVisitAsync(GatheringStoreConformance.Visit(), Ct);
        await using (var connection = new NpgsqlConnection(_database.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var damage = new NpgsqlCommand("UPDATE peerpractice_visits SET json = '{\"id\": 3}'", connection);
            await damage.ExecuteNonQueryAsync(Ct);
        }

        var error = await Assert.ThrowsAsync<StoreException>(async () => await store.GetVisitAsync(GatheringStoreConformance.Visit().Id, Ct));
        Assert.Equal(StoreErrorKind.Damaged, error.Kind);
        Assert.Contains("Restore the database from a backup", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_of_schema_1_migrates_and_keeps_its_sessions()
    {
        var (session, _) = SessionFixtures.NewSession();
        await using (var store = _database.Open())
        {
            await store.CreateAsync(SessionFixtures.Row("s1", session), session.Events, Ct);
        }

        // Back to what version 1 wrote: no relationship column, none of the lifecycle and gathering tables.
        await using (var connection = new NpgsqlConnection(_database.ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var downgrade = new NpgsqlCommand(
                "ALTER TABLE peerpractice_sessions DROP COLUMN relationship_id; DROP TABLE peerpractice_relationships, peerpractice_introductions, peerpractice_breakfasts, peerpractice_visits; "
                + "UPDATE peerpractice_meta SET value = '1' WHERE key = 'schema_version'",
                connection);
            await downgrade.ExecuteNonQueryAsync(Ct);
        }

        await using var migrated = _database.Open();
        Assert.Null((await migrated.FindAsync("s1", Ct))!.RelationshipId);
        Assert.Equal(session.Events.Count, (await migrated.ReadAsync("s1", cancellationToken: Ct)).Count);
        await migrated.CreateRelationshipAsync(LifecycleStoreConformance.Pair("r1"), Ct);
        Assert.Single(await migrated.ListRelationshipsAsync("ana", Ct));
    }
}
