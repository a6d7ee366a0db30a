using PeerPractice.Agendas;
using PeerPractice.Matching;
using PeerPractice.Sessions;

namespace PeerPractice.Storage.Conformance;

/// <summary>
/// What every engine must do with relationships (<see cref="IRelationshipStore"/>, and their sessions
/// linked in the <see cref="ISessionStore"/>) and introductions (<see cref="IIntroductionStore"/>, whose
/// declines the <see cref="IPairingHistoryStore"/> returns). Derive it with fresh, empty stores per test.
/// </summary>
public abstract class LifecycleStoreConformance : IDisposable
{
    private static readonly DateTimeOffset s_at = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The session store (the same engine object as <see cref="Relationships"/>).</summary>
    protected abstract ISessionStore Sessions { get; }

    /// <summary>The relationship store.</summary>
    protected abstract IRelationshipStore Relationships { get; }

    /// <summary>The pairing history (the same engine object as <see cref="Introductions"/>).</summary>
    protected abstract IPairingHistoryStore History { get; }

    /// <summary>The introduction store.</summary>
    protected abstract IIntroductionStore Introductions { get; }

    /// <summary>Closes and reopens the stores (same data); in-memory stores do nothing.</summary>
    protected virtual void Reopen()
    {
    }

    public virtual void Dispose() => GC.SuppressFinalize(this);

    public static Relationship Pair(string id, string a = "ana", string b = "ben") => new(
        id,
        [new RelationshipMember(a, "Ana " + a, "Acme") { TimeZoneId = "Europe/London", WorkdayStartHour = 8, WorkdayEndHour = 16, Role = "CIO" }, new RelationshipMember(b, "Ben " + b, "Borealis")],
        AgendaLibrary.PeerBrainstorm,
        Cadence.Monthly,
        s_at);

    public static Introduction Intro(string id, string a = "ana", string b = "ben") =>
        new(id, a, b, IntroductionSource.Round, s_at, s_at.AddDays(14)) { RoundId = 3, ReasonsForA = ["You both face cybersecurity."], ReasonsForB = ["You both face cybersecurity.", "Same industry (retail)."] };

    [Fact]
    public async Task Relationships_persist_whole_are_listed_by_member_and_updated()
    {
        var full = Pair("r1") with
        {
            Kind = RelationshipKind.Peer,
            InPerson = true,
            Opener = OpenerRule.QuieterFirst,
            IntroductionId = "intro-1",
            Cadence = Cadence.Quarterly,
            DoneActionItems = [new ActionItem("ana", "Send the runbook", new DateOnly(2026, 4, 1), "biggest-problem")],
        };
        await Relationships.CreateRelationshipAsync(full);
        await Relationships.CreateRelationshipAsync(Pair("r2", "cy", "ben") with { StartedAt = s_at.AddDays(1) });
        Reopen();

        Assert.Equal(full, await Relationships.FindRelationshipAsync("r1"));
        Assert.Null(await Relationships.FindRelationshipAsync("r3"));
        Assert.Equal(["r1", "r2"], (await Relationships.ListRelationshipsAsync()).Select(r => r.Id));
        Assert.Equal(["r1", "r2"], (await Relationships.ListRelationshipsAsync("ben")).Select(r => r.Id));
        Assert.Equal(["r2"], (await Relationships.ListRelationshipsAsync("cy")).Select(r => r.Id));

        await Relationships.UpdateRelationshipAsync(full with { Status = RelationshipStatus.Paused });
        Reopen();
        Assert.Equal(RelationshipStatus.Paused, (await Relationships.FindRelationshipAsync("r1"))!.Status);
    }

    [Fact]
    public async Task Taken_unknown_and_invalid_relationships_are_refused_with_nothing_written()
    {
        await Relationships.CreateRelationshipAsync(Pair("r1"));

        Assert.Equal(StoreErrorKind.AlreadyExists, (await Assert.ThrowsAsync<StoreException>(async () => await Relationships.CreateRelationshipAsync(Pair("r1", "cy", "dan")))).Kind);
        Assert.Equal(StoreErrorKind.NotFound, (await Assert.ThrowsAsync<StoreException>(async () => await Relationships.UpdateRelationshipAsync(Pair("r9")))).Kind);
        var alone = Pair("r2") with { Members = [new RelationshipMember("ana", "Ana", "Acme")] };
        Assert.Contains("takes 2 to 8", (await Assert.ThrowsAsync<ArgumentException>(async () => await Relationships.CreateRelationshipAsync(alone))).Message, StringComparison.Ordinal);
        var sameOrg = Pair("r3") with { Members = [new RelationshipMember("ana", "Ana", "Acme"), new RelationshipMember("eve", "Eve", "ACME")] };
        await Assert.ThrowsAsync<ArgumentException>(async () => await Relationships.CreateRelationshipAsync(sameOrg));
        await Relationships.CreateRelationshipAsync(sameOrg with { Kind = RelationshipKind.Internal });
        Reopen();

        Assert.Equal(Pair("r1"), await Relationships.FindRelationshipAsync("r1"));
        Assert.Equal(["r1", "r3"], (await Relationships.ListRelationshipsAsync()).Select(r => r.Id));
    }

