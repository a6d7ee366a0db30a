using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Lifecycle;

/// <summary>The suggested next meeting at the edges: the due moment itself, the past, weekends, the end of the day, the end of the four weeks.</summary>
public sealed class RelationshipScheduleTests
{
    private static readonly TimeSpan _hour = TimeSpan.FromHours(1);

    // Both work 09:00-10:00 UTC: the one-hour meeting fits only at 09:00 on a weekday, ending as the day ends.
    private static readonly Relationship _nineToTen = Pair(new RelationshipMember("a", "Ann", "A") { WorkdayStartHour = 9, WorkdayEndHour = 10 }, new RelationshipMember("b", "Bo", "B") { WorkdayStartHour = 9, WorkdayEndHour = 10 });

    [Fact]
    public void A_slot_starting_exactly_when_due_is_suggested()
    {
        var monday = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(monday, RelationshipSchedule.SuggestNext(_nineToTen, Due(monday), monday.AddDays(-3), _hour));
    }

    [Fact]
    public void A_weekend_due_day_moves_to_monday()
    {
        var saturday = new DateTimeOffset(2026, 2, 28, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero), RelationshipSchedule.SuggestNext(_nineToTen, Due(saturday), saturday.AddDays(-3), _hour));
    }

    [Fact]
    public void An_overdue_relationship_is_offered_the_next_slot_from_now_never_one_in_the_past()
    {
        var mondayDue = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);
        var tuesdayMorning = new DateTimeOffset(2026, 3, 3, 8, 0, 0, TimeSpan.Zero);

        Assert.Equal(new DateTimeOffset(2026, 3, 3, 9, 0, 0, TimeSpan.Zero), RelationshipSchedule.SuggestNext(_nineToTen, Due(mondayDue), tuesdayMorning, _hour));
    }

    [Fact]
    public void A_first_overlap_exactly_four_weeks_after_the_due_day_is_not_suggested()
    {
        // Midnight to 01:00 in UTC and in London overlap only once London is back on GMT (Monday 26 October 2026,
        // the first weekday after the clocks go back): 28 days after Monday 28 September, one step past the window.
        var pair = Pair(
            new RelationshipMember("a", "Ann", "A") { WorkdayStartHour = 0, WorkdayEndHour = 1 },
            new RelationshipMember("b", "Bo", "B") { TimeZoneId = "Europe/London", WorkdayStartHour = 0, WorkdayEndHour = 1 });
        var due = new DateTimeOffset(2026, 9, 28, 0, 0, 0, TimeSpan.Zero);

        Assert.Null(RelationshipSchedule.SuggestNext(pair, Due(due), due.AddDays(-1), _hour));
        Assert.Equal(new DateTimeOffset(2026, 10, 26, 0, 0, 0, TimeSpan.Zero), RelationshipSchedule.SuggestNext(pair, Due(due.AddDays(1)), due, _hour));
    }

    private static RelationshipHealth Due(DateTimeOffset dueBy) => new("r", RelationshipStanding.OnTrack, null, dueBy, default);

    private static Relationship Pair(RelationshipMember first, RelationshipMember second) =>
        new("r", ValueArray.Create(first, second), AgendaLibrary.FirstCoffee, Cadence.Monthly, new DateTimeOffset(2026, 1, 5, 0, 0, 0, TimeSpan.Zero));
}
