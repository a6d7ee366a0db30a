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

    // Three hours behind UTC, with one hour of summer time from start to end in every year of one rule.
    private static TimeZoneInfo WestOfUtc(int fromYear, int toYear, TimeZoneInfo.TransitionTime start, TimeZoneInfo.TransitionTime end) =>
        TimeZoneInfo.CreateCustomTimeZone(
            "Test/West",
            TimeSpan.FromHours(-3),
            "Test zone west of UTC",
            "Test standard time",
            "Test summer time",
            [TimeZoneInfo.AdjustmentRule.CreateAdjustmentRule(new DateTime(fromYear, 1, 1), new DateTime(toYear, 12, 31), TimeSpan.FromHours(1), start, end)]);

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
    public void Summer_time_in_force_when_the_years_begin_in_UTC_ends_at_local_new_year_even_if_its_rule_ended_the_year_before()
    {
        // Three hours behind UTC, summer time from October to February until 2025: 1 January 2026 00:00 UTC is still
        // 2025 locally, in summer time (UTC-2); at local midnight (03:00 UTC, 02:00 by the summer clock) the rule is
        // over. A meeting in those first hours needs the change, though the rule's own years end before 2026.
        var southern = WestOfUtc(
            2000,
            2025,
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 0, 0, 0), 10, 1, DayOfWeek.Sunday),
            TimeZoneInfo.TransitionTime.CreateFloatingDateRule(new DateTime(1, 1, 1, 0, 0, 0), 2, 3, DayOfWeek.Sunday));

        var change = Assert.Single(ZoneTransitions.Find(southern, 2026, 2027));
        Assert.Equal(southern.GetUtcOffset(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc)), change.OffsetFrom);
        Assert.Equal((TimeSpan.FromHours(-2), TimeSpan.FromHours(-3), false), (change.OffsetFrom, change.OffsetTo, change.IsDaylight));
        Assert.Equal(new DateTime(2026, 1, 1), change.Utc.Date);
    }

    [Fact]
    public void A_change_at_local_new_year_just_after_the_last_year_is_left_to_the_next_year()
    {
        // Three hours behind UTC, summer time from local new year to March from 2028 on (as Lima had it in the 1980s):
        // the first change is at 2028-01-01 03:00 UTC, a few hours past the end of 2027 in UTC, so it is not a change
        // of the years 2026 to 2027; with 2028 asked for as well, it is the first change found.
        var lima = WestOfUtc(
            2028,
            2100,
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 0, 0, 0), 1, 1),
            TimeZoneInfo.TransitionTime.CreateFixedDateRule(new DateTime(1, 1, 1, 0, 0, 0), 3, 1));

        Assert.Empty(ZoneTransitions.Find(lima, 2026, 2027));
        var first = ZoneTransitions.Find(lima, 2026, 2028)[0];
        Assert.Equal((new DateTime(2028, 1, 1, 3, 0, 0), TimeSpan.FromHours(-3), TimeSpan.FromHours(-2)), (first.Utc, first.OffsetFrom, first.OffsetTo));
    }

    [Fact]
    public void A_zone_that_never_changes_has_no_transitions()
    {
        var fixedZone = TimeZoneInfo.CreateCustomTimeZone("Test/Fixed", TimeSpan.FromHours(5.5), "Test fixed zone", "Test fixed time");
        Assert.Empty(ZoneTransitions.Find(fixedZone, 2026, 2027));
        Assert.Empty(ZoneTransitions.Find(Zone(2000, 2100, TimeSpan.Zero, TimeSpan.Zero), 2026, 2027));
    }
}
