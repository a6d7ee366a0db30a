using PeerPractice.Calendar;

namespace PeerPractice.Core.Tests.Calendar;

/// <summary>
/// Zones made in code, so a rule can start or end exactly at the edge of the years asked for; system zones
/// on Linux give one rule per year, which never tests those edges.
/// </summary>
public class ZoneTransitionsTests
{
    private static readonly TimeZoneInfo.TransitionTime _lastSundayOfMarch =
        TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 2, 0, 0), 3, 5, DayOfWeek.Sunday);

    private static readonly TimeZoneInfo.TransitionTime _lastSundayOfOctober =
        TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 3, 0, 0), 10, 5, DayOfWeek.Sunday);

    // One hour ahead of UTC, with one rule from 1 January of one year to 31 December of another.
    private static TimeZoneInfo Zone(int fromYear, int toYear, TimeSpan daylightDelta, TimeSpan baseUtcOffsetDelta) =>
        TimeZoneInfo.CreateCustomTimeZone(
            "Test/Zone",
            TimeSpan.FromHours(1),
            "Test zone",
            "Test standard time",
            "Test summer time",
            [TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(new DateTime(fromYear, 1, 1), new DateTime(toYear, 12, 31), daylightDelta, _lastSundayOfMarch, _lastSundayOfOctober, baseUtcOffsetDelta)]);

    [Theory]
    [InlineData(2000, 2100, "2026-03-29 2026-10-25 2027-03-28 2027-10-31")]
    [InlineData(2000, 2026, "2026-03-29 2026-10-25")]
    [InlineData(2027, 2100, "2027-03-28 2027-10-31")]
    public void Summer_time_is_found_in_every_year_its_rule_shares_with_the_years_asked_for(int fromYear, int toYear, string days)
    {
        var found = ZoneTransitions.Find(Zone(fromYear, toYear, TimeSpan.FromHours(1), TimeSpan.Zero), 2026, 2027);
        Assert.Equal(days, string.Join(' ', found.Select(t => t.Utc.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Fact]
    public void A_change_of_standard_offset_without_summer_time_is_found()
    {
        var found = ZoneTransitions.Find(Zone(2027, 2100, TimeSpan.Zero, TimeSpan.FromHours(1)), 2026, 2027);
        var change = Assert.Single(found);
        Assert.Equal((TimeSpan.FromHours(1), TimeSpan.FromHours(2), false), (change.OffsetFrom, change.OffsetTo, change.IsDaylight));
    }

    [Fact]
    public void Summer_time_that_ended_before_the_first_year_adds_no_change()
    {
        // Three hours behind UTC, summer time from October to February until 2025: in force at the scan's first instant,
        // 1 January 2026 00:00 UTC (still 2025 locally), gone from local midnight on.
        var southern = TimeZoneInfo.CreateCustomTimeZone(
            "Test/Southern",
            TimeSpan.FromHours(-3),
            "Test southern zone",
            "Test standard time",
            "Test summer time",
            [TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(
                new DateTime(2000, 1, 1),
                new DateTime(2025, 12, 31),
                TimeSpan.FromHours(1),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 0, 0, 0), 10, 1, DayOfWeek.Sunday),
                TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 0, 0, 0), 2, 3, DayOfWeek.Sunday))]);
        Assert.Empty(ZoneTransitions.Find(southern, 2026, 2027));
    }
}