    [Fact]
    public async Task Sessions_keep_their_relationship_and_are_listed_by_it()
    {
        var participants = new[] { new Participant("ana", "Ana"), new Participant("ben", "Ben") };
        var json = AgendaLibrary.GetSource(AgendaLibrary.PeerBrainstorm);
        await Sessions.CreateAsync(new StoredSession("s1", AgendaLibrary.PeerBrainstorm, json, participants, s_at) { RelationshipId = "r1" }, []);
        await Sessions.CreateAsync(new StoredSession("s2", AgendaLibrary.PeerBrainstorm, json, participants, s_at.AddMinutes(1)), []);
        await Sessions.CreateAsync(new StoredSession("s3", AgendaLibrary.PeerBrainstorm, json, participants, s_at.AddMinutes(2)) { RelationshipId = "r1" }, []);
        Reopen();

        Assert.Equal("r1", (await Sessions.FindAsync("s1"))!.RelationshipId);
        Assert.Null((await Sessions.FindAsync("s2"))!.RelationshipId);
        Assert.Equal(["s1", "s3"], (await Sessions.ListAsync(new SessionQuery { RelationshipId = "r1" })).Select(s => s.Id));
        Assert.Equal(["s1", "s3"], (await Sessions.ListAsync(new SessionQuery(Status: SessionStatus.Open) { RelationshipId = "r1" })).Select(s => s.Id));
        Assert.Empty(await Sessions.ListAsync(new SessionQuery { RelationshipId = "r2" }));
        Assert.Equal(3, (await Sessions.ListAsync()).Count);
    }

    [Fact]
    public async Task Introductions_persist_whole_and_each_side_answers_once()
    {
        await Introductions.CreateIntroductionAsync(Intro("i1"));
        await Introductions.CreateIntroductionAsync(Intro("i2", "cy", "dan") with { CreatedAt = s_at.AddMinutes(1) });
        Reopen();

        Assert.Equal(Intro("i1"), await Introductions.FindIntroductionAsync("i1"));
        Assert.Equal(["i1", "i2"], (await Introductions.ListIntroductionsAsync()).Select(i => i.Id));
        Assert.Equal(["i2"], (await Introductions.ListIntroductionsAsync("dan")).Select(i => i.Id));

        var yes = new IntroductionAnswer(true, s_at.AddDays(1));
        Assert.True(await Introductions.AnswerIntroductionAsync("i1", "ben", yes));
        Assert.False(await Introductions.AnswerIntroductionAsync("i1", "ben", new IntroductionAnswer(false, s_at.AddDays(2))));
        Reopen();

        var answered = (await Introductions.FindIntroductionAsync("i1"))!;
        Assert.Equal(yes, answered.AnswerOfB);
        Assert.Null(answered.AnswerOfA);
        Assert.Equal(StoreErrorKind.NotFound, (await Assert.ThrowsAsync<StoreException>(async () => await Introductions.AnswerIntroductionAsync("i9", "ana", yes))).Kind);
        await Assert.ThrowsAsync<ArgumentException>(async () => await Introductions.AnswerIntroductionAsync("i1", "zed", yes));
        Assert.Equal(StoreErrorKind.AlreadyExists, (await Assert.ThrowsAsync<StoreException>(async () => await Introductions.CreateIntroductionAsync(Intro("i1", "x", "y")))).Kind);
        await Assert.ThrowsAsync<ArgumentException>(async () => await Introductions.CreateIntroductionAsync(Intro("i3", "ana", "ana")));
        Assert.Equal(2, (await Introductions.ListIntroductionsAsync()).Count);
    }

    [Fact]
    public async Task A_declined_introduction_is_pairing_history_and_an_accepted_or_open_one_is_not()
    {
        await Introductions.CreateIntroductionAsync(Intro("i1", "ben", "ana"));
        await Introductions.CreateIntroductionAsync(Intro("i2", "cy", "dan"));
        await Introductions.AnswerIntroductionAsync("i1", "ana", new IntroductionAnswer(true, s_at.AddDays(1)));
        await Introductions.AnswerIntroductionAsync("i1", "ben", new IntroductionAnswer(false, s_at.AddDays(3)));
        await Introductions.AnswerIntroductionAsync("i2", "cy", new IntroductionAnswer(true, s_at.AddDays(1)));
        Reopen();

        var declined = Assert.Single((await History.LoadHistoryAsync()).Records);
        Assert.Equal(new PairingRecord("ana", "ben", DateOnly.FromDateTime(s_at.AddDays(3).UtcDateTime), PairingOutcome.Declined), declined);
        Assert.False(declined.CountsAsPeers);
        Assert.Empty(await History.ListPairingsAsync());
    }
}
