using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using PeerPractice.Sessions;

namespace PeerPractice.Storage.Conformance;

/// <summary>
/// What every <see cref="ISessionStore"/> must do. An engine's test project derives a class that
/// opens a fresh, empty store per test; durable engines also override <see cref="Reopen"/> and
/// <see cref="StoredBytes"/> so that durability and encryption at rest are checked on their real bytes.
/// </summary>
public abstract class SessionStoreConformance : IDisposable
{
    /// <summary>The store under test: fresh and empty for each test.</summary>
    protected abstract ISessionStore Store { get; }

    /// <summary>Closes and reopens the store (same data); the in-memory store returns itself.</summary>
    protected virtual ISessionStore Reopen() => Store;

    /// <summary>Every byte the engine keeps (files, rows), to scan for plain text.</summary>
    protected abstract byte[] StoredBytes();

    public virtual void Dispose() => GC.SuppressFinalize(this);

    [Fact]
    public async Task A_created_session_reads_back_with_its_first_events_and_host_data()
    {
        var (session, _) = SessionFixtures.NewSession();
        await Store.CreateAsync(SessionFixtures.Row("s1", session, "{\"autoAdvance\":true}"), session.Events);

        var found = await Reopen().FindAsync("s1");

        Assert.NotNull(found);
        Assert.Equal(("s1", SessionFixtures.Agenda.Id, SessionStatus.Open, session.Version, "{\"autoAdvance\":true}"), (found.Id, found.AgendaId, found.Status, found.Version, found.HostData));
        Assert.Equal(SessionFixtures.People, found.Participants);
        Assert.Equal(session.CreatedAt, found.CreatedAt);
        Assert.Equal(Json(session.Events), Json(await Reopen().ReadAsync("s1")));
    }

    [Fact]
    public async Task Each_command_is_appended_whole_and_the_log_replays_to_the_same_session()
    {
        var (session, clock) = SessionFixtures.NewSession();
        await Store.CreateAsync(SessionFixtures.Row("s1", session), session.Events);
        var version = session.Version;
        foreach (var command in SessionFixtures.Opening(session).Append(() => clock.Advance(TimeSpan.FromMinutes(3))).Append(session.Next).Append(session.Next))
        {
            command();
            if (session.Version != version)
            {
                version = await Store.AppendAsync("s1", version, session.EventsSince(version));
                Assert.Equal(session.Version, version);
            }
        }

        var stored = await Reopen().ReadAsync("s1");
        Assert.Equal(Json(session.Events), Json(stored));
        using var replayed = AgendaSession.Replay(SessionFixtures.Agenda, SessionFixtures.People, clock, stored, new SessionOptions { EnableTimers = false });
        Assert.Equal((session.CurrentItemIndex, session.CurrentSpeaker, session.Version), (replayed.CurrentItemIndex, replayed.CurrentSpeaker, replayed.Version));
    }

    [Fact]
    public async Task A_stale_expected_sequence_is_refused_and_nothing_is_written()
    {
        var (session, _) = SessionFixtures.NewSession();
        await Store.CreateAsync(SessionFixtures.Row("s1", session), session.Events);
        var seen = session.Version;
        session.Acknowledge("alex", session.Agenda.Agreements[0].Id);
        await Store.AppendAsync("s1", seen, session.EventsSince(seen));

        // A second writer that also saw 'seen' appends its own event numbered seen + 1.
        var (other, _) = SessionFixtures.NewSession();
        other.Acknowledge("sam", other.Agenda.Agreements[0].Id);
        var error = await Assert.ThrowsAsync<StoreException>(async () => await Store.AppendAsync("s1", seen, other.EventsSince(seen)));

        Assert.Equal(StoreErrorKind.StaleSequence, error.Kind);
        Assert.Contains("s1", error.Message, StringComparison.Ordinal);
        Assert.Equal(Json(session.Events), Json(await Store.ReadAsync("s1")));
    }

