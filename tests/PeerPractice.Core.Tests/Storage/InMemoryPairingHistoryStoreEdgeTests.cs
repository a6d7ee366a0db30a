using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Storage;

/// <summary>
/// The in-memory pairing history store at its edges, against values chosen here: a cancelled call changes
/// nothing, the rating scale's ends are accepted, and introductions created at the same moment list by id.
/// </summary>
public class InMemoryPairingHistoryStoreEdgeTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static RoundResult Round() =>
        new(new DateOnly(2026, 11, 23), 1, [new RoundMatch(["a", "b"], 50, HardRules.None), new RoundMatch(["c", "d"], 40, HardRules.None)], [], [], 90);

    private static Introduction Intro(string id, string a, string b) => new(id, a, b, IntroductionSource.TopPeers, At, At.AddDays(14));

    [Fact]
    public async Task A_cancelled_call_throws_and_changes_nothing()
    {
        var store = new InMemoryPairingHistoryStore();
        var round = await store.RecordRoundAsync(Round(), At, cancellationToken: TestContext.Current.CancellationToken);
        await store.CreateIntroductionAsync(Intro("i1", "a", "c"), TestContext.Current.CancellationToken);
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.RecordRoundAsync(Round(), At, cancellationToken: cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.RecordFeedbackAsync(round, "a", "b", PairingOutcome.Met, 5, "good", cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.ListPairingsAsync(cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.CreateIntroductionAsync(Intro("i2", "b", "d"), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.AnswerIntroductionAsync("i1", "a", new IntroductionAnswer(true, At), cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.FindIntroductionAsync("i1", cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.ListIntroductionsAsync(cancellationToken: cancelled.Token));

        var pairings = await store.ListPairingsAsync(TestContext.Current.CancellationToken);
        Assert.Equal([(round, "a", "b"), (round, "c", "d")], pairings.Select(p => (p.RoundId, p.Pairing.MemberA, p.Pairing.MemberB)));
        Assert.All(pairings, p => Assert.Null(p.Pairing.Rating));
        var intro = Assert.Single(await store.ListIntroductionsAsync(cancellationToken: TestContext.Current.CancellationToken));
        Assert.Equal("i1", intro.Id);
        Assert.Null(intro.AnswerOfA);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(5)]
    public async Task A_rating_at_either_end_of_the_scale_is_recorded(int rating)
    {
        var store = new InMemoryPairingHistoryStore();
        var round = await store.RecordRoundAsync(Round(), At, cancellationToken: TestContext.Current.CancellationToken);
        Assert.True(await store.RecordFeedbackAsync(round, "b", "a", PairingOutcome.Met, rating, null, TestContext.Current.CancellationToken));
        Assert.Equal(rating, (await store.ListPairingsAsync(TestContext.Current.CancellationToken))[0].Pairing.Rating);
    }

    [Fact]
    public async Task Introductions_created_at_the_same_moment_list_in_id_order()
    {
        var store = new InMemoryPairingHistoryStore();
        foreach (var id in new[] { "i2", "i3", "i1" })
        {
            await store.CreateIntroductionAsync(Intro(id, "a", "b" + id), TestContext.Current.CancellationToken);
        }

        await store.CreateIntroductionAsync(Intro("i0", "a", "z") with { CreatedAt = At.AddMinutes(1) }, TestContext.Current.CancellationToken);
        Assert.Equal(["i1", "i2", "i3", "i0"], (await store.ListIntroductionsAsync("a", TestContext.Current.CancellationToken)).Select(i => i.Id));
    }
}
