using PeerPractice.Agendas;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>
/// A series built from stored records, at its edges: action items already done, a series where nobody has spoken
/// yet, a tie for the quieter person, and the options for the next session with and without a base and fairness.
/// </summary>
public sealed class SessionSeriesEdgeTests
{
    private static readonly DateTimeOffset _start = new(2027, 1, 12, 9, 0, 0, TimeSpan.Zero);
    private static readonly Participant[] _pair = [new("ana", "Ana", "CIO"), new("ben", "Ben", "CTO")];
    private static readonly ActionItem _open = new("ana", "Share the vendor scorecard", null, null);
    private static readonly ActionItem _done = new("ben", "Send the org chart", null, null);

    private static SessionRecord Record(long anaTicks, long benTicks, params string[] unfinished) =>
        new(AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm), [.. _pair], _start, _start.AddHours(1))
        {
            SpeakingTimes = [new("ana", TimeSpan.FromTicks(anaTicks), 0), new("ben", TimeSpan.FromTicks(benTicks), 0)],
            ActionItems = [_open, _done],
            UnfinishedItemIds = [.. unfinished],
        };

    [Fact]
    public void Action_items_given_as_done_do_not_carry_over()
    {
        var series = new SessionSeries([Record(10, 20)], [_done]);
        Assert.Equal([_done], series.DoneActionItems);
        Assert.Equal([_open], series.CarryOver.OpenActionItems);
        Assert.Equal([_open, _done], new SessionSeries([Record(10, 20)]).CarryOver.OpenActionItems);
    }

    [Fact]
    public void A_series_where_nobody_has_spoken_gives_every_share_as_zero()
    {
        var shares = new SessionSeries([Record(0, 0)]).SpeakingShares;
        Assert.Equal([new SpeakingTime("ana", TimeSpan.Zero, 0), new SpeakingTime("ben", TimeSpan.Zero, 0)], shares);
    }

    [Fact]
    public void A_tie_for_the_quieter_person_keeps_the_order_given_and_someone_new_counts_as_silent()
    {
        var series = new SessionSeries([Record(30, 30)]);
        Assert.Equal("ana", series.QuieterParticipant(["ana", "ben"]));
        Assert.Equal("ben", series.QuieterParticipant(["ben", "ana"]));
        Assert.Equal("cy", series.QuieterParticipant(["ana", "cy"]));
        Assert.Null(new SessionSeries([]).QuieterParticipant(["ana", "ben"]));
    }

    [Fact]
    public void The_next_options_keep_the_base_and_with_fairness_the_quieter_person_opens()
    {
        var series = new SessionSeries([Record(50, 10, "biggest-problem")]);
        var baseOptions = SessionOptions.Default with { FirstOpenerId = "ana", WarningFraction = 0.3 };

        var fair = series.OptionsForNext(_pair, fairness: true, baseOptions);
        Assert.Equal(("ben", 0.3), (fair.FirstOpenerId, fair.WarningFraction));
        Assert.Equal(["biggest-problem"], fair.CarriedOver!.UnfinishedItemIds);

        var unfair = series.OptionsForNext(_pair, fairness: false, baseOptions);
        Assert.Equal(baseOptions with { CarriedOver = series.CarryOver }, unfair);

        // No history yet: nobody is quieter, so the base's opener stays.
        Assert.Equal("ana", new SessionSeries([]).OptionsForNext(_pair, fairness: true, baseOptions).FirstOpenerId);
        Assert.Equal(SessionOptions.Default with { CarriedOver = SessionCarryOver.None }, new SessionSeries([]).OptionsForNext(_pair, fairness: false));
    }

    [Fact]
    public void A_carry_over_is_empty_only_without_unfinished_items_and_open_actions()
    {
        Assert.True(SessionCarryOver.None.IsEmpty);
        Assert.False(new SessionCarryOver(["biggest-problem"], []).IsEmpty);
        Assert.False(new SessionCarryOver([], [_open]).IsEmpty);
    }
}
