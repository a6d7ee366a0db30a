using Npgsql;
using PeerPractice.Sessions;
using PeerPractice.Storage.Conformance;

namespace PeerPractice.PostgreSql.Tests;

/// <summary>
/// Group commit: appends (and creations, and kept clocks) of many sessions that are pending together go into one
/// statement and one commit, each with its own version (or existence) check. The writer is held before
/// its batch (a test hook) until every write of the test is queued, so the batch is known rather than
/// hoped for; a second hook holds a batch in flight to show what goes on beside it.
/// </summary>
public sealed class GroupCommitTests : IDisposable
{
    private const int Sessions = 12;

    private readonly TempDatabase _database;

    /// <summary>The version a new session's log ends at (its first events).</summary>
    private static long Created => SessionFixtures.NewSession().Session.Version;

    public GroupCommitTests(PostgresServer server) => _database = TempDatabase.Create(server);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Appends_of_many_sessions_pending_together_commit_in_one_transaction()
    {
        await using var store = _database.Open();
        var sessions = await CreateSessions(store);
        var gate = Hold(store);

        var appends = sessions.Select(s => Append(store, s.Id, s.Session)).ToArray();
        var batchesBefore = store.Writer.Batches;
        gate.Release();
        var results = await Task.WhenAll(appends);

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(batchesBefore + 1, store.Writer.Batches);
        foreach (var (id, session) in sessions)
        {
            Assert.Equal(session.Version, (await store.FindAsync(id, Ct))!.Version);
            Assert.Equal(session.Events.Select(e => e.Sequence), (await store.ReadAsync(id, 1, Ct)).Select(e => e.Sequence));
        }

        // One transaction wrote every appended event: they share the inserting transaction id.
        Assert.Equal(1L, await Scalar("SELECT count(DISTINCT xmin::text) FROM peerpractice_session_events WHERE sequence > " + Created));
    }

    [Fact]
    public async Task A_stale_append_in_a_batch_is_refused_alone_and_the_others_commit()
    {
        await using var store = _database.Open();
        var sessions = await CreateSessions(store);
        var (staleId, staleSession) = sessions[5];
        // Another writer got there first: the batch's append of this session continues a version that is gone.
        Assert.Null((await Append(store, staleId, staleSession)).Error);
        var gate = Hold(store);

        var appends = sessions.Select(s => Append(store, s.Id, s.Session)).ToArray();
        gate.Release();
        var results = await Task.WhenAll(appends);

        var refusal = Assert.Single(results, r => r.Error is not null);
        Assert.Equal(staleId, refusal.Id);
        Assert.Equal(StoreErrorKind.StaleSequence, refusal.Error!.Kind);
        Assert.Equal(staleSession.Version, (await store.FindAsync(staleId, Ct))!.Version);
        Assert.Equal(staleSession.Version, (await store.ReadAsync(staleId, 1, Ct)).Count);
        foreach (var (id, session) in sessions.Where(s => s.Id != staleId))
        {
            Assert.Equal(session.Version, (await store.FindAsync(id, Ct))!.Version);
        }

        // An unknown session in a batch is refused alone too.
        var (ghost, _) = SessionFixtures.NewSession();
        var unknown = await Assert.ThrowsAsync<StoreException>(async () => await store.AppendAsync("ghost", 0, ghost.Events, Ct));
        Assert.Equal(StoreErrorKind.NotFound, unknown.Kind);
    }

    [Fact]
    public async Task A_batch_whose_connection_dies_fails_every_append_and_writes_none()
    {
        await using var store = _database.Open();
        var sessions = await CreateSessions(store);
        var released = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var first = 1;
        store.Writer.BeforeBatch = async pid =>
        {
            if (Interlocked.Exchange(ref first, 0) == 1)
            {
                await released.Task;
                // The batch's own backend, on this test's own database.
                await using var admin = new NpgsqlConnection(_database.ConnectionString);
                await admin.OpenAsync();
                await using var kill = new NpgsqlCommand("SELECT pg_terminate_backend($1) FROM pg_stat_activity WHERE pid = $1 AND datname = current_database()", admin);
                kill.Parameters.Add(new NpgsqlParameter { Value = pid });
                await kill.ExecuteNonQueryAsync();
            }
        };

        var appends = sessions.Select(s => Append(store, s.Id, s.Session)).ToArray();
        released.SetResult();
        var results = await Task.WhenAll(appends);

        Assert.All(results, r => Assert.Equal(StoreErrorKind.WriteFailed, r.Error?.Kind));
        await AssertNothingAppended(store, sessions);

        // The writer goes on with a new connection: the same appends now commit.
        var retried = await Task.WhenAll(sessions.Select(s => Append(store, s.Id, s.Session)));
        Assert.All(retried, r => Assert.Null(r.Error));
    }

