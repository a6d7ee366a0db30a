using Microsoft.Extensions.Time.Testing;
using PeerPractice.Agendas;
using PeerPractice.Calendar;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Lifecycle;

public sealed class RelationshipTests : IDisposable
{
    private static readonly DateTimeOffset _start = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _clock = new(_start);
    private readonly InMemorySessionStore _store = new();

    public void Dispose() => _store.Dispose();

    private static Relationship Pair(string id) => new(
        id,
        [
            new RelationshipMember("ana", "Ana", "Acme") { TimeZoneId = "America/New_York", WorkdayStartHour = 9, WorkdayEndHour = 17 },
            new RelationshipMember("ben", "Ben", "Borealis") { TimeZoneId = "Europe/Berlin", WorkdayStartHour = 8, WorkdayEndHour = 18 },
        ],
        AgendaLibrary.PeerBrainstorm,
        Cadence.Monthly,
        _start);

    [Fact]
    public void A_relationship_that_is_not_active_starts_no_session()
    {
        var agenda = AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm);

        var paused = RelationshipSeries.PlanNext(Pair("r1") with { Status = RelationshipStatus.Paused }, new SessionSeries(), agenda);
        var wrongAgenda = RelationshipSeries.PlanNext(Pair("r1"), new SessionSeries(), AgendaLibrary.Get(AgendaLibrary.FirstCoffee));

        Assert.False(paused.CanStart);
        Assert.Equal("Relationship 'r1' is paused, not active: no session starts until it is active again.", paused.Refusal);
        Assert.Contains("runs agenda 'peer-brainstorm', not 'first-coffee'", wrongAgenda.Refusal, StringComparison.Ordinal);
        Assert.True(RelationshipSeries.PlanNext(Pair("r1"), new SessionSeries(), agenda).CanStart);
    }

    [Fact]
    public void In_person_quarterly_meetings_alternate_the_host_organization()
    {
        var agenda = AgendaLibrary.Get(AgendaLibrary.QuarterlyDeepDive);
        var relationship = Pair("r1") with { AgendaId = agenda.Id, Cadence = Cadence.Quarterly, InPerson = true };
        var series = new SessionSeries();
        var hosts = new List<string?>();
        for (var i = 0; i < 4; i++)
        {
            var plan = RelationshipSeries.PlanNext(relationship, series, agenda);
            hosts.Add(plan.HostOrganization);
            using var session = AgendaSession.Create(agenda, plan.Participants, _clock, plan.Options with { EnableTimers = false });
            session.Abandon();
            series.Record(session);
        }

        Assert.Equal(["Acme", "Borealis", "Acme", "Borealis"], hosts);
        Assert.Equal([("ana", "host"), ("ben", "visitor")], RelationshipSeries.PlanNext(relationship, series, agenda).Participants.Select(p => (p.Id, p.Role)));
        Assert.Null(RelationshipSeries.PlanNext(Pair("r1"), new SessionSeries(), AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm)).HostOrganization);
    }

    [Fact]
    public void The_next_meeting_falls_in_both_members_working_hours_and_recurs_at_the_cadence()
    {
        var relationship = Pair("r1");
        var health = RelationshipHealth.Assess(relationship, new SessionSeries(), _start);
        Assert.Equal(RelationshipStanding.OnTrack, health.Standing);
        Assert.Equal(_start.AddMonths(1), health.DueBy);

        var next = RelationshipSchedule.SuggestNext(relationship, health, _start, TimeSpan.FromMinutes(105));

        // Due Wednesday 2 December 09:00 UTC; 09:00 in New York is 14:00 UTC, when Berlin (15:00) still has 3 hours.
        Assert.Equal(new DateTimeOffset(2026, 12, 2, 14, 0, 0, TimeSpan.Zero), next);
        var invitation = Invitations.ForRelationship(relationship, AgendaLibrary.Get(relationship.AgendaId), next!.Value, new CalendarPerson("Ana", "ana@acme.example"), [new CalendarPerson("Ben", "ben@borealis.example")], "peers.example.org");
        var ics = InvitationWriter.Write(invitation, _clock);
        Assert.Contains("RRULE:FREQ=MONTHLY", ics, StringComparison.Ordinal);
        Assert.Contains("DTSTART;TZID=America/New_York:20261202T090000", ics, StringComparison.Ordinal);

        var apart = relationship with { Members = [relationship.Members[0], relationship.Members[1] with { TimeZoneId = "Asia/Tokyo", WorkdayStartHour = 9, WorkdayEndHour = 12 }] };
        Assert.Null(RelationshipSchedule.SuggestNext(apart, health, _start, TimeSpan.FromHours(2)));
    }

    [Fact]
    public void Time_invested_adds_up_per_relationship_and_per_member_over_a_period()
    {
        var agenda = AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm);
        var series = new SessionSeries();
        foreach (var minutes in new[] { 60, 90 })
        {
            using var session = AgendaSession.Create(agenda, Pair("r1").Participants, _clock, new SessionOptions { EnableTimers = false });
            _clock.Advance(TimeSpan.FromMinutes(minutes));
            session.Abandon();
            series.Record(session);
            _clock.Advance(TimeSpan.FromDays(30));
        }

        var year = (From: _start, To: _start.AddYears(1));
        Assert.Equal(TimeSpan.FromMinutes(150), RelationshipHealth.Invested(series, year.From, year.To));
        Assert.Equal(TimeSpan.FromMinutes(60), RelationshipHealth.Invested(series, year.From, _start.AddDays(20)));
        var perMember = RelationshipHealth.InvestedPerMember([(Pair("r1"), series), (Pair("r2") with { Members = [new RelationshipMember("ana", "Ana", "Acme"), new RelationshipMember("cy", "Cy", "Cobalt")] }, series)], year.From, year.To);
        Assert.Equal([("ana", 300), ("ben", 150), ("cy", 150)], perMember.Select(p => (p.Key, (int)p.Value.TotalMinutes)));
    }
}
