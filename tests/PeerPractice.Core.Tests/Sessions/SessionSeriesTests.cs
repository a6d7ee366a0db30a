using Microsoft.Extensions.Time.Testing;
using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Sessions;

public sealed class SessionSeriesTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 8, 0, 0, TimeSpan.Zero));

    /// <summary>Runs a brainstorm in which the opener of each turn talks <paramref name="alexMinutes"/> or 1 minute.</summary>
    private AgendaSession RunSession(SessionOptions options, int alexMinutes, bool finishEarly)
    {
        var session = AgendaSession.Create(PeerBrainstorm, Pair, _clock, options with { EnableTimers = false });
        session.Acknowledge("alex", "confidentiality");
        session.Acknowledge("sam", "confidentiality");
        session.Start();
        while (session.Phase == AgendaPhase.InItem && !(finishEarly && session.CurrentItemIndex == 2))
        {
            _clock.Advance(TimeSpan.FromMinutes(session.HoldsFloor("alex") && session.CurrentSpeaker is not null ? alexMinutes : 1));
            session.Next();
        }

        session.AddActionItem("sam", "Share the runbook");
        session.Finish();
        return session;
    }

    [Fact]
    public void Shares_add_up_across_sessions_and_the_quieter_person_opens_next_time()
    {
        var series = new SessionSeries();
        using var first = RunSession(SessionOptions.Default, alexMinutes: 4, finishEarly: false);
        series.Record(first);

        var shares = series.SpeakingShares;
        Assert.Equal(["alex", "sam"], shares.Select(s => s.ParticipantId));
        Assert.True(shares[0].Time > shares[1].Time);
        Assert.Equal(1.0, shares.Sum(s => s.Share), 9);
        Assert.Equal("sam", series.QuieterParticipant(["alex", "sam"]));

        var next = series.OptionsForNext(Pair, fairness: true);
        Assert.Equal("sam", next.FirstOpenerId);
        using var second = AgendaSession.Create(PeerBrainstorm, Pair, _clock, next);
        second.Acknowledge("alex", "confidentiality");
        second.Acknowledge("sam", "confidentiality");
        second.Start();
        Assert.Equal(Sam, second.CurrentSpeaker);
        Assert.Null(series.OptionsForNext(Pair, fairness: false).FirstOpenerId);
    }

    [Fact]
    public void Unfinished_items_and_open_action_items_carry_into_the_next_check_in()
    {
        var series = new SessionSeries();
        using var first = RunSession(SessionOptions.Default, alexMinutes: 2, finishEarly: true);
        series.Record(first);
        Assert.Equal(["whats-being-done", "open-ideas"], series.CarryOver.UnfinishedItemIds);
        var action = Assert.Single(series.CarryOver.OpenActionItems);

        using var second = AgendaSession.Create(PeerBrainstorm, Pair, _clock, series.OptionsForNext(Pair, fairness: false));
        Assert.Equal(series.CarryOver.UnfinishedItemIds, second.CarriedOver.UnfinishedItemIds);
        Assert.Equal(second.CarriedOver, AgendaSession.Restore(second.ToSnapshotJson(), PeerBrainstorm, _clock).CarriedOver, CarryOverComparer.Instance);

        series.MarkDone(action);
        Assert.Empty(series.CarryOver.OpenActionItems);
    }

    [Fact]
    public void Only_closed_sessions_are_recorded()
    {
        using var running = AgendaSession.Create(PeerBrainstorm, Pair, _clock);

        Assert.Throws<ArgumentException>(() => new SessionSeries().Record(running));
        Assert.Null(new SessionSeries().QuieterParticipant(["alex"]));
        Assert.True(new SessionSeries().CarryOver.IsEmpty);
    }

    private sealed class CarryOverComparer : IEqualityComparer<SessionCarryOver>
    {
        public static readonly CarryOverComparer Instance = new();

        public bool Equals(SessionCarryOver? x, SessionCarryOver? y) =>
            x is not null && y is not null && x.UnfinishedItemIds.SequenceEqual(y.UnfinishedItemIds) && x.OpenActionItems.SequenceEqual(y.OpenActionItems);

        public int GetHashCode(SessionCarryOver obj) => obj.UnfinishedItemIds.Count;
    }
}
