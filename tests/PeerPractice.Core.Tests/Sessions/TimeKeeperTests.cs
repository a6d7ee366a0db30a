using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>
/// The session's time-keeping machine on its own: how floor time is shared, when the warning is due,
/// and what an extension re-arms. Written from Stryker's survivors in <c>TimeKeeper</c>
/// (docs/testing.md): the session tests run it through whole sessions, where these edges hide.
/// </summary>
public class TimeKeeperTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);

    private static AgendaPosition InItem => new() { Phase = AgendaPhase.InItem, ItemIndex = 0 };

    private static TimeKeeper Running(double warningFraction, TimeSpan timebox)
    {
        var keeper = new TimeKeeper(participantCount: 3, itemCount: 1, Start, warningFraction);
        keeper.OpenTurn(timebox);
        return keeper;
    }

    [Fact]
    public void Shared_floor_time_is_split_equally_with_the_odd_ticks_to_the_first_holders()
    {
        var keeper = Running(0.2, TimeSpan.FromMinutes(10));

        keeper.Settle(Start.AddTicks(11), InItem, floor: 0b111);

        Assert.Equal([4L, 4L, 3L], keeper.ParticipantTicksWith(0, 0));
        Assert.Equal([4L, 4L, 3L], keeper.ParticipantTicksWith(0b111, 0)); // nothing pending: the same totals
        Assert.Equal([6L, 5L, 3L], keeper.ParticipantTicksWith(0b011, 3));
        Assert.Equal(11L, keeper.ItemTicks(0));
    }

    [Fact]
    public void A_step_back_in_time_or_time_after_the_end_is_not_attributed()
    {
        var keeper = Running(0.2, TimeSpan.FromMinutes(10));
        keeper.Settle(Start.AddMinutes(1), InItem, floor: 0b001);

        keeper.Settle(Start, InItem, floor: 0b001);
        keeper.Settle(Start.AddMinutes(5), new AgendaPosition { Phase = AgendaPhase.Finished, ItemIndex = -1 }, floor: 0);

        Assert.Equal(Start.AddMinutes(1), keeper.LastAt);
        Assert.Equal((TimeSpan.FromMinutes(1).Ticks, 0L, 0L), (keeper.TurnElapsedTicks, keeper.OutsideTicks, keeper.PausedTicks));
        Assert.Equal([TimeSpan.FromMinutes(1).Ticks, 0L, 0L], keeper.ParticipantTicksWith(0, 0));
    }

    [Theory]
    [InlineData(0.0, long.MinValue)]
    [InlineData(-0.5, long.MinValue)]
    [InlineData(0.2, 2 * TimeSpan.TicksPerMinute)]
    [InlineData(1.5, 10 * TimeSpan.TicksPerMinute)]
    public void The_warning_is_due_at_the_fraction_of_the_timebox_and_off_at_zero(double fraction, long threshold) =>
        Assert.Equal(threshold, Running(fraction, TimeSpan.FromMinutes(10)).WarningThresholdTicks);

    [Fact]
    public void The_next_due_moment_counts_the_pending_time()
    {
        var keeper = Running(0.2, TimeSpan.FromMinutes(10));

        Assert.Equal(5 * TimeSpan.TicksPerMinute, keeper.NextDueTicks(3 * TimeSpan.TicksPerMinute));
        keeper.MarkWarned();
        Assert.Equal(7 * TimeSpan.TicksPerMinute, keeper.NextDueTicks(3 * TimeSpan.TicksPerMinute));
        keeper.MarkExpired();
        Assert.Null(keeper.NextDueTicks(3 * TimeSpan.TicksPerMinute));
    }

    [Fact]
    public void An_overrun_turn_expires_at_the_last_settled_change_not_before_it()
    {
        var keeper = Running(0.2, TimeSpan.FromMinutes(10));

        keeper.Settle(Start.AddMinutes(12), InItem, floor: 0b001);

        Assert.Equal(Start.AddMinutes(12), keeper.ExpiryAt());
    }

    [Theory]
    [InlineData(0.2, true)]
    [InlineData(0.0, false)]
    public void An_expiry_passes_the_warning_point_only_when_warnings_are_on(double fraction, bool warned)
    {
        var keeper = Running(fraction, TimeSpan.FromMinutes(10));

        keeper.MarkExpired();

        Assert.Equal((true, warned), (keeper.Expired, keeper.Warned));
    }

    [Fact]
    public void Extending_an_expired_turn_rearms_the_expiry_and_the_warning_it_has_not_reached()
    {
        var keeper = Running(0.2, TimeSpan.FromMinutes(10));
        keeper.Settle(Start.AddMinutes(11), InItem, floor: 0b001);
        keeper.MarkExpired();

        // 1 min over: an extension of exactly 1 min leaves 0 left, still expired and warned.
        keeper.Extend(TimeSpan.FromMinutes(1));
        Assert.Equal((true, true), (keeper.Expired, keeper.Warned));

        // 11 min of 13 left 2 min: the warning point of 13 min is 2.6 min, so warned but no longer expired.
        keeper.Extend(TimeSpan.FromMinutes(2));
        Assert.Equal((false, true), (keeper.Expired, keeper.Warned));

        // 11 of 20: 9 min left, above the 4 min warning point, so both re-armed.
        keeper.Extend(TimeSpan.FromMinutes(7));
        Assert.Equal((false, false), (keeper.Expired, keeper.Warned));
    }

    [Fact]
    public void An_extension_to_exactly_the_warning_point_keeps_the_warning_raised()
    {
        // Warnings at half the timebox: 10 min + 10 min = 20 min, 10 min elapsed, so 10 min left, exactly the point.
        var keeper = Running(0.5, TimeSpan.FromMinutes(10));
        keeper.Settle(Start.AddMinutes(10), InItem, floor: 0b001);
        keeper.MarkWarned();

        keeper.Extend(TimeSpan.FromMinutes(10));

        Assert.Equal(10 * TimeSpan.TicksPerMinute, keeper.WarningThresholdTicks);
        Assert.Equal(10 * TimeSpan.TicksPerMinute, keeper.LeftTicks(0, paused: false));
        Assert.True(keeper.Warned);
    }
}
