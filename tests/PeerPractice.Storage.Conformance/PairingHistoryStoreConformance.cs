using PeerPractice.Collections;
using PeerPractice.Matching;

namespace PeerPractice.Storage.Conformance;

/// <summary>What every <see cref="IPairingHistoryStore"/> must do; derive it with a fresh, empty store per test.</summary>
public abstract class PairingHistoryStoreConformance : IDisposable
{
    private static readonly DateTimeOffset s_at = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    /// <summary>The store under test: fresh and empty for each test.</summary>
    protected abstract IPairingHistoryStore Store { get; }

    /// <summary>Closes and reopens the store (same data); the in-memory store returns itself.</summary>
    protected virtual IPairingHistoryStore Reopen() => Store;

    public virtual void Dispose() => GC.SuppressFinalize(this);

    public static RoundResult Round(IEnumerable<string[]> matches, params string[] satOut) => new(
        DateOnly.FromDateTime(s_at.UtcDateTime),
        42,
        new ValueArray<RoundMatch>(matches.Select(m => new RoundMatch(new ValueArray<string>(m), 10, HardRules.None))),
        new ValueArray<UnmatchedMember>(satOut.Select(m => new UnmatchedMember(m, UnmatchedReason.SatOut, "sat out", ValueArray<RuleTally>.Empty))),
        ValueArray<RoundNote>.Empty,
        10);

    [Fact]
    public async Task Rounds_persist_with_pairs_in_canonical_order_and_take_feedback()
    {
        var round = await Store.RecordRoundAsync(Round([["m2", "m1"], ["m3", "m4"]]), s_at);

        var reopened = Reopen();
        Assert.True(await reopened.RecordFeedbackAsync(round, "m1", "m2", PairingOutcome.Met, 4, "great coffee"));
        Assert.False(await reopened.RecordFeedbackAsync(round, "m1", "m4", PairingOutcome.Met, null, null));
        Assert.False(await reopened.RecordFeedbackAsync(round + 1, "m1", "m2", PairingOutcome.Met, null, null));

        var all = await reopened.ListPairingsAsync();
        Assert.Equal(2, all.Count);
        Assert.Equal((round, s_at), (all[0].RoundId, all[0].RecordedAt));
        Assert.Equal(("m1", "m2", PairingOutcome.Met, (int?)4, "great coffee"), (all[0].Pairing.MemberA, all[0].Pairing.MemberB, all[0].Pairing.Outcome, all[0].Pairing.Rating, all[0].Pairing.Feedback));
        Assert.Equal(("m3", "m4", PairingOutcome.Scheduled), (all[1].Pairing.MemberA, all[1].Pairing.MemberB, all[1].Pairing.Outcome));
    }

    [Fact]
    public async Task Round_numbers_increase_and_a_trio_is_kept_as_its_three_pairs()
    {
        var first = await Store.RecordRoundAsync(Round([["a", "b"]]), s_at);
        var second = await Store.RecordRoundAsync(Round([["c", "b", "a"]]), s_at.AddDays(7));

        Assert.True(second > first);
        Assert.Equal([("a", "b"), ("a", "b"), ("a", "c"), ("b", "c")], (await Store.ListPairingsAsync()).Select(p => (p.Pairing.MemberA, p.Pairing.MemberB)));
    }

    [Fact]
    public async Task A_round_with_a_repeated_pair_is_not_recorded_at_all()
    {
        await Assert.ThrowsAsync<ArgumentException>(async () => await Store.RecordRoundAsync(Round([["a", "b"], ["b", "a"]], "c"), s_at));

        Assert.Empty(await Store.ListPairingsAsync());
        Assert.Empty((await Store.LoadHistoryAsync()).SitOuts);
    }

    [Fact]
    public async Task A_rating_outside_one_to_five_is_refused()
    {
        var round = await Store.RecordRoundAsync(Round([["a", "b"]]), s_at);

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(async () => await Store.RecordFeedbackAsync(round, "a", "b", PairingOutcome.Met, 6, null));
        Assert.Equal(PairingOutcome.Scheduled, (await Store.ListPairingsAsync())[0].Pairing.Outcome);
    }

    [Fact]
    public async Task The_history_scoring_reads_holds_outcomes_and_sit_outs_on_the_round_day()
    {
        var round = await Store.RecordRoundAsync(Round([["a", "b"], ["c", "d"]], "e"), s_at);
        await Store.RecordFeedbackAsync(round, "b", "a", PairingOutcome.Met, 2, "not a fit");
        await Store.RecordFeedbackAsync(round, "c", "d", PairingOutcome.DidNotMeet, null, null);

        var history = await Reopen().LoadHistoryAsync();

        var day = DateOnly.FromDateTime(s_at.UtcDateTime);
        Assert.True(Assert.Single(history.Between("a", "b")).IsPoorFit);
        Assert.Equal(PairingOutcome.DidNotMeet, Assert.Single(history.Between("d", "c")).Outcome);
        Assert.Equal(day, history.Between("a", "b")[0].PairedOn);
        Assert.Equal((1, (DateOnly?)day), history.SitOutsOf("e"));
    }
}
