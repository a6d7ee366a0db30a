using PeerPractice.Agendas;
using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Storage;

/// <summary>What the in-memory session store does beyond the conformance suite: cancellation, unknown sessions, the order of lists, claims released once.</summary>
public sealed class InMemorySessionStoreTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);
    private readonly InMemorySessionStore _store = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public void Dispose() => _store.Dispose();

    [Fact]
    public async Task A_cancelled_call_is_refused_before_anything_is_read_or_written()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var token = cancelled.Token;
        var row = Row("s1", At);
        SessionEvent[] first = [new SessionCreated(1, At, "peer-brainstorm", 2, "alex")];

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _store.CreateAsync(row, first, token));
        Assert.Null(await _store.FindAsync("s1", cancellationToken: Ct));
        await _store.CreateAsync(row, first, cancellationToken: Ct);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _store.AppendAsync("s1", 1, [new SessionStarted(2, At)], token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _store.ReadAsync("s1", 1, token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _store.FindAsync("s1", token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _store.ListAsync(null, token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _store.SaveClockAsync("s1", At.AddHours(1), token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _store.ClaimAsync("s1", token));

        Assert.Equal((1L, (DateTimeOffset?)null), ((await _store.FindAsync("s1", cancellationToken: Ct))!.Version, (await _store.FindAsync("s1", cancellationToken: Ct))!.ClockAt));
        await (await _store.ClaimAsync("s1", cancellationToken: Ct)).DisposeAsync();
    }

    [Fact]
    public async Task A_cancelled_relationship_call_is_refused_before_anything_is_written()
    {
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        var relationship = Pairing("r1", At);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _store.CreateRelationshipAsync(relationship, cancelled.Token));
        Assert.Null(await _store.FindRelationshipAsync("r1", cancellationToken: Ct));
        await _store.CreateRelationshipAsync(relationship, cancellationToken: Ct);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _store.UpdateRelationshipAsync(relationship with { InPerson = true }, cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _store.FindRelationshipAsync("r1", cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await _store.ListRelationshipsAsync(null, cancelled.Token));

        Assert.False((await _store.FindRelationshipAsync("r1", cancellationToken: Ct))!.InPerson);
    }

    [Fact]
    public async Task An_unknown_session_has_no_events_and_cannot_be_appended_to_or_timed()
    {
        Assert.Empty(_store.StoredEvents("nope"));
        Assert.Empty(await _store.ReadAsync("nope", cancellationToken: Ct));

        var append = await Assert.ThrowsAsync<StoreException>(async () => await _store.AppendAsync("nope", 0, [new SessionCreated(1, At, "peer-brainstorm", 2, "alex")], cancellationToken: Ct));
        var clock = await Assert.ThrowsAsync<StoreException>(async () => await _store.SaveClockAsync("nope", At, cancellationToken: Ct));

        Assert.Equal((StoreErrorKind.NotFound, "There is no session 'nope'. Check the id (list the sessions); nothing was changed."), (append.Kind, append.Message));
        Assert.Equal((StoreErrorKind.NotFound, "There is no session 'nope'. Check the id (list the sessions); nothing was changed."), (clock.Kind, clock.Message));
    }

    [Fact]
    public async Task A_stale_append_names_both_versions()
    {
        await _store.CreateAsync(Row("s1", At), [new SessionCreated(1, At, "peer-brainstorm", 2, "alex")], cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<StoreException>(async () => await _store.AppendAsync("s1", 0, [new SessionCreated(1, At, "peer-brainstorm", 2, "alex")], cancellationToken: Ct));

        Assert.Equal("Session s1 is at event 1, not 0: another writer appended first. Reload the session and retry; nothing was changed.", error.Message);
        Assert.Single(_store.StoredEvents("s1"));
    }

    [Fact]
    public async Task The_status_and_version_follow_the_appended_events()
    {
        await _store.CreateAsync(Row("s1", At) with { Status = SessionStatus.Finished, Version = 9, ClockAt = At }, [new SessionCreated(1, At, "peer-brainstorm", 2, "alex")], cancellationToken: Ct);
        var created = (await _store.FindAsync("s1", cancellationToken: Ct))!;
        Assert.Equal((SessionStatus.Open, 1L, (DateTimeOffset?)null), (created.Status, created.Version, created.ClockAt));

        Assert.Equal(3L, await _store.AppendAsync("s1", 1, [new SessionStarted(2, At), new SessionAbandoned(3, At)], cancellationToken: Ct));

        var after = (await _store.FindAsync("s1", cancellationToken: Ct))!;
        Assert.Equal((SessionStatus.Abandoned, 3L), (after.Status, after.Version));
        Assert.Equal([2L, 3L], (await _store.ReadAsync("s1", 2, cancellationToken: Ct)).Select(e => e.Sequence));
        Assert.Equal([3L], (await _store.ReadAsync("s1", 3, cancellationToken: Ct)).Select(e => e.Sequence));
    }

    [Fact]
    public async Task Sessions_are_listed_by_creation_time_then_by_id_in_ordinal_order()
    {
        foreach (var (id, at) in new[] { ("b", At), ("a", At.AddMinutes(1)), ("B", At), ("c", At.AddMinutes(-1)) })
        {
            await _store.CreateAsync(Row(id, at), [new SessionCreated(1, at, "peer-brainstorm", 2, "alex")], cancellationToken: Ct);
        }

        Assert.Equal(["c", "B", "b", "a"], (await _store.ListAsync(cancellationToken: Ct)).Select(s => s.Id));
        Assert.Equal(["c", "B", "b", "a"], (await _store.ListAsync(new SessionQuery(ParticipantId: "sam"), cancellationToken: Ct)).Select(s => s.Id));
        Assert.Empty(await _store.ListAsync(new SessionQuery(ParticipantId: "Sam"), cancellationToken: Ct));
    }

    [Fact]
    public async Task Relationships_are_listed_by_start_then_by_id_and_by_member()
    {
        await _store.CreateRelationshipAsync(Pairing("r-b", At), cancellationToken: Ct);
        await _store.CreateRelationshipAsync(Pairing("r-a", At.AddDays(1)), cancellationToken: Ct);
        await _store.CreateRelationshipAsync(Pairing("r-B", At), cancellationToken: Ct);
        await _store.CreateRelationshipAsync(Pairing("r-c", At.AddDays(-1), "kim"), cancellationToken: Ct);

        Assert.Equal(["r-c", "r-B", "r-b", "r-a"], (await _store.ListRelationshipsAsync(cancellationToken: Ct)).Select(r => r.Id));
        Assert.Equal(["r-c"], (await _store.ListRelationshipsAsync("kim", cancellationToken: Ct)).Select(r => r.Id));
        Assert.Empty(await _store.ListRelationshipsAsync("KIM", cancellationToken: Ct));
    }

    [Fact]
    public async Task An_unknown_relationship_cannot_be_updated_and_an_invalid_one_is_not_stored()
    {
        var missing = await Assert.ThrowsAsync<StoreException>(async () => await _store.UpdateRelationshipAsync(Pairing("r1", At), cancellationToken: Ct));
        var invalid = await Assert.ThrowsAsync<ArgumentException>(async () => await _store.CreateRelationshipAsync(Pairing("r2", At) with { AgendaId = " " }, cancellationToken: Ct));
        await _store.CreateRelationshipAsync(Pairing("r3", At), cancellationToken: Ct);
        var invalidUpdate = await Assert.ThrowsAsync<ArgumentException>(async () => await _store.UpdateRelationshipAsync(Pairing("r3", At) with { AgendaId = "" }, cancellationToken: Ct));
        var taken = await Assert.ThrowsAsync<StoreException>(async () => await _store.CreateRelationshipAsync(Pairing("r3", At), cancellationToken: Ct));

        Assert.Equal((StoreErrorKind.NotFound, "No relationship 'r1'. List them with 'relationship list'."), (missing.Kind, missing.Message));
        Assert.Equal("Relationship 'r2' needs an agenda. (Parameter 'relationship')", invalid.Message);
        Assert.Equal("Relationship 'r3' needs an agenda. (Parameter 'relationship')", invalidUpdate.Message);
        Assert.Equal((StoreErrorKind.AlreadyExists, "Relationship 'r3' already exists. Choose another id."), (taken.Kind, taken.Message));
        Assert.Null(await _store.FindRelationshipAsync("r1", cancellationToken: Ct));
        Assert.Null(await _store.FindRelationshipAsync("r2", cancellationToken: Ct));
        Assert.Equal("peer-brainstorm", (await _store.FindRelationshipAsync("r3", cancellationToken: Ct))!.AgendaId);
    }

    [Fact]
    public async Task A_claim_released_twice_does_not_release_the_next_writers_claim()
    {
        var first = await _store.ClaimAsync("s1", cancellationToken: Ct);
        await first.DisposeAsync();
        await using var second = await _store.ClaimAsync("s1", cancellationToken: Ct);

        await first.DisposeAsync();

        var error = await Assert.ThrowsAsync<StoreException>(async () => await _store.ClaimAsync("s1", cancellationToken: Ct));
        Assert.Equal("Session s1 is already open in another process or window (store this store). Close it there first, then try again; nothing was changed.", error.Message);
        await (await _store.ClaimAsync("s2", cancellationToken: Ct)).DisposeAsync();
    }

    [Fact]
    public void A_query_matches_only_the_parts_it_sets()
    {
        var open = Row("s1", At) with { RelationshipId = "r1" };
        var finished = open with { Status = SessionStatus.Finished, RelationshipId = null };

        Assert.True(SessionQuery.All.Matches(open));
        Assert.False(SessionQuery.All.Matches(null!));
        Assert.True(new SessionQuery(Status: SessionStatus.Open).Matches(open));
        Assert.False(new SessionQuery(Status: SessionStatus.Open).Matches(finished));
        Assert.True(new SessionQuery { RelationshipId = "r1" }.Matches(open));
        Assert.False(new SessionQuery { RelationshipId = "r1" }.Matches(finished));
        Assert.False(new SessionQuery { RelationshipId = "R1" }.Matches(open));
        Assert.True(new SessionQuery("alex").Matches(open));
        Assert.False(new SessionQuery("kim").Matches(open));
        Assert.False(new SessionQuery("alex", SessionStatus.Finished).Matches(open));
    }

    [Fact]
    public void A_resumed_clock_continues_from_the_later_of_the_last_event_and_the_time_shown()
    {
        var row = Row("s1", At);

        Assert.Equal(At.AddMinutes(5), row.ResumeClockFrom(At.AddMinutes(5)));
        Assert.Equal(At.AddMinutes(6), (row with { ClockAt = At.AddMinutes(6) }).ResumeClockFrom(At.AddMinutes(5)));
        Assert.Equal(At.AddMinutes(5), (row with { ClockAt = At.AddMinutes(4) }).ResumeClockFrom(At.AddMinutes(5)));
        Assert.Equal(At.AddMinutes(5), (row with { ClockAt = At.AddMinutes(5) }).ResumeClockFrom(At.AddMinutes(5)));
    }

    private static StoredSession Row(string id, DateTimeOffset createdAt) =>
        new(id, "peer-brainstorm", "{}", Pair, createdAt);

    private static Relationship Pairing(string id, DateTimeOffset startedAt, string second = "ben") =>
        new(id, [new RelationshipMember("ana", "Ana", "Acme"), new RelationshipMember(second, "Second", "Borealis")], "peer-brainstorm", Cadence.Monthly, startedAt);
}