    [Fact]
    public async Task A_batch_whose_commit_fails_fails_every_append_and_writes_none()
    {
        await using var store = _database.Open();
        var sessions = await CreateSessions(store);
        var (poisonId, _) = sessions[^1];
        // A deferred constraint is checked at commit: the statement runs, then its commit fails.
        await Execute($"""
            CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.session_id = '{poisonId}' THEN RAISE EXCEPTION 'commit refused for the test'; END IF;
                RETURN NULL;
            END $$;
            CREATE CONSTRAINT TRIGGER refuse_poison AFTER INSERT ON peerpractice_session_events
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION refuse_poison();
            """);
        var gate = Hold(store);

        var appends = sessions.Select(s => Append(store, s.Id, s.Session)).ToArray();
        gate.Release();
        var results = await Task.WhenAll(appends);

        Assert.All(results, r => Assert.Equal(StoreErrorKind.WriteFailed, r.Error?.Kind));
        Assert.All(results, r => Assert.Contains("commit refused for the test", r.Error!.Message, StringComparison.Ordinal));
        await AssertNothingAppended(store, sessions);
    }

    [Fact]
    public async Task Appends_and_creations_go_on_while_the_stores_pool_is_exhausted()
    {
        // A pool of one connection, held by a claim: reads would wait for it, the writer has its own.
        await using var store = await PostgreSqlStore.OpenAsync(_database.ConnectionString + ";Maximum Pool Size=1;Timeout=5", _database.Keys, cancellationToken: Ct);
        var sessions = await CreateSessions(store);
        var (fresh, _) = SessionFixtures.NewSession();
        await using (await store.ClaimAsync("s0", Ct))
        {
            var results = await Task.WhenAll(sessions.Select(s => Append(store, s.Id, s.Session)));
            Assert.All(results, r => Assert.Null(r.Error));
            await store.CreateAsync(SessionFixtures.Row("fresh", fresh), fresh.Events, Ct);
        }

        Assert.Equal(fresh.Version, (await store.FindAsync("fresh", Ct))!.Version);
        foreach (var (id, session) in sessions)
        {
            Assert.Equal(session.Version, (await store.FindAsync(id, Ct))!.Version);
        }
    }

    [Fact]
    public async Task Creations_pending_together_commit_in_one_statement()
    {
        await using var store = _database.Open();
        var gate = Hold(store);
        var sessions = Enumerable.Range(0, Sessions).Select(i => ("c" + i, SessionFixtures.NewSession().Session)).ToList();

        var creations = sessions.Select(s => Create(store, s.Item1, s.Session)).ToArray();
        var batchesBefore = store.Writer.Batches;
        gate.Release();
        var results = await Task.WhenAll(creations);

        Assert.All(results, r => Assert.Null(r.Error));
        Assert.Equal(batchesBefore + 1, store.Writer.Batches);
        foreach (var (id, session) in sessions)
        {
            var row = (await store.FindAsync(id, Ct))!;
            Assert.Equal(session.Version, row.Version);
            Assert.Equal(SessionFixtures.Row(id, session).AgendaJson, row.AgendaJson);
            Assert.Equal(session.Events.Select(e => e.Sequence), (await store.ReadAsync(id, 1, Ct)).Select(e => e.Sequence));
        }

        // One transaction wrote every row and every first event.
        Assert.Equal(1L, await Scalar("SELECT count(DISTINCT x) FROM (SELECT xmin::text AS x FROM peerpractice_sessions UNION ALL SELECT xmin::text FROM peerpractice_session_events) t"));
    }

