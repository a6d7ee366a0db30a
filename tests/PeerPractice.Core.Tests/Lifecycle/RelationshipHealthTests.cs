using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Lifecycle;

/// <summary>A relationship's standing, due date and invested time at the edges of its cadence and period.</summary>
public sealed class RelationshipHealthTests
{
    private static readonly DateTimeOffset _began = new(2026, 1, 5, 0, 0, 0, TimeSpan.Zero);
    private static readonly AgendaDefinition _agenda = AgendaLibrary.Get(AgendaLibrary.FirstCoffee);

    private static readonly Relationship _pair = new(
        "r",
        ValueArray.Create(new RelationshipMember("a", "Ann", "A"), new RelationshipMember("b", "Bo", "B")),
        AgendaLibrary.FirstCoffee,
        Cadence.Monthly,
        _began);

    [Fact]
    public void The_next_session_is_due_a_cadence_after_the_latest_one_ended()
    {
        var series = new SessionSeries([Session(new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero)), Session(new(2026, 2, 2, 10, 0, 0, TimeSpan.Zero))]);

        var health = RelationshipHealth.Assess(_pair, series, new DateTimeOffset(2026, 3, 10, 0, 0, 0, TimeSpan.Zero));

        Assert.Equal(new DateTimeOffset(2026, 3, 2, 11, 0, 0, TimeSpan.Zero), health.LastMet);
        Assert.Equal(new DateTimeOffset(2026, 4, 2, 11, 0, 0, TimeSpan.Zero), health.DueBy);
        Assert.Equal(RelationshipStanding.OnTrack, health.Standing);
    }

    [Fact]
    public void A_relationship_is_overdue_only_after_the_moment_it_is_due()
    {
        var due = _began.AddMonths(1);

        var atDue = RelationshipHealth.Assess(_pair, new SessionSeries(), due);
        var after = RelationshipHealth.Assess(_pair, new SessionSeries(), due.AddTicks(1));

        Assert.Equal((RelationshipStanding.OnTrack, (DateTimeOffset?)null, due), (atDue.Standing, atDue.LastMet, atDue.DueBy));
        Assert.Equal(RelationshipStanding.Overdue, after.Standing);
    }

    [Fact]
    public void Paused_and_ended_relationships_are_not_active_even_when_overdue()
    {
        var late = _began.AddYears(1);

        Assert.Equal(RelationshipStanding.NotActive, RelationshipHealth.Assess(_pair with { Status = RelationshipStatus.Paused }, new SessionSeries(), late).Standing);
        Assert.Equal(RelationshipStanding.NotActive, RelationshipHealth.Assess(_pair with { Status = RelationshipStatus.Ended }, new SessionSeries(), late).Standing);
    }

    [Fact]
    public void An_action_item_is_overdue_from_the_day_after_its_due_day_and_then_the_relationship_cools()
    {
        var met = new DateTimeOffset(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);
        var dueToday = new ActionItem("a", "Send the plan", new DateOnly(2026, 3, 10), "i1");
        var dueYesterday = new ActionItem("b", "Call the vendor", new DateOnly(2026, 3, 9), "i2");
        var dueTomorrow = new ActionItem("a", "Book the room", new DateOnly(2026, 3, 11), "i3");
        var undated = new ActionItem("b", "Think", null, "i4");
        var series = new SessionSeries([Session(met) with { ActionItems = ValueArray.Create(dueToday, dueYesterday, dueTomorrow, undated) }]);

        var health = RelationshipHealth.Assess(_pair, series, new DateTimeOffset(2026, 3, 10, 23, 0, 0, TimeSpan.Zero));

        Assert.Equal([dueYesterday], health.OverdueActions);
        Assert.Equal(RelationshipStanding.Cooling, health.Standing);
        Assert.Equal(RelationshipStanding.OnTrack, RelationshipHealth.Assess(_pair, series, new DateTimeOffset(2026, 3, 9, 23, 0, 0, TimeSpan.Zero)).Standing);
    }

    [Fact]
    public void Time_invested_counts_sessions_started_from_the_start_of_the_period_up_to_but_not_at_its_end()
    {
        var from = new DateTimeOffset(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);
        var to = new DateTimeOffset(2026, 4, 1, 0, 0, 0, TimeSpan.Zero);
        var series = new SessionSeries([Session(from.AddTicks(-1)), Session(from), Session(to.AddTicks(-1)), Session(to)]);

        Assert.Equal(TimeSpan.FromHours(2), RelationshipHealth.Invested(series, from, to));
    }

    private static SessionRecord Session(DateTimeOffset started) =>
        new(_agenda, _pair.Participants, started, started.AddHours(1));
}
