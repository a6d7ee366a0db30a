using Microsoft.Extensions.Time.Testing;
using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>
/// <see cref="DurableSession"/> on the in-memory store: what is in the store after each call, who holds the
/// claim, and where the clock of a resumed session continues; and <see cref="SessionClock"/> itself.
/// </summary>
public sealed class DurableSessionTests : IDisposable
{
    private const string AgendaJson = "{\"id\":\"peer-brainstorm\"}";
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private static readonly SessionOptions NoTimers = new() { EnableTimers = false };
    private readonly InMemorySessionStore _store = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task Starting_stores_the_session_with_its_first_events_and_holds_the_claim()
    {
        var clock = SessionClock.Manual(Start);
        var session = AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers);

        await using (var durable = await DurableSession.StartAsync(_store, "s1", session, AgendaJson, clock, "{\"theme\":\"dark\"}", "rel-1", cancellationToken: Ct))
        {
            var row = await _store.FindAsync("s1", cancellationToken: Ct);
            Assert.NotNull(row);
            Assert.Equal(("s1", "peer-brainstorm", AgendaJson, Start, "{\"theme\":\"dark\"}", "rel-1", 1L), (row.Id, row.AgendaId, row.AgendaJson, row.CreatedAt, row.HostData, row.RelationshipId, row.Version));
            Assert.Equal(Pair, row.Participants);
            Assert.Equal(session.Events, await _store.ReadAsync("s1", cancellationToken: Ct));
            Assert.Equal(("s1", 1L), (durable.Id, durable.Version));
            Assert.Same(session, durable.Session);
            Assert.Same(clock, durable.Clock);
            Assert.Equal(TimeSpan.FromSeconds(1), durable.ClockSaveInterval);

            var second = await Assert.ThrowsAsync<StoreException>(async () => await _store.ClaimAsync("s1", cancellationToken: Ct));
            Assert.Equal(StoreErrorKind.SessionInUse, second.Kind);
        }