    [Fact]
    public async Task A_creation_the_server_refuses_fails_alone_and_taken_ids_are_refused_alone()
    {
        await using var store = _database.Open();
        var (existing, _) = SessionFixtures.NewSession();
        await store.CreateAsync(SessionFixtures.Row("taken", existing), existing.Events, Ct);
        await Execute("""
            CREATE FUNCTION refuse_poison() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.id = 'poison' THEN RAISE EXCEPTION 'creation refused for the test'; END IF;
                RETURN NEW;
            END $$;
            CREATE TRIGGER refuse_poison BEFORE INSERT ON peerpractice_sessions FOR EACH ROW EXECUTE FUNCTION refuse_poison();
            """);
        var gate = Hold(store);

        // Good ones, the poisoned one, one whose id is taken, and two of one new id, all in the same batch.
        var ids = Enumerable.Range(0, 6).Select(i => "c" + i).Concat(["poison", "taken", "twice", "twice"]).ToList();
        var creations = ids.Select(id => Create(store, id, SessionFixtures.NewSession().Session)).ToArray();
        gate.Release();
        var results = await Task.WhenAll(creations);

        var poison = Assert.Single(results, r => r.Id == "poison");
        Assert.Equal(StoreErrorKind.WriteFailed, poison.Error?.Kind);
        Assert.Contains("creation refused for the test", poison.Error!.Message, StringComparison.Ordinal);
        Assert.Null(await store.FindAsync("poison", Ct));
        Assert.Empty(await store.ReadAsync("poison", 1, Ct));

        Assert.Equal(StoreErrorKind.AlreadyExists, Assert.Single(results, r => r.Id == "taken").Error?.Kind);
        Assert.Equal(existing.Version, (await store.FindAsync("taken", Ct))!.Version);
        Assert.Equal(existing.Version, (await store.ReadAsync("taken", 1, Ct)).Count);

        var twice = results.Where(r => r.Id == "twice").ToList();
        Assert.Single(twice, r => r.Error is null);
        Assert.Single(twice, r => r.Error?.Kind == StoreErrorKind.AlreadyExists);

        Assert.All(results.Where(r => r.Id.StartsWith('c')), r => Assert.Null(r.Error));
        foreach (var id in ids.Where(i => i.StartsWith('c')).Append("twice"))
        {
            Assert.Equal(Created, (await store.FindAsync(id, Ct))!.Version);
            Assert.Equal(Created, (await store.ReadAsync(id, 1, Ct)).Count);
        }
    }

    [Fact]
    public async Task A_session_with_a_write_in_flight_waits_while_other_sessions_commit_beside_it()
    {
        await using var store = _database.Open();
        var sessions = await CreateSessions(store);
        var (firstId, first) = sessions[0];
        var (otherId, other) = sessions[1];
        var afterFirst = first.Version;
        var held = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var gate = new Gate();
        var once = 1;
        store.Writer.BeforeWrite = async ids =>
        {
            if (ids.Contains(firstId) && Interlocked.Exchange(ref once, 0) == 1)
            {
                held.SetResult();
                await gate.Released;
            }
        };

        // The first session's append is in flight (held before its statement)...
        var firstAppend = store.AppendAsync(firstId, Created, first.EventsSince(Created), Ct).AsTask();
        await held.Task;

        // ...so its next one waits, while another session's append commits in a second batch beside it.
        first.Acknowledge("sam", first.Agenda.Agreements[0].Id);
        var secondAppend = store.AppendAsync(firstId, afterFirst, first.EventsSince(afterFirst), Ct).AsTask();
        Assert.Equal(other.Version, await store.AppendAsync(otherId, Created, other.EventsSince(Created), Ct));
        Assert.False(firstAppend.IsCompleted);
        Assert.False(secondAppend.IsCompleted);

        gate.Release();
        Assert.Equal(afterFirst, await firstAppend);
        Assert.Equal(first.Version, await secondAppend);
        Assert.Equal(first.Events.Select(e => e.Sequence), (await store.ReadAsync(firstId, 1, Ct)).Select(e => e.Sequence));
    }