    [Fact]
    public async Task Events_that_do_not_continue_the_expected_version_are_refused()
    {
        var (session, _) = SessionFixtures.NewSession();
        foreach (var command in SessionFixtures.Opening(session))
        {
            command();
        }

        await Store.CreateAsync(SessionFixtures.Row("s1", session), []);

        await Assert.ThrowsAsync<ArgumentException>(async () => await Store.AppendAsync("s1", 0, session.EventsSince(1)));
        await Assert.ThrowsAsync<ArgumentException>(async () => await Store.AppendAsync("s1", 0, [.. session.EventsSince(0).Where(e => e.Sequence != 2)]));
        Assert.Empty(await Store.ReadAsync("s1"));
    }

    [Fact]
    public async Task Reading_from_the_middle_returns_the_rest_in_order()
    {
        var (session, _) = SessionFixtures.NewSession();
        foreach (var command in SessionFixtures.Opening(session))
        {
            command();
        }

        await Store.CreateAsync(SessionFixtures.Row("s1", session), session.Events);

        var tail = await Store.ReadAsync("s1", 3);

        Assert.Equal(Json(session.Events.Skip(2)), Json(tail));
        Assert.Empty(await Store.ReadAsync("s1", session.Version + 1));
    }

    [Fact]
    public async Task Unknown_sessions_are_not_found_and_a_taken_id_is_refused()
    {
        var (session, _) = SessionFixtures.NewSession();
        Assert.Null(await Store.FindAsync("nope"));
        Assert.Empty(await Store.ReadAsync("nope"));
        Assert.Equal(StoreErrorKind.NotFound, (await Assert.ThrowsAsync<StoreException>(async () => await Store.AppendAsync("nope", 0, session.Events))).Kind);

        await Store.CreateAsync(SessionFixtures.Row("s1", session), session.Events);
        var (other, _) = SessionFixtures.NewSession([new("kim", "Kim Lee"), new("lou", "Lou Park")]);
        var error = await Assert.ThrowsAsync<StoreException>(async () => await Store.CreateAsync(SessionFixtures.Row("s1", other), other.Events));

        Assert.Equal(StoreErrorKind.AlreadyExists, error.Kind);
        Assert.Contains("already exists", error.Message, StringComparison.Ordinal);
        Assert.Equal(SessionFixtures.People, (await Store.FindAsync("s1"))!.Participants);
    }

    [Fact]
    public async Task Sessions_are_listed_oldest_first_and_found_by_participant_and_status()
    {
        var (first, _) = SessionFixtures.NewSession();
        await Store.CreateAsync(SessionFixtures.Row("a", first), first.Events);
        var (second, _) = SessionFixtures.NewSession([new("kim", "Kim Lee"), new("alex", "Alex Chen")]);
        second.Abandon();
        await Store.CreateAsync(SessionFixtures.Row("b", second) with { CreatedAt = second.CreatedAt.AddHours(1) }, second.Events);

        Assert.Equal(["a", "b"], (await Store.ListAsync()).Select(s => s.Id));
        Assert.Equal(["b"], (await Store.ListAsync(new SessionQuery(ParticipantId: "kim"))).Select(s => s.Id));
        Assert.Equal(["a", "b"], (await Store.ListAsync(new SessionQuery(ParticipantId: "alex"))).Select(s => s.Id));
        Assert.Equal(["b"], (await Store.ListAsync(new SessionQuery(Status: SessionStatus.Abandoned))).Select(s => s.Id));
        Assert.Equal(["a"], (await Reopen().ListAsync(new SessionQuery(Status: SessionStatus.Open))).Select(s => s.Id));
    }

    [Fact]
    public async Task An_appended_close_changes_the_status()
    {
        var (session, _) = SessionFixtures.NewSession();
        await Store.CreateAsync(SessionFixtures.Row("s1", session), session.Events);
        var version = session.Version;
        session.Abandon();

        await Store.AppendAsync("s1", version, session.EventsSince(version));

        Assert.Equal(SessionStatus.Abandoned, (await Reopen().FindAsync("s1"))!.Status);
    }