        await (await _store.ClaimAsync("s1", cancellationToken: Ct)).DisposeAsync();
    }

    [Fact]
    public async Task A_host_that_guarantees_one_writer_starts_without_a_claim()
    {
        var clock = SessionClock.Manual(Start);

        await using var durable = await DurableSession.StartAsync(_store, "s1", AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers), AgendaJson, clock, claim: false, cancellationToken: Ct);

        await (await _store.ClaimAsync("s1", cancellationToken: Ct)).DisposeAsync();
        Assert.Null((await _store.FindAsync("s1", cancellationToken: Ct))!.RelationshipId);
    }

    [Fact]
    public async Task A_taken_id_is_refused_and_the_stored_session_is_left_alone()
    {
        var clock = SessionClock.Manual(Start);
        await using (await DurableSession.StartAsync(_store, "s1", AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers), AgendaJson, clock, claim: false, cancellationToken: Ct))
        {
        }

        var error = await Assert.ThrowsAsync<StoreException>(async () => await DurableSession.StartAsync(_store, "s1", AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers), "{}", clock, "other", cancellationToken: Ct));

        Assert.Equal((StoreErrorKind.AlreadyExists, "A session with the id 's1' already exists. Resume it, or choose another id; nothing was changed."), (error.Kind, error.Message));
        Assert.Equal((AgendaJson, (string?)null), ((await _store.FindAsync("s1", cancellationToken: Ct))!.AgendaJson, (await _store.FindAsync("s1", cancellationToken: Ct))!.HostData));
        await (await _store.ClaimAsync("s1", cancellationToken: Ct)).DisposeAsync();
    }

    [Fact]
    public async Task A_taken_id_is_refused_before_any_claim_so_a_resumed_writer_is_not_disturbed()
    {
        var clock = SessionClock.Manual(Start);
        await using (await DurableSession.StartAsync(_store, "s1", AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers), AgendaJson, clock, claim: false, cancellationToken: Ct))
        {
        }

        var counting = new FailingStore(_store);
        var error = await Assert.ThrowsAsync<StoreException>(async () => await DurableSession.StartAsync(counting, "s1", AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers), AgendaJson, clock, cancellationToken: Ct));

        Assert.Equal((StoreErrorKind.AlreadyExists, 0), (error.Kind, counting.Claims));
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public async Task A_blank_id_is_refused_before_the_store_is_asked(string id)
    {
        var clock = SessionClock.Manual(Start);
        var counting = new FailingStore(_store);

        var error = await Assert.ThrowsAsync<ArgumentException>(async () => await DurableSession.StartAsync(counting, id, AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers), AgendaJson, clock, cancellationToken: Ct));

        Assert.Equal(("id", 0), (error.ParamName, counting.Claims));
        Assert.Empty(await _store.ListAsync(cancellationToken: Ct));
    }

    [Fact]
    public async Task An_id_another_writer_is_creating_right_now_is_refused_as_taken()
    {
        var clock = SessionClock.Manual(Start);
        await using var other = await _store.ClaimAsync("s1", cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<StoreException>(async () => await DurableSession.StartAsync(_store, "s1", AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers), AgendaJson, clock, cancellationToken: Ct));

        Assert.Equal((StoreErrorKind.AlreadyExists, "A session with the id 's1' already exists. Resume it, or choose another id; nothing was changed."), (error.Kind, error.Message));
        Assert.Equal(StoreErrorKind.SessionInUse, Assert.IsType<StoreException>(error.InnerException).Kind);
        Assert.Null(await _store.FindAsync("s1", cancellationToken: Ct));
    }

    [Fact]
    public async Task A_failed_create_releases_the_claim()
    {
        var clock = SessionClock.Manual(Start);
        var failing = new FailingStore(_store) { FailCreate = true };

        var error = await Assert.ThrowsAsync<StoreException>(async () => await DurableSession.StartAsync(failing, "s1", AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers), AgendaJson, clock, cancellationToken: Ct));

        Assert.Equal("create failed", error.Message);
        Assert.Null(await _store.FindAsync("s1", cancellationToken: Ct));
        await (await _store.ClaimAsync("s1", cancellationToken: Ct)).DisposeAsync();
    }

    [Fact]
    public async Task An_accepted_command_is_in_the_store_when_execute_returns_and_a_refused_one_writes_nothing()
    {
        var clock = SessionClock.Manual(Start);
        await using var durable = await DurableSession.StartAsync(_store, "s1", AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers), AgendaJson, clock, cancellationToken: Ct);

        var refused = await durable.ExecuteAsync(new StartCommand(), cancellationToken: Ct);
        Assert.False(refused.Accepted);
        Assert.Equal("cannot start: Alex has not acknowledged confidentiality", refused.Reason);
        Assert.Equal(1L, (await _store.FindAsync("s1", cancellationToken: Ct))!.Version);

        var accepted = await durable.ExecuteAsync(new AcknowledgeCommand("alex", "confidentiality"), cancellationToken: Ct);
        Assert.True(accepted.Accepted);
        Assert.Equal(2L, durable.Version);
        Assert.Equal(2L, (await _store.FindAsync("s1", cancellationToken: Ct))!.Version);
        Assert.Equal(durable.Session.Events, await _store.ReadAsync("s1", cancellationToken: Ct));

        await durable.ExecuteAsync(new AcknowledgeCommand("sam", "confidentiality"), cancellationToken: Ct);
        await durable.ExecuteAsync(new StartCommand(), cancellationToken: Ct);
        await durable.ExecuteAsync(new FinishCommand(), cancellationToken: Ct);
        Assert.Equal((SessionStatus.Finished, durable.Session.Version), ((await _store.FindAsync("s1", cancellationToken: Ct))!.Status, (await _store.FindAsync("s1", cancellationToken: Ct))!.Version));
        Assert.Equal(durable.Session.Events, await _store.ReadAsync("s1", cancellationToken: Ct));
    }

    [Fact]
    public async Task A_refused_command_makes_no_store_call_and_each_accepted_one_makes_one_append()
    {
        var clock = SessionClock.Manual(Start);
        var counting = new FailingStore(_store);
        await using var durable = await DurableSession.StartAsync(counting, "s1", AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers), AgendaJson, clock, cancellationToken: Ct);

        Assert.False((await durable.ExecuteAsync(new StartCommand(), cancellationToken: Ct)).Accepted);
        Assert.Equal(0, counting.Appends);

        Assert.True((await durable.ExecuteAsync(new AcknowledgeCommand("alex", "confidentiality"), cancellationToken: Ct)).Accepted);
        Assert.True((await durable.ExecuteAsync(new AcknowledgeCommand("sam", "confidentiality"), cancellationToken: Ct)).Accepted);
        Assert.Equal(2, counting.Appends);
    }

    [Fact]
    public async Task Polling_appends_the_due_warnings_and_expiries_and_keeps_the_time_shown_once_a_second()
    {
        var clock = SessionClock.Manual(Start);
        await using var durable = await OpenedAsync(clock);
        var opened = durable.Version;

        clock.TryAdvance(TimeSpan.FromMilliseconds(500));
        await durable.PollAsync(cancellationToken: Ct);
        Assert.Null((await _store.FindAsync("s1", cancellationToken: Ct))!.ClockAt);

        clock.TryAdvance(TimeSpan.FromMilliseconds(500));
        await durable.PollAsync(cancellationToken: Ct);
        Assert.Equal(Start.AddSeconds(1), (await _store.FindAsync("s1", cancellationToken: Ct))!.ClockAt);
        Assert.Equal(opened, durable.Version);

        // The first turn's timebox is 5 minutes; the warning is due at 4.
        clock.TryAdvance(TimeSpan.FromSeconds(255));
        await durable.PollAsync(cancellationToken: Ct);
        Assert.Equal(opened + 1, (await _store.FindAsync("s1", cancellationToken: Ct))!.Version);
        clock.TryAdvance(TimeSpan.FromMinutes(1));
        await durable.PollAsync(cancellationToken: Ct);
        var stored = await _store.ReadAsync("s1", cancellationToken: Ct);
        Assert.Equal(durable.Session.Events, stored);
        Assert.Equal([typeof(TimeboxWarning), typeof(TimeboxExpired)], stored.Skip((int)opened).Select(e => e.GetType()));
        Assert.Equal(durable.Session.Version, durable.Version);
        Assert.Equal(Start.AddSeconds(316), (await _store.FindAsync("s1", cancellationToken: Ct))!.ClockAt);
    }

    [Fact]
    public async Task A_longer_save_interval_keeps_the_time_less_often()
    {
        var clock = SessionClock.Manual(Start);
        await using var durable = await OpenedAsync(clock);
        durable.ClockSaveInterval = TimeSpan.FromSeconds(10);

        clock.TryAdvance(TimeSpan.FromSeconds(9));
        await durable.PollAsync(cancellationToken: Ct);
        Assert.Null((await _store.FindAsync("s1", cancellationToken: Ct))!.ClockAt);

        clock.TryAdvance(TimeSpan.FromSeconds(1));
        await durable.PollAsync(cancellationToken: Ct);
        Assert.Equal(Start.AddSeconds(10), (await _store.FindAsync("s1", cancellationToken: Ct))!.ClockAt);
    }

    [Fact]
    public async Task Saving_the_clock_writes_only_when_it_moved()
    {
        var clock = SessionClock.Manual(Start);
        var counting = new FailingStore(_store);
        await using var durable = await DurableSession.StartAsync(counting, "s1", AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers), AgendaJson, clock, cancellationToken: Ct);

        await durable.SaveClockAsync(cancellationToken: Ct);
        Assert.Equal(0, counting.ClockSaves);

        clock.TryAdvance(TimeSpan.FromMilliseconds(1));
        await durable.SaveClockAsync(cancellationToken: Ct);
        await durable.SaveClockAsync(cancellationToken: Ct);
        Assert.Equal(1, counting.ClockSaves);
        Assert.Equal(Start.AddMilliseconds(1), (await _store.FindAsync("s1", cancellationToken: Ct))!.ClockAt);
    }

    [Fact]
    public async Task Disposing_keeps_the_time_shown_releases_the_claim_and_stops_the_timers()
    {
        var fake = new FakeTimeProvider(Start);
        var session = AgendaSession.Create(PeerBrainstorm, Pair, fake, new SessionOptions { EnableTimers = true });
        var durable = await DurableSession.StartAsync(_store, "s1", session, AgendaJson, fake, cancellationToken: Ct);
        await durable.ExecuteAsync(new AcknowledgeCommand("alex", "confidentiality"), cancellationToken: Ct);
        await durable.ExecuteAsync(new AcknowledgeCommand("sam", "confidentiality"), cancellationToken: Ct);
        await durable.ExecuteAsync(new StartCommand(), cancellationToken: Ct);
        fake.Advance(TimeSpan.FromSeconds(30));

        await durable.DisposeAsync();
        var version = session.Version;
        fake.Advance(TimeSpan.FromMinutes(10));

        Assert.Equal(Start.AddSeconds(30), (await _store.FindAsync("s1", cancellationToken: Ct))!.ClockAt);
        Assert.Equal(version, session.Version);
        await (await _store.ClaimAsync("s1", cancellationToken: Ct)).DisposeAsync();
    }

    [Fact]
    public async Task A_failure_to_keep_the_time_on_dispose_is_ignored_and_the_claim_is_still_released()
    {
        var clock = SessionClock.Manual(Start);
        var failing = new FailingStore(_store);
        var durable = await DurableSession.StartAsync(failing, "s1", AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers), AgendaJson, clock, cancellationToken: Ct);
        failing.FailSaveClock = true;
        clock.TryAdvance(TimeSpan.FromSeconds(5));

        await durable.DisposeAsync();

        Assert.Null((await _store.FindAsync("s1", cancellationToken: Ct))!.ClockAt);
        await (await _store.ClaimAsync("s1", cancellationToken: Ct)).DisposeAsync();
    }

    [Fact]
    public async Task Resuming_rebuilds_the_session_and_its_clock_continues_from_the_last_event()
    {
        var clock = SessionClock.Manual(Start);
        string? speaker;
        await using (var durable = await OpenedAsync(clock))
        {
            clock.TryAdvance(TimeSpan.FromMinutes(2));
            await durable.ExecuteAsync(new NextCommand(), cancellationToken: Ct);
            speaker = durable.Session.CurrentSpeaker?.Id;
        }

        var row = (await _store.FindAsync("s1", cancellationToken: Ct))!;
        var later = SessionClock.Manual(Start.AddDays(3));
        await using var resumed = await DurableSession.ResumeAsync(_store, row with { ClockAt = null }, PeerBrainstorm, later, NoTimers, cancellationToken: Ct);

        Assert.Equal(Start.AddMinutes(2), later.GetUtcNow());
        Assert.Equal((row.Version, row.Version), (resumed.Version, resumed.Session.Version));
        Assert.Equal(await _store.ReadAsync("s1", cancellationToken: Ct), resumed.Session.Events);
        Assert.Equal(speaker, resumed.Session.CurrentSpeaker?.Id);
        var error = await Assert.ThrowsAsync<StoreException>(async () => await _store.ClaimAsync("s1", cancellationToken: Ct));
        Assert.Equal(StoreErrorKind.SessionInUse, error.Kind);
    }

    [Fact]
    public async Task A_resumed_clock_continues_from_the_time_shown_when_that_is_later_than_the_last_event()
    {
        var clock = SessionClock.Manual(Start);
        await using (var durable = await OpenedAsync(clock))
        {
            clock.TryAdvance(TimeSpan.FromSeconds(42));
        }

        var later = SessionClock.Manual(Start.AddDays(3));
        await using var resumed = await DurableSession.ResumeAsync(_store, (await _store.FindAsync("s1", cancellationToken: Ct))!, PeerBrainstorm, later, NoTimers, claim: false, cancellationToken: Ct);

        Assert.Equal(Start.AddSeconds(42), later.GetUtcNow());
        await (await _store.ClaimAsync("s1", cancellationToken: Ct)).DisposeAsync();
    }

    [Fact]
    public async Task A_second_writer_cannot_resume_a_session_that_is_open()
    {
        var clock = SessionClock.Manual(Start);
        await using var first = await OpenedAsync(clock);

        var error = await Assert.ThrowsAsync<StoreException>(async () => await DurableSession.ResumeAsync(_store, (await _store.FindAsync("s1", cancellationToken: Ct))!, PeerBrainstorm, SessionClock.Manual(Start), NoTimers, cancellationToken: Ct));

        Assert.Equal((StoreErrorKind.SessionInUse, "Session s1 is already open in another process or window (store this store). Close it there first, then try again; nothing was changed."), (error.Kind, error.Message));
    }

    [Fact]
    public async Task A_log_that_does_not_replay_is_refused_and_the_claim_released()
    {
        var clock = SessionClock.Manual(Start);
        await using (await OpenedAsync(clock))
        {
        }

        await Assert.ThrowsAsync<SessionRestoreException>(async () => await DurableSession.ResumeAsync(_store, (await _store.FindAsync("s1", cancellationToken: Ct))!, Breakfast, SessionClock.Manual(Start), NoTimers, cancellationToken: Ct));

        await (await _store.ClaimAsync("s1", cancellationToken: Ct)).DisposeAsync();
    }

    [Fact]
    public async Task A_session_with_no_stored_events_resumes_with_the_clock_where_it_was()
    {
        var failing = new FailingStore(_store) { HideEvents = true };
        var clock = SessionClock.Manual(Start);
        await using (await DurableSession.StartAsync(_store, "s1", AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers), AgendaJson, clock, cancellationToken: Ct))
        {
        }

        var later = SessionClock.Manual(Start.AddHours(1));
        var error = await Assert.ThrowsAsync<SessionRestoreException>(async () => await DurableSession.ResumeAsync(failing, (await _store.FindAsync("s1", cancellationToken: Ct))!, PeerBrainstorm, later, NoTimers, cancellationToken: Ct));

        Assert.Equal(Start.AddHours(1), later.GetUtcNow());
        Assert.StartsWith("The event log must begin with the session's creation", error.Message, StringComparison.Ordinal);
        await (await _store.ClaimAsync("s1", cancellationToken: Ct)).DisposeAsync();
    }

    [Fact]
    public void A_manual_clock_moves_only_forward_and_only_when_told()
    {
        var clock = SessionClock.Manual(Start);

        Assert.True(clock.IsManual);
        Assert.Equal(Start, clock.GetUtcNow());
        Assert.True(clock.TryAdvance(TimeSpan.FromMinutes(1)));
        Assert.True(clock.TryAdvance(TimeSpan.Zero));
        Assert.False(clock.TryAdvance(TimeSpan.FromTicks(-1)));
        Assert.Equal(Start.AddMinutes(1), clock.GetUtcNow());
        clock.ContinueFrom(Start.AddHours(1));
        Assert.Equal(Start.AddHours(1), clock.GetUtcNow());
    }

    [Fact]
    public void A_system_clock_follows_the_real_clock_shifted_back_to_the_last_recorded_event()
    {
        var system = new FakeTimeProvider(Start.AddDays(2));
        var clock = SessionClock.FromSystem(system);

        Assert.False(clock.IsManual);
        Assert.Equal(Start.AddDays(2), clock.GetUtcNow());
        Assert.False(clock.TryAdvance(TimeSpan.FromMinutes(1)));
        Assert.Equal(Start.AddDays(2), clock.GetUtcNow());

        clock.ContinueFrom(Start);
        Assert.Equal(Start, clock.GetUtcNow());
        system.Advance(TimeSpan.FromMinutes(3));
        Assert.Equal(Start.AddMinutes(3), clock.GetUtcNow());

        clock.ContinueFrom(Start.AddDays(5));
        Assert.Equal(Start.AddDays(2).AddMinutes(3), clock.GetUtcNow());
    }

    private async Task<DurableSession> OpenedAsync(SessionClock clock)
    {
        var durable = await DurableSession.StartAsync(_store, "s1", AgendaSession.Create(PeerBrainstorm, Pair, clock, NoTimers), AgendaJson, clock, cancellationToken: Ct);
        await durable.ExecuteAsync(new AcknowledgeCommand("alex", "confidentiality"), cancellationToken: Ct);
        await durable.ExecuteAsync(new AcknowledgeCommand("sam", "confidentiality"), cancellationToken: Ct);
        await durable.ExecuteAsync(new StartCommand(), cancellationToken: Ct);
        return durable;
    }

    /// <summary>Passes every call to the real store, and fails or hides what a test asks for.</summary>
    private sealed class FailingStore(ISessionStore inner) : ISessionStore
    {
        public bool FailCreate { get; init; }

        public bool FailSaveClock { get; set; }

        public bool HideEvents { get; init; }

        public int ClockSaves { get; private set; }

        public int Appends { get; private set; }

        public int Claims { get; private set; }

        public ValueTask CreateAsync(StoredSession session, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken = default) =>
            FailCreate ? throw new StoreException("create failed") : inner.CreateAsync(session, events, cancellationToken);

        public ValueTask<long> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken = default)
        {
            Appends++;
            return inner.AppendAsync(sessionId, expectedVersion, events, cancellationToken);
        }

        public async ValueTask<IReadOnlyList<SessionEvent>> ReadAsync(string sessionId, long fromSequence = 1, CancellationToken cancellationToken = default) =>
            HideEvents ? [] : await inner.ReadAsync(sessionId, fromSequence, cancellationToken);

        public ValueTask<StoredSession?> FindAsync(string sessionId, CancellationToken cancellationToken = default) => inner.FindAsync(sessionId, cancellationToken);

        public ValueTask<IReadOnlyList<StoredSession>> ListAsync(SessionQuery? query = null, CancellationToken cancellationToken = default) => inner.ListAsync(query, cancellationToken);

        public ValueTask SaveClockAsync(string sessionId, DateTimeOffset shownAt, CancellationToken cancellationToken = default)
        {
            if (FailSaveClock)
            {
                throw new StoreException("disk full");
            }

            ClockSaves++;
            return inner.SaveClockAsync(sessionId, shownAt, cancellationToken);
        }

        public ValueTask<IAsyncDisposable> ClaimAsync(string sessionId, CancellationToken cancellationToken = default)
        {
            Claims++;
            return inner.ClaimAsync(sessionId, cancellationToken);
        }
    }
}
