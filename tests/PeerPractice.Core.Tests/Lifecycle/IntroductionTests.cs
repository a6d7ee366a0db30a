using Microsoft.Extensions.Time.Testing;
using PeerPractice.Core.Tests.Matching;
using PeerPractice.Documents;
using PeerPractice.Matching;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Lifecycle;

public sealed class IntroductionTests : IDisposable
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
    private readonly InMemoryPairingHistoryStore _history = new();
    private readonly InMemorySessionStore _sessions = new();
    private readonly MemberProfile[] _members =
    [
        TestMembers.Make("ana", "Acme") with { Name = "Ana Silva", DoNotPair = ["dan"] },
        TestMembers.Make("ben", "Borealis"),
        TestMembers.Make("cy", "Cobalt"),
        TestMembers.Make("dan", "Delta"),
        TestMembers.Make("eve", "Acme"),
        TestMembers.Make("fay", "Fjord"),
    ];

    private IntroductionDesk Desk => new(_history, _sessions, _clock);

    public void Dispose() => _sessions.Dispose();

    private async Task<ProfileIndex> IndexAsync() =>
        ProfileIndex.Build(_members, MatchingPolicy.Default, await _history.LoadHistoryAsync(TestContext.Current.CancellationToken));

    [Fact]
    public async Task Both_accept_and_a_relationship_begins_with_the_peer_brainstorm()
    {
        var ct = TestContext.Current.CancellationToken;
        var made = await Desk.IntroduceAsync(await IndexAsync(), "ben", "ana", IntroductionSource.TopPeers, null, ct);
        var intro = Assert.IsType<Introduction>(made.Value);
        Assert.Equal(("ana", "ben"), (intro.MemberA, intro.MemberB));
        Assert.NotEmpty(intro.ReasonsForA);
        Assert.Equal(_clock.GetUtcNow() + TimeSpan.FromDays(14), intro.ExpiresAt);

        var first = await Desk.AnswerAsync(intro.Id, "ana", true, _members, ct);
        Assert.True(first.Succeeded, first.Refusal);
        Assert.Null(first.Value.Relationship);
        Assert.Equal("waiting for the other answer", IntroductionDesk.StatusFor(first.Value.Introduction, "ana", _clock.GetUtcNow()));
        _clock.Advance(TimeSpan.FromDays(2));
        var second = await Desk.AnswerAsync(intro.Id, "ben", true, _members, ct);

        var relationship = Assert.IsType<Relationship>(second.Value?.Relationship);
        Assert.Equal(intro.Id, relationship.IntroductionId);
        Assert.Equal(["ana", "ben"], relationship.Members.Select(m => m.Id));
        Assert.Equal("peer-brainstorm", relationship.AgendaId);
        Assert.Equal(PeerPractice.Agendas.Cadence.Monthly, relationship.Cadence);
        Assert.Equal(RelationshipStatus.Active, relationship.Status);
        Assert.Equal(relationship, await _sessions.FindRelationshipAsync(relationship.Id, ct));
    }

    [Fact]
    public async Task The_reasons_given_are_the_ones_that_scored_and_never_the_history()
    {
        // Ana and Ben share both concerns but neither's strength meets the other's concern: complementarity scores
        // nothing; a new pair scores the whole history weight, which an introduction still never mentions.
        var ct = TestContext.Current.CancellationToken;
        var intro = (await Desk.IntroduceAsync(await IndexAsync(), "ana", "ben", IntroductionSource.TopPeers, null, ct)).Value!;
        var explained = new MatchScorer(MatchingPolicy.Default).Explain(_members[0], _members[1]).Components;
        Assert.Equal(0, explained.Single(c => c.Kind == ScoreComponentKind.Complementarity).Points);
        Assert.True(explained.Single(c => c.Kind == ScoreComponentKind.History).Points > 0);

        Assert.Equal(
            explained.Where(c => c.Points > 0 && c.Kind != ScoreComponentKind.History).Select(c => c.Reason),
            intro.ReasonsForA);
        Assert.DoesNotContain("You have not been peers before.", intro.ReasonsForB);
    }

    [Fact]
    public async Task Answering_twice_is_refused_with_a_reason_and_nothing_changes()
    {
        var ct = TestContext.Current.CancellationToken;
        var intro = (await Desk.IntroduceAsync(await IndexAsync(), "ana", "ben", IntroductionSource.Round, 1, ct)).Value!;
        await Desk.AnswerAsync(intro.Id, "ana", true, _members, ct);
        var before = await _history.FindIntroductionAsync(intro.Id, ct);

        var again = await Desk.AnswerAsync(intro.Id, "ana", false, _members, ct);

        Assert.False(again.Succeeded);
        Assert.Contains("already answered (accepted on 2026-11-23)", again.Refusal, StringComparison.Ordinal);
        Assert.Contains("Nothing changed", again.Refusal, StringComparison.Ordinal);
        Assert.Equal(before, await _history.FindIntroductionAsync(intro.Id, ct));
        Assert.False(await _history.AnswerIntroductionAsync(intro.Id, "ana", new IntroductionAnswer(false, _clock.GetUtcNow()), ct));
        Assert.DoesNotContain((await _history.LoadHistoryAsync(ct)).Records, r => r.Outcome == PairingOutcome.Declined);
    }

    [Fact]
    public async Task Refusals_name_the_reason_and_keep_a_private_list_private()
    {
        var ct = TestContext.Current.CancellationToken;
        var index = await IndexAsync();
        Assert.Contains("Same organization", (await Desk.IntroduceAsync(index, "ana", "eve", IntroductionSource.TopPeers, null, ct)).Refusal!, StringComparison.OrdinalIgnoreCase);
        var hidden = (await Desk.IntroduceAsync(index, "ana", "dan", IntroductionSource.TopPeers, null, ct)).Refusal!;
        Assert.DoesNotContain("do-not-pair", hidden, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("not available", hidden, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Unknown member 'zed'", (await Desk.IntroduceAsync(index, "ana", "zed", IntroductionSource.TopPeers, null, ct)).Refusal!, StringComparison.Ordinal);
        await Desk.IntroduceAsync(index, "ana", "ben", IntroductionSource.TopPeers, null, ct);
        Assert.Contains("already have introduction", (await Desk.IntroduceAsync(index, "ben", "ana", IntroductionSource.TopPeers, null, ct)).Refusal!, StringComparison.Ordinal);
        Assert.Contains("No introduction 'nope'", (await Desk.AnswerAsync("nope", "ana", true, _members, ct)).Refusal!, StringComparison.Ordinal);
        Assert.Empty(await _sessions.ListRelationshipsAsync(null, ct));
    }

    [Fact]
    public async Task A_declined_introduction_is_never_suggested_again_by_any_path_and_the_other_side_learns_only_not_this_time()
    {
        var ct = TestContext.Current.CancellationToken;
        var intro = (await Desk.IntroduceAsync(await IndexAsync(), "ben", "cy", IntroductionSource.TopPeers, null, ct)).Value!;
        await Desk.AnswerAsync(intro.Id, "cy", false, _members, ct);
        var late = await Desk.AnswerAsync(intro.Id, "ben", true, _members, ct);
        Assert.Equal($"Introduction '{intro.Id}' is closed: not this time.", late.Refusal);

        var now = _clock.GetUtcNow();
        var closed = (await _history.FindIntroductionAsync(intro.Id, ct))!;
        Assert.Equal(IntroductionDesk.NotThisTime, IntroductionDesk.StatusFor(closed, "ben", now));
        Assert.Equal("you declined", IntroductionDesk.StatusFor(closed, "cy", now));

        // Years later, with no cool-down left, no path puts ben and cy together.
        _clock.Advance(TimeSpan.FromDays(3 * 365));
        var history = await _history.LoadHistoryAsync(ct);
        Assert.Contains(history.Records, r => r.Outcome == PairingOutcome.Declined && r.MemberA == "ben" && r.MemberB == "cy");
        LifecycleAssert.NeverSuggested(_members, history, "ben", "cy", DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime));
        Assert.False((await Desk.IntroduceAsync(ProfileIndex.Build(_members, MatchingPolicy.Default, history), "cy", "ben", IntroductionSource.TopPeers, null, ct)).Succeeded);
        Assert.Empty(await _sessions.ListRelationshipsAsync(null, ct));
    }

    [Fact]
    public async Task Unanswered_introductions_expire_are_reported_and_can_no_longer_be_answered()
    {
        var ct = TestContext.Current.CancellationToken;
        var desk = new IntroductionDesk(_history, _sessions, _clock) { AnswerPeriod = TimeSpan.FromDays(7) };
        var intro = (await desk.IntroduceAsync(await IndexAsync(), "ana", "fay", IntroductionSource.TopPeers, null, ct)).Value!;
        await desk.AnswerAsync(intro.Id, "fay", true, _members, ct);
        Assert.Empty(await desk.ExpiredAsync(ct));

        _clock.Advance(TimeSpan.FromDays(7));

        Assert.Equal([intro.Id], (await desk.ExpiredAsync(ct)).Select(i => i.Id));
        var late = await desk.AnswerAsync(intro.Id, "ana", true, _members, ct);
        Assert.Contains("expired on 2026-11-30", late.Refusal!, StringComparison.Ordinal);
        Assert.Null((await _history.FindIntroductionAsync(intro.Id, ct))!.AnswerOfA);
        Assert.Empty(await _sessions.ListRelationshipsAsync(null, ct));
    }

    [Fact]
    public async Task The_message_to_each_side_holds_the_peer_and_the_reasons_and_nothing_confidential()
    {
        var ct = TestContext.Current.CancellationToken;
        var intro = (await Desk.IntroduceAsync(await IndexAsync(), "ana", "ben", IntroductionSource.TopPeers, null, ct)).Value!;
        var letter = new IntroductionLetter(intro, _members[1], _members[0]);

        var text = new TemplateRenderer().Render(BuiltInTemplates.Introduction, DocumentModel.FromIntroduction(letter), ct);

        Assert.Contains("Dear Member ben", text, StringComparison.Ordinal);
        Assert.Contains("Ana Silva, CIO at Acme", text, StringComparison.Ordinal);
        Assert.All(intro.ReasonsForB, reason => Assert.Contains(reason, text, StringComparison.Ordinal));
        Assert.Contains("2026-12-07", text, StringComparison.Ordinal);
        Assert.DoesNotContain("dan", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_answer_that_loses_a_race_is_refused_with_the_answer_that_won()
    {
        var ct = TestContext.Current.CancellationToken;
        var intro = (await Desk.IntroduceAsync(await IndexAsync(), "ana", "ben", IntroductionSource.Round, 1, ct)).Value!;
        var won = new IntroductionAnswer(false, new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero));
        var desk = new IntroductionDesk(new AnsweredFirst(_history, won), _sessions, _clock);

        var lost = await desk.AnswerAsync(intro.Id, "ana", true, _members, ct);

        Assert.False(lost.Succeeded);
        Assert.Contains("ana already answered (declined on 2026-11-22)", lost.Refusal, StringComparison.Ordinal);
        Assert.Equal(won, (await _history.FindIntroductionAsync(intro.Id, ct))!.AnswerOf("ana"));
    }

    // Another request's answer lands between the desk's look-up and its own write, so the write is refused.
    private sealed class AnsweredFirst(InMemoryPairingHistoryStore inner, IntroductionAnswer first) : IIntroductionStore
    {
        public ValueTask CreateIntroductionAsync(Introduction introduction, CancellationToken cancellationToken = default) =>
            inner.CreateIntroductionAsync(introduction, cancellationToken);

        public async ValueTask<bool> AnswerIntroductionAsync(string introductionId, string memberId, IntroductionAnswer answer, CancellationToken cancellationToken = default)
        {
            Assert.True(await inner.AnswerIntroductionAsync(introductionId, memberId, first, cancellationToken));
            return await inner.AnswerIntroductionAsync(introductionId, memberId, answer, cancellationToken);
        }

        public ValueTask<Introduction?> FindIntroductionAsync(string introductionId, CancellationToken cancellationToken = default) =>
            inner.FindIntroductionAsync(introductionId, cancellationToken);

        public ValueTask<IReadOnlyList<Introduction>> ListIntroductionsAsync(string? memberId = null, CancellationToken cancellationToken = default) =>
            inner.ListIntroductionsAsync(memberId, cancellationToken);
    }
}