    [Fact]
    public async Task Appends_queued_behind_a_burst_of_creations_go_in_the_first_batch()
    {
        await using var store = _database.Open();
        var sessions = await CreateSessions(store);
        var gate = Hold(store);
        var batches = RecordBatches(store);

        // More creations (each carrying its agenda's text) than one batch's byte cap holds, queued first.
        var perCreation = SessionFixtures.Row("burst0", SessionFixtures.NewSession().Session).AgendaJson.Length;
        // (Fewer than the writer's queue holds, so every write is queued before the writer lets go.)
        var count = Math.Min((3 * PeerPractice.PostgreSql.GroupCommit.SessionWriter.MaxBatchBytes / perCreation) + 1, 1_000);
        var burst = Enumerable.Range(0, count).Select(i => ("burst" + i, SessionFixtures.NewSession().Session)).ToList();
        var creations = burst.Select(b => Create(store, b.Item1, b.Session)).ToArray();
        var appends = sessions.Select(s => Append(store, s.Id, s.Session)).ToArray();
        gate.Release();

        Assert.All(await Task.WhenAll(appends), r => Assert.Null(r.Error));
        Assert.All(await Task.WhenAll(creations), r => Assert.Null(r.Error));
        var seen = batches();

        // Every append is in the writer's first batch, though every creation was queued before it; the
        // creations follow over later batches, and each session was written exactly once.
        Assert.Subset(seen[0].ToHashSet(), sessions.Select(s => s.Id).ToHashSet());
        Assert.True(seen.Count > 2, "the burst should need several batches");
        Assert.Equal(
            sessions.Select(s => s.Id).Concat(burst.Select(b => b.Item1)).Order(StringComparer.Ordinal),
            seen.SelectMany(ids => ids).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Clocks_pending_together_commit_in_one_statement_and_a_missing_session_fails_alone()
    {
        await using var store = _database.Open();
        var sessions = await CreateSessions(store);
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var gate = Hold(store);

        var clocks = sessions.Select((s, i) => KeepClock(store, s.Id, at.AddSeconds(i))).Append(KeepClock(store, "ghost", at)).ToArray();
        var batchesBefore = store.Writer.Batches;
        gate.Release();
        var results = await Task.WhenAll(clocks);

        Assert.All(results.SkipLast(1), r => Assert.Null(r.Error));
        Assert.Equal(("ghost", StoreErrorKind.NotFound), (results[^1].Id, results[^1].Error?.Kind));
        Assert.Equal(batchesBefore + 1, store.Writer.Batches);
        for (var i = 0; i < sessions.Count; i++)
        {
            Assert.Equal(at.AddSeconds(i), (await store.FindAsync(sessions[i].Id, Ct))!.ClockAt);
        }

        // Batched like the first, an earlier time never moves a kept one back, and a later one moves it on.
        var again = await Task.WhenAll(KeepClock(store, sessions[0].Id, at.AddMinutes(-5)), KeepClock(store, sessions[1].Id, at.AddMinutes(5)));
        Assert.All(again, r => Assert.Null(r.Error));
        Assert.Equal((at, at.AddMinutes(5)), ((await store.FindAsync(sessions[0].Id, Ct))!.ClockAt, (await store.FindAsync(sessions[1].Id, Ct))!.ClockAt));
    }

    [Fact]
    public async Task Appends_queued_behind_a_burst_of_clocks_go_in_the_first_batch()
    {
        await using var store = _database.Open();
        var sessions = await CreateSessions(store);
        // More clocks than one batch carries, of sessions other than the appending ones.
        var others = Enumerable.Range(0, PeerPractice.PostgreSql.GroupCommit.SessionWriter.MaxBatch + 20).Select(i => ("other" + i, SessionFixtures.NewSession().Session)).ToList();
        Assert.All(await Task.WhenAll(others.Select(o => Create(store, o.Item1, o.Session))), r => Assert.Null(r.Error));
        var at = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var gate = Hold(store);
        var batches = RecordBatches(store);

        var clocks = others.Select(o => KeepClock(store, o.Item1, at)).ToArray();
        var appends = sessions.Select(s => Append(store, s.Id, s.Session)).ToArray();
        gate.Release();

        Assert.All(await Task.WhenAll(appends), r => Assert.Null(r.Error));
        Assert.All(await Task.WhenAll(clocks), r => Assert.Null(r.Error));
        var seen = batches();

        // The appends, queued last, all ride the first batch (filled up with clocks); the rest of the clocks follow.
        Assert.Subset(seen[0].ToHashSet(), sessions.Select(s => s.Id).ToHashSet());
        Assert.Equal(PeerPractice.PostgreSql.GroupCommit.SessionWriter.MaxBatch, seen[0].Count);
        Assert.Equal(
            sessions.Select(s => s.Id).Concat(others.Select(o => o.Item1)).Order(StringComparer.Ordinal),
            seen.SelectMany(ids => ids).Order(StringComparer.Ordinal));
    }

    /// <summary>Sessions created and taken one command further in memory; the command's events are what each test appends.</summary>
    private async Task<List<(string Id, AgendaSession Session)>> CreateSessions(PostgreSqlStore store)
    {
        var sessions = new List<(string, AgendaSession)>();
        for (var i = 0; i < Sessions; i++)
        {
            var (session, _) = SessionFixtures.NewSession();
            var id = "s" + i;
            await store.CreateAsync(SessionFixtures.Row(id, session), session.Events, Ct);
            Assert.Equal(Created, session.Version);
            session.Acknowledge("alex", session.Agenda.Agreements[0].Id);
            sessions.Add((id, session));
        }

        return sessions;
    }

    private static async Task<(string Id, StoreException? Error)> Append(PostgreSqlStore store, string id, AgendaSession session)
    {
        var events = session.EventsSince(Created);
        try
        {
            var version = await store.AppendAsync(id, Created, events, Ct);
            Assert.Equal(session.Version, version);
            return (id, null);
        }
        catch (StoreException e)
        {
            return (id, e);
        }
    }

    private static async Task<(string Id, StoreException? Error)> KeepClock(PostgreSqlStore store, string id, DateTimeOffset shownAt)
    {
        try
        {
            await store.SaveClockAsync(id, shownAt, Ct);
            return (id, null);
        }
        catch (StoreException e)
        {
            return (id, e);
        }
    }

    private static async Task<(string Id, StoreException? Error)> Create(PostgreSqlStore store, string id, AgendaSession session)
    {
        try
        {
            await store.CreateAsync(SessionFixtures.Row(id, session), session.Events, Ct);
            return (id, null);
        }
        catch (StoreException e)
        {
            return (id, e);
        }
    }

    private async Task AssertNothingAppended(PostgreSqlStore store, List<(string Id, AgendaSession Session)> sessions)
    {
        foreach (var (id, session) in sessions)
        {
            Assert.Equal(Created, (await store.FindAsync(id, Ct))!.Version);
            Assert.Equal(Created, (await store.ReadAsync(id, 1, Ct)).Count);
        }
    }

    /// <summary>Records the session ids of each batch the writer sends, in order; the function returns what it has seen so far.</summary>
    private static Func<List<IReadOnlyList<string>>> RecordBatches(PostgreSqlStore store)
    {
        var batches = new List<IReadOnlyList<string>>();
        store.Writer.BeforeWrite = ids =>
        {
            lock (batches)
            {
                batches.Add(ids);
            }

            return ValueTask.CompletedTask;
        };
        return () =>
        {
            lock (batches)
            {
                return [.. batches];
            }
        };
    }

    /// <summary>Holds the writer's next batch until released, so every append queued meanwhile shares it.</summary>
    private static Gate Hold(PostgreSqlStore store)
    {
        var gate = new Gate();
        var first = 1;
        store.Writer.BeforeBatch = async _ =>
        {
            if (Interlocked.Exchange(ref first, 0) == 1)
            {
                await gate.Released;
            }
        };
        return gate;
    }

    private async Task<long> Scalar(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync(Ct);
    }

    private sealed class Gate
    {
        private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public Task Released => _released.Task;

        public void Release() => _released.SetResult();
    }
}
