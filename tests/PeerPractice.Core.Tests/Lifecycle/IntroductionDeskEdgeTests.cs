using Microsoft.Extensions.Time.Testing;
using PeerPractice.Core.Tests.Matching;
using PeerPractice.Matching;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Lifecycle;

/// <summary>
/// The introduction desk at its edges: which member a refusal names, which existing introductions and
/// relationships block a new one and which do not, the ids an organiser sees, each status a member reads,
/// and the relationship an acceptance begins for each pair of cadences.
/// </summary>
public sealed class IntroductionDeskEdgeTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 5, 0, TimeSpan.Zero));
    private readonly InMemoryPairingHistoryStore _history = new();
    private readonly InMemorySessionStore _sessions = new();
    private readonly MemberProfile[] _members =
    [
        TestMembers.Make("ana", "Acme"),
        TestMembers.Make("ben", "Borealis"),
        TestMembers.Make("cy", "Cobalt"),
        TestMembers.Make("dan", "Delta"),
    ];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private IntroductionDesk Desk => new(_history, _sessions, _clock);

    private ProfileIndex Index => ProfileIndex.Build(_members, MatchingPolicy.Default, new PairingHistory());

    public void Dispose() => _sessions.Dispose();

    [Theory]
    [InlineData("ana", "zed", "zed")]
    [InlineData("aaron", "ben", "aaron")]
    [InlineData("zed", "ana", "zed")]
    public async Task An_unknown_member_is_named_whichever_side_it_is_on(string a, string b, string unknown)
    {
        var result = await Desk.IntroduceAsync(Index, a, b, IntroductionSource.TopPeers, cancellationToken: Ct);

        Assert.Equal($"Unknown member '{unknown}': introductions are made between members of the cohort.", result.Refusal);
    }

    [Fact]
    public async Task A_member_is_not_introduced_to_themselves()
    {
        var result = await Desk.IntroduceAsync(Index, "ana", "ana", IntroductionSource.TopPeers, cancellationToken: Ct);

        Assert.Equal("An introduction needs two different members.", result.Refusal);
        Assert.Empty(await _history.ListIntroductionsAsync(null, Ct));
    }

    [Fact]
    public async Task The_ids_say_who_and_when_and_the_relationship_keeps_the_introductions_id()
    {
        var made = await Desk.IntroduceAsync(Index, "ben", "ana", IntroductionSource.TopPeers, cancellationToken: Ct);

        Assert.Equal("intro-ana-ben-202611230905", made.Value!.Id);
        var relationship = IntroductionDesk.BeginRelationship(made.Value, _members, _clock.GetUtcNow());
        Assert.Equal("rel-ana-ben-202611230905", relationship.Id);
    }

    [Fact]
    public async Task Only_a_pending_introduction_of_the_same_pair_blocks_a_new_one()
    {
        var withCy = await Desk.IntroduceAsync(Index, "ana", "cy", IntroductionSource.TopPeers, cancellationToken: Ct);
        Assert.True(withCy.Succeeded, withCy.Refusal);

        // A pending introduction of ana and cy does not block ana and ben.
        var withBen = await Desk.IntroduceAsync(Index, "ana", "ben", IntroductionSource.TopPeers, cancellationToken: Ct);
        Assert.True(withBen.Succeeded, withBen.Refusal);

        var again = await Desk.IntroduceAsync(Index, "cy", "ana", IntroductionSource.TopPeers, cancellationToken: Ct);
        Assert.Equal($"ana and cy already have introduction '{withCy.Value!.Id}' waiting for answers.", again.Refusal);

        // Once it has expired unanswered, the pair may be introduced again.
        _clock.Advance(TimeSpan.FromDays(15));
        var later = await Desk.IntroduceAsync(Index, "cy", "ana", IntroductionSource.TopPeers, cancellationToken: Ct);
        Assert.True(later.Succeeded, later.Refusal);
    }

    [Fact]
    public async Task Only_an_active_relationship_of_the_same_pair_blocks_an_introduction()
    {
        var anaBen = new Relationship("rel-1", [IntroductionDesk.Member(_members[0]), IntroductionDesk.Member(_members[1])], "peer-brainstorm", PeerPractice.Agendas.Cadence.Monthly, _clock.GetUtcNow());
        var anaCy = new Relationship("rel-2", [IntroductionDesk.Member(_members[0]), IntroductionDesk.Member(_members[2])], "peer-brainstorm", PeerPractice.Agendas.Cadence.Monthly, _clock.GetUtcNow()) { Status = RelationshipStatus.Ended };
        await _sessions.CreateRelationshipAsync(anaBen, Ct);
        await _sessions.CreateRelationshipAsync(anaCy, Ct);

        var blocked = await Desk.IntroduceAsync(Index, "ben", "ana", IntroductionSource.TopPeers, cancellationToken: Ct);
        Assert.Equal("ana and ben already meet in relationship 'rel-1'.", blocked.Refusal);

        // An ended relationship does not block, and an active one of ana does not block ana and dan.
        Assert.True((await Desk.IntroduceAsync(Index, "ana", "cy", IntroductionSource.TopPeers, cancellationToken: Ct)).Succeeded);
        Assert.True((await Desk.IntroduceAsync(Index, "ana", "dan", IntroductionSource.TopPeers, cancellationToken: Ct)).Succeeded);
    }

    [Fact]
    public async Task Each_member_reads_where_the_introduction_stands()
    {
        var intro = (await Desk.IntroduceAsync(Index, "ana", "ben", IntroductionSource.TopPeers, cancellationToken: Ct)).Value!;
        var now = _clock.GetUtcNow();
        Assert.Equal(("waiting for your answer", "waiting for your answer"), (IntroductionDesk.StatusFor(intro, "ana", now), IntroductionDesk.StatusFor(intro, "ben", now)));

        var one = (await Desk.AnswerAsync(intro.Id, "ben", true, _members, Ct)).Value!.Introduction;
        Assert.Equal(("waiting for your answer", "waiting for the other answer"), (IntroductionDesk.StatusFor(one, "ana", now), IntroductionDesk.StatusFor(one, "ben", now)));

        var both = (await Desk.AnswerAsync(intro.Id, "ana", true, _members, Ct)).Value!.Introduction;
        Assert.Equal("both accepted", IntroductionDesk.StatusFor(both, "ana", now));

        Assert.Equal("expired", IntroductionDesk.StatusFor(intro, "ana", intro.ExpiresAt.AddMinutes(1)));
    }

    [Fact]
    public async Task Someone_outside_the_introduction_cannot_answer_it()
    {
        var intro = (await Desk.IntroduceAsync(Index, "ana", "ben", IntroductionSource.TopPeers, cancellationToken: Ct)).Value!;

        var result = await Desk.AnswerAsync(intro.Id, "cy", true, _members, Ct);

        Assert.Equal($"'cy' is not part of introduction '{intro.Id}'; it introduces ana and ben.", result.Refusal);
    }

    [Theory]
    [InlineData(MeetingCadence.Quarterly, MeetingCadence.Quarterly, "quarterly-deep-dive", true)]
    [InlineData(MeetingCadence.Quarterly, MeetingCadence.Monthly, "peer-brainstorm", false)]
    [InlineData(MeetingCadence.Monthly, MeetingCadence.Quarterly, "peer-brainstorm", false)]
    public async Task Both_preferring_quarterly_meet_quarterly_in_person_and_otherwise_monthly(MeetingCadence a, MeetingCadence b, string agendaId, bool inPerson)
    {
        var intro = (await Desk.IntroduceAsync(Index, "ana", "ben", IntroductionSource.TopPeers, cancellationToken: Ct)).Value!;
        MemberProfile[] members = [_members[0] with { Cadence = a }, _members[1] with { Cadence = b }];

        var relationship = IntroductionDesk.BeginRelationship(intro, members, _clock.GetUtcNow());

        Assert.Equal((agendaId, inPerson), (relationship.AgendaId, relationship.InPerson));
        Assert.Equal(inPerson ? PeerPractice.Agendas.Cadence.Quarterly : PeerPractice.Agendas.Cadence.Monthly, relationship.Cadence);
    }

    [Fact]
    public async Task A_relationship_needs_both_profiles_and_names_the_missing_one()
    {
        var intro = (await Desk.IntroduceAsync(Index, "ana", "ben", IntroductionSource.TopPeers, cancellationToken: Ct)).Value!;

        var noBen = Assert.Throws<ArgumentException>(() => IntroductionDesk.BeginRelationship(intro, [_members[0]], _clock.GetUtcNow()));
        var noAna = Assert.Throws<ArgumentException>(() => IntroductionDesk.BeginRelationship(intro, [_members[1]], _clock.GetUtcNow()));

        Assert.StartsWith("No profile for 'ben'.", noBen.Message, StringComparison.Ordinal);
        Assert.StartsWith("No profile for 'ana'.", noAna.Message, StringComparison.Ordinal);
    }
}