    [Fact]
    public async Task The_clock_shown_last_is_kept_and_never_moves_back()
    {
        var (session, _) = SessionFixtures.NewSession();
        await Store.CreateAsync(SessionFixtures.Row("s1", session), session.Events);
        var at = session.CreatedAt;

        await Store.SaveClockAsync("s1", at.AddMinutes(2));
        await Store.SaveClockAsync("s1", at.AddMinutes(1));

        var found = (await Reopen().FindAsync("s1"))!;
        Assert.Equal(at.AddMinutes(2), found.ClockAt);
        Assert.Equal(at.AddMinutes(2), found.ResumeClockFrom(at));
        Assert.Equal(at.AddMinutes(5), found.ResumeClockFrom(at.AddMinutes(5)));
        Assert.Equal(StoreErrorKind.NotFound, (await Assert.ThrowsAsync<StoreException>(async () => await Store.SaveClockAsync("nope", at))).Kind);
    }

    [Fact]
    public async Task A_session_has_one_writer_at_a_time()
    {
        var (session, _) = SessionFixtures.NewSession();
        await Store.CreateAsync(SessionFixtures.Row("s1", session), session.Events);

        var claim = await Store.ClaimAsync("s1");
        var error = await Assert.ThrowsAsync<StoreException>(async () => await Store.ClaimAsync("s1"));
        Assert.Equal(StoreErrorKind.SessionInUse, error.Kind);
        Assert.Contains("s1", error.Message, StringComparison.Ordinal);
        await using (await Store.ClaimAsync("other"))
        {
        }

        await claim.DisposeAsync();
        await using var again = await Store.ClaimAsync("s1");
    }

    [Fact]
    public async Task Concurrent_writers_from_several_threads_never_tear_the_log()
    {
        var (session, _) = SessionFixtures.NewSession();
        await Store.CreateAsync(SessionFixtures.Row("s1", session), session.Events);
        var conflicts = 0;
        var appended = new ConcurrentBag<long>();

        // Each writer reads the version, then appends a note numbered after it; losers retry.
        await Task.WhenAll(Enumerable.Range(0, 4).Select(writer => Task.Run(async () =>
        {
            for (var note = 0; note < 10; note++)
            {
                while (true)
                {
                    var version = (await Store.FindAsync("s1"))!.Version;
                    var e = new NoteAdded(version + 1, session.CreatedAt, new SessionNote("alex", $"note {writer}-{note}", NoteVisibility.Shareable, session.CreatedAt, null));
                    try
                    {
                        appended.Add(await Store.AppendAsync("s1", version, [e]));
                        break;
                    }
                    catch (StoreException error) when (error.Kind == StoreErrorKind.StaleSequence)
                    {
                        Interlocked.Increment(ref conflicts);
                    }
                }
            }
        })));

        var log = await Reopen().ReadAsync("s1");
        Assert.Equal(Enumerable.Range(1, log.Count).Select(i => (long)i), log.Select(e => e.Sequence));
        Assert.Equal(session.Version + 40, log.Count);
        Assert.Equal(40, appended.Distinct().Count());
        Assert.Equal(40, log.OfType<NoteAdded>().Select(n => n.Note.Text).Distinct().Count());
    }

    [Fact]
    public async Task Private_note_text_is_stored_only_as_ciphertext_and_reads_back()
    {
        var (session, _) = SessionFixtures.NewSession();
        foreach (var command in SessionFixtures.Opening(session))
        {
            command();
        }

        session.AddNote("alex", SessionFixtures.Secret, NoteVisibility.Private);
        session.AddNote("sam", "shareable thought", NoteVisibility.Shareable);
        await Store.CreateAsync(SessionFixtures.Row("s1", session), session.Events);

        var notes = (await Reopen().ReadAsync("s1")).OfType<NoteAdded>().Select(n => n.Note.Text).ToList();
        Assert.Equal([SessionFixtures.Secret, "shareable thought"], notes);

        var onDisk = StoredBytes();
        Assert.True(Contains(onDisk, "shareable thought"), "the scan must be able to see plain text");
        Assert.False(Contains(onDisk, SessionFixtures.Secret), "private note text found in the stored bytes");
        Assert.False(Contains(onDisk, "resign"), "a fragment of the private note found in the stored bytes");
    }

    protected static List<string> Json(IEnumerable<SessionEvent> events) =>
        events.Select(e => JsonSerializer.Serialize(e, SessionJsonContext.Default.SessionEvent)).ToList();

    private static bool Contains(byte[] haystack, string needle) => haystack.AsSpan().IndexOf(Encoding.UTF8.GetBytes(needle)) >= 0;
}
