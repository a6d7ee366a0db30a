using System.Globalization;
using Microsoft.Extensions.Time.Testing;
using PeerPractice.Agendas;
using PeerPractice.Breakfasts;
using PeerPractice.Calendar;
using PeerPractice.Collections;
using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Calendar;

/// <summary>
/// The exact lines an invitation carries where a mail client reads them: recurrence rules for every
/// cadence, escaped text, time zone observances, and the refusals of invitations a client could not use.
/// </summary>
public class InvitationRulesTests
{
    private static readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));
    private static readonly CalendarPerson _organizer = new("Ana Moreno", "ana@northwind.example");
    private static readonly ValueArray<CalendarPerson> _attendees = [new("Dev Raman", "dev@contoso.example")];

    public static TheoryData<int, int, int, int, int> Reaches => new()
    {
        // start year, cadence months, cadence days, count, last year the zone data must cover
        { 2016, 0, 14, 27, 2017 },  // 26 steps of 14 days: 364 days, within a year
        { 2016, 0, 14, 28, 2018 },  // 27 steps: 378 days, into a second year
        { 2016, 1, 0, 12, 2017 },   // 11 months of at most 31 days
        { 2012, 1, 0, 200, 2022 },  // more than ten years: ten at most
    };

    [Theory]
    [MemberData(nameof(Reaches))]
    public void The_zone_data_reaches_from_the_year_before_the_first_meeting_to_the_year_of_the_last(int year, int months, int days, int count, int lastYear)
    {
        var start = new DateTimeOffset(year, 6, 1, 9, 0, 0, TimeSpan.FromHours(-3));
        var observances = Observances(Write(Meeting(start, "America/Sao_Paulo", new MeetingRecurrence(new Cadence(months, days), count))));
        Assert.Equal(SaoPauloChanges(year - 1, lastYear), observances);
    }

    [Fact]
    public void Two_meetings_in_one_zone_share_zone_data_reaching_from_the_earlier_to_the_later()
    {
        var early = Meeting(new DateTimeOffset(2016, 6, 1, 9, 0, 0, TimeSpan.FromHours(-3)), "America/Sao_Paulo");
        var late = Meeting(new DateTimeOffset(2018, 6, 1, 9, 0, 0, TimeSpan.FromHours(-3)), "America/Sao_Paulo") with { Uid = "meeting-2@peerpractice.example" };
        var text = InvitationWriter.Write([late, early], _time).Replace("\r\n ", "");
        Assert.Equal(SaoPauloChanges(2015, 2018), Observances(text));
    }

    /// <summary>Every offset change São Paulo made from 1 January of one year to the end of another, read from the system's zone data.</summary>
    private static List<(string, string, string, string, string?)> SaoPauloChanges(int fromYear, int toYear)
    {
        var system = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");
        var expected = new List<(string, string, string, string, string?)>();
        var offset = system.GetUtcOffset(new DateTime(fromYear, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        for (var minute = new DateTime(fromYear, 1, 1, 0, 0, 0, DateTimeKind.Utc); minute < new DateTime(toYear + 1, 1, 1, 0, 0, 0, DateTimeKind.Utc); minute = minute.AddMinutes(30))
        {
            var next = system.GetUtcOffset(minute);
            if (next != offset)
            {
                var local = minute + offset;
                expected.Add((next > offset ? "DAYLIGHT" : "STANDARD", local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture), Offset(offset), Offset(next), null));
                offset = next;
            }
        }

        return expected;
    }

    private static MeetingInvitation Meeting(DateTimeOffset start, string zone = "Europe/Vienna", MeetingRecurrence? recurrence = null) => new(
        "meeting-1@peerpractice.example",
        "Peer call",
        "",
        "",
        start,
        TimeSpan.FromHours(1),
        zone,
        _organizer,
        _attendees,
        recurrence);

    private static string Write(MeetingInvitation invitation) => InvitationWriter.Write(invitation, _time).Replace("\r\n ", "");

    private static string Rule(MeetingInvitation invitation) =>
        Write(invitation).Split("\r\n").Single(l => l.StartsWith("RRULE:FREQ=", StringComparison.Ordinal) && !l.Contains("YEARLY", StringComparison.Ordinal));

    private static readonly DateTimeOffset _tuesday = new(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(1));

    [Theory]
    [InlineData(0, 14, 6, "RRULE:FREQ=WEEKLY;INTERVAL=2;COUNT=6")]
    [InlineData(0, 7, 3, "RRULE:FREQ=WEEKLY;INTERVAL=1;COUNT=3")]
    [InlineData(0, 10, 4, "RRULE:FREQ=DAILY;INTERVAL=10;COUNT=4")]
    [InlineData(0, 1, 2, "RRULE:FREQ=DAILY;INTERVAL=1;COUNT=2")]
    [InlineData(2, 0, 5, "RRULE:FREQ=MONTHLY;INTERVAL=2;BYDAY=2TU;COUNT=5")]
    public void Whole_weeks_recur_weekly_other_days_daily_and_months_monthly(int months, int days, int count, string expected)
    {
        var invitation = Meeting(_tuesday, recurrence: new MeetingRecurrence(new Cadence(months, days), count));
        Assert.Equal(expected, Rule(invitation));
    }

    [Fact]
    public void A_recurrence_without_a_count_has_no_end()
    {
        var invitation = Meeting(_tuesday, recurrence: new MeetingRecurrence(new Cadence(0, 14), null));
        Assert.Equal("RRULE:FREQ=WEEKLY;INTERVAL=2", Rule(invitation));
    }

    [Fact]
    public void A_single_meeting_has_no_recurrence_rule_outside_its_time_zone()
    {
        var text = Write(Meeting(_tuesday));
        var eventPart = text[text.IndexOf("BEGIN:VEVENT", StringComparison.Ordinal)..];
        Assert.DoesNotContain("RRULE", eventPart);
    }

    [Theory]
    [InlineData(7, "1MO")]
    [InlineData(8, "2TU")]
    [InlineData(16, "3WE")]
    [InlineData(24, "4TH")]
    [InlineData(25, "-1FR")]
    [InlineData(19, "3SA")]
    [InlineData(27, "-1SU")]
    public void A_monthly_meeting_keeps_its_weekday_and_its_week_with_the_last_seven_days_as_the_last_week(int day, string byDay)
    {
        // December 2026: the 7th is a Monday; the 24th is the fourth Thursday, the 25th falls in the last seven days.
        var start = new DateTimeOffset(2026, 12, day, 9, 0, 0, TimeSpan.FromHours(1));
        var invitation = Meeting(start, recurrence: new MeetingRecurrence(Cadence.Monthly, 3));
        Assert.Equal($"RRULE:FREQ=MONTHLY;INTERVAL=1;BYDAY={byDay};COUNT=3", Rule(invitation));
    }

    [Theory]
    [InlineData(0, 0)]
    [InlineData(1, 3)]
    [InlineData(0, -7)]
    public void A_cadence_that_is_empty_or_mixes_months_and_days_is_refused_with_its_spelling(int months, int days)
    {
        var cadence = new Cadence(months, days);
        var error = Assert.Throws<ArgumentException>(() => Write(Meeting(_tuesday, recurrence: new MeetingRecurrence(cadence, 3))));
        Assert.Contains($"Cadence {cadence} mixes months and days, or is empty", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invitations_a_client_cannot_use_are_refused_with_the_reason_and_the_uid()
    {
        var good = Meeting(_tuesday);
        Assert.Contains("needs a positive duration", Assert.Throws<ArgumentException>(() => Write(good with { Duration = TimeSpan.Zero })).Message, StringComparison.Ordinal);
        Assert.Contains("'meeting-1@peerpractice.example' recurs a non-positive number of times", Assert.Throws<ArgumentException>(() => Write(good with { Recurrence = new MeetingRecurrence(Cadence.Monthly, 0) })).Message, StringComparison.Ordinal);
        Assert.Contains("'meeting-1@peerpractice.example' has no attendees", Assert.Throws<ArgumentException>(() => Write(good with { Attendees = [] })).Message, StringComparison.Ordinal);
        Assert.Contains("its own non-empty uid", Assert.Throws<ArgumentException>(() => Write(good with { Uid = " " })).Message, StringComparison.Ordinal);
        Assert.Contains("at least one invitation", Assert.Throws<ArgumentException>(() => InvitationWriter.Write([], _time)).Message, StringComparison.Ordinal);

        // One meeting of a count of one is fine: only zero or less is refused.
        Assert.Contains("COUNT=1", Write(good with { Recurrence = new MeetingRecurrence(Cadence.Monthly, 1) }), StringComparison.Ordinal);
        Assert.Contains("DTEND;TZID=Europe/Vienna:20261208T090001", Write(good with { Duration = TimeSpan.FromSeconds(1) }), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_is_escaped_and_a_blank_description_or_location_is_left_out()
    {
        var invitation = Meeting(_tuesday) with { Summary = @"A\B; C, D", Description = "one\r\ntwo\nthree\rfour" };
        var lines = Write(invitation).Split("\r\n");
        Assert.Contains(@"SUMMARY:A\\B\; C\, D", lines);
        Assert.Contains(@"DESCRIPTION:one\ntwo\nthreefour", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("LOCATION", StringComparison.Ordinal));

        var bare = Write(Meeting(_tuesday)).Split("\r\n");
        Assert.DoesNotContain(bare, l => l.StartsWith("DESCRIPTION", StringComparison.Ordinal));
        Assert.Contains("LOCATION:Room 2\\, floor 3", Write(Meeting(_tuesday) with { Location = "Room 2, floor 3" }).Split("\r\n"));
    }

    [Fact]
    public void A_line_of_exactly_75_octets_stays_whole_and_one_more_octet_folds_it_after_75()
    {
        var exact = InvitationWriter.Write(Meeting(_tuesday) with { Summary = new string('a', 75 - "SUMMARY:".Length) }, _time);
        Assert.Contains("\r\nSUMMARY:" + new string('a', 67) + "\r\nORGANIZER", exact, StringComparison.Ordinal);

        var longer = InvitationWriter.Write(Meeting(_tuesday) with { Summary = new string('a', 68) }, _time);
        Assert.Contains("\r\nSUMMARY:" + new string('a', 67) + "\r\n a\r\nORGANIZER", longer, StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_ending_in_half_a_surrogate_pair_is_written_not_thrown()
    {
        var text = InvitationWriter.Write(Meeting(_tuesday) with { Summary = "Party \uD83C" }, _time);
        Assert.Contains("\r\nSUMMARY:Party \uD83C\r\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_name_with_line_breaks_or_double_quotes_stays_one_quoted_parameter()
    {
        var invitation = Meeting(_tuesday) with { Organizer = new CalendarPerson("Ana\r\nMoreno \"chair\"", "ana@northwind.example") };
        Assert.Contains("ORGANIZER;CN=\"Ana Moreno 'chair'\":mailto:ana@northwind.example", Write(invitation).Split("\r\n"));
    }

    [Fact]
    public void The_event_carries_the_sequence_status_and_busy_time_clients_need_for_updates()
    {
        var lines = Write(Meeting(_tuesday) with { Sequence = 3 }).Split("\r\n");
        var eventLines = lines.SkipWhile(l => l != "BEGIN:VEVENT").ToArray();
        Assert.Equal(
            [
                "BEGIN:VEVENT",
                "UID:meeting-1@peerpractice.example",
                "DTSTAMP:20261123T170000Z",
                "SEQUENCE:3",
                "DTSTART;TZID=Europe/Vienna:20261208T090000",
                "DTEND;TZID=Europe/Vienna:20261208T100000",
                "SUMMARY:Peer call",
                "ORGANIZER;CN=\"Ana Moreno\":mailto:ana@northwind.example",
                "ATTENDEE;CN=\"Dev Raman\";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dev@contoso.example",
                "STATUS:CONFIRMED",
                "TRANSP:OPAQUE",
                "END:VEVENT",
                "END:VCALENDAR",
                "",
            ],
            eventLines);
        Assert.Equal(["BEGIN:VCALENDAR", "PRODID:-//PeerPractice//PeerPractice.Core//EN", "VERSION:2.0", "CALSCALE:GREGORIAN", "METHOD:REQUEST", "BEGIN:VTIMEZONE"], lines[..6]);
    }

    [Fact]
    public void A_zone_west_of_greenwich_writes_negative_offsets_and_its_first_onsets_precede_the_first_meeting()
    {
        var text = Write(Meeting(new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(-5)), "America/New_York"));
        var zone = Observances(text);
        Assert.Equal(
            [
                ("DAYLIGHT", "20250309T020000", "-0500", "-0400", "FREQ=YEARLY;BYMONTH=3;BYDAY=2SU"),
                ("STANDARD", "20251102T020000", "-0400", "-0500", "FREQ=YEARLY;BYMONTH=11;BYDAY=1SU"),
            ],
            zone);
    }

    [Theory]
    [InlineData("Asia/Kolkata", "+0530")]
    [InlineData("Asia/Tokyo", "+0900")]
    [InlineData("Etc/UTC", "+0000")]
    [InlineData("America/Panama", "-0500")]
    public void A_zone_without_daylight_saving_is_one_standard_observance_at_its_offset(string zoneId, string offset)
    {
        Assert.Equal([("STANDARD", "19700101T000000", offset, offset, (string?)null)], Observances(Write(Meeting(_tuesday, zoneId))));
    }

    [Fact]
    public void A_zone_whose_changes_follow_no_yearly_rule_lists_every_change_where_the_zone_makes_it()
    {
        // São Paulo moved the start of daylight saving time in 2018 and dropped it in 2019.
        var start = new DateTimeOffset(2017, 6, 1, 9, 0, 0, TimeSpan.FromHours(-3));
        var text = Write(Meeting(start, "America/Sao_Paulo", new MeetingRecurrence(Cadence.Monthly, 13)));
        var observances = Observances(text);
        Assert.All(observances, o => Assert.Null(o.Rule));
        var system = TimeZoneInfo.FindSystemTimeZoneById("America/Sao_Paulo");
        var expected = new List<(string, string, string, string, string?)>();
        var offset = system.GetUtcOffset(new DateTime(2016, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        for (var minute = new DateTime(2016, 1, 1, 0, 0, 0, DateTimeKind.Utc); minute < new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc); minute = minute.AddMinutes(30))
        {
            var next = system.GetUtcOffset(minute);
            if (next != offset)
            {
                // Changes fall on the hour here, so half-hour steps find the exact minute.
                var local = minute + offset;
                expected.Add((next > offset ? "DAYLIGHT" : "STANDARD", local.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture), Offset(offset), Offset(next), null));
                offset = next;
            }
        }

        Assert.True(expected.Count >= 5, $"tzdata lists {expected.Count} changes for São Paulo in 2016 to 2019");
        Assert.Equal(expected, observances);
    }

    [Fact]
    public void A_breakfast_invitation_is_held_in_the_breakfast_zone_for_its_length()
    {
        var breakfast = new BreakfastEvent(
            "cio-breakfast-march", "CIO breakfast", new DateTimeOffset(2027, 3, 4, 8, 0, 0, TimeSpan.FromHours(1)), TimeSpan.FromHours(2),
            "Europe/Vienna", "Café Central", [], ["dev"]);
        var invitation = Invitations.ForBreakfast(breakfast, _organizer, _attendees, "peers.example.org");
        Assert.Equal("cio-breakfast-march@peers.example.org", invitation.Uid);
        Assert.Equal("CIO breakfast", invitation.Summary);
        Assert.Equal("Café Central", invitation.Location);
        Assert.Equal(TimeSpan.FromHours(2), invitation.Duration);
        Assert.Equal("Europe/Vienna", invitation.TimeZoneId);
        Assert.Null(invitation.Recurrence);
        Assert.Contains("no hidden agenda", invitation.Description, StringComparison.Ordinal);
        var lines = Write(invitation).Split("\r\n");
        Assert.Contains("DTEND;TZID=Europe/Vienna:20270304T100000", lines);
    }

    [Fact]
    public void A_visit_and_a_next_meeting_say_who_meets_and_fall_back_to_a_default_length()
    {
        var visit = Invitations.ForVisit(SampleDocuments.VisitPlan, _organizer, _attendees, "peerpractice.example");
        Assert.Equal(SampleDocuments.VisitPlan.Id + "@peerpractice.example", visit.Uid);
        Assert.Equal($"{SampleDocuments.VisitPlan.VisitorOrganization} visits {SampleDocuments.VisitPlan.HostOrganization}.", visit.Description);
        Assert.Equal(SampleDocuments.VisitPlan.Location, visit.Location);

        var unplanned = SampleDocuments.VisitPlan with { Slots = [] };
        Assert.Equal(TimeSpan.FromHours(3), Invitations.ForVisit(unplanned, _organizer, _attendees, "peerpractice.example").Duration);

        var record = SampleDocuments.Session;
        var next = Invitations.ForNextMeeting(record, "Europe/Vienna", _organizer, _attendees, "peerpractice.example", occurrences: null);
        Assert.Equal($"{record.Agenda.Id}-{record.NextMeeting!.Value.UtcDateTime:yyyyMMdd'T'HHmm}@peerpractice.example", next.Uid);
        Assert.Equal(record.Agenda.Title, next.Summary);
        Assert.Null(next.Recurrence!.Count);

        var noNext = record with { NextMeeting = null };
        var error = Assert.Throws<ArgumentException>(() => Invitations.ForNextMeeting(noNext, "Europe/Vienna", _organizer, _attendees, "peerpractice.example"));
        Assert.Contains("no next meeting", error.Message, StringComparison.Ordinal);

        var noCadence = record with { Agenda = record.Agenda with { Cadence = null, Duration = null } };
        var single = Invitations.ForNextMeeting(noCadence, "Europe/Vienna", _organizer, _attendees, "peerpractice.example");
        Assert.Null(single.Recurrence);
        Assert.Equal(record.Duration > TimeSpan.Zero ? record.Duration : TimeSpan.FromHours(1), single.Duration);
    }

    [Fact]
    public void A_next_meeting_lasts_as_the_agenda_says_else_as_the_session_did_else_an_hour_and_has_no_location()
    {
        var record = SampleDocuments.Session;
        var planned = record with { Agenda = record.Agenda with { Duration = TimeSpan.FromMinutes(75) }, Ended = record.Started + TimeSpan.FromMinutes(40) };
        var invitation = Invitations.ForNextMeeting(planned, "Europe/Vienna", _organizer, _attendees, "peerpractice.example");
        Assert.Equal(TimeSpan.FromMinutes(75), invitation.Duration);
        Assert.Equal((planned.Agenda.Summary, string.Empty), (invitation.Description, invitation.Location));

        var unplanned = planned with { Agenda = planned.Agenda with { Duration = null } };
        Assert.Equal(TimeSpan.FromMinutes(40), Invitations.ForNextMeeting(unplanned, "Europe/Vienna", _organizer, _attendees, "peerpractice.example").Duration);
        var instant = unplanned with { Ended = unplanned.Started };
        Assert.Equal(TimeSpan.FromHours(1), Invitations.ForNextMeeting(instant, "Europe/Vienna", _organizer, _attendees, "peerpractice.example").Duration);
    }

    [Fact]
    public void A_relationship_invitation_recurs_at_its_cadence_in_the_first_members_zone_for_the_agendas_length()
    {
        var start = new DateTimeOffset(2027, 1, 8, 9, 0, 0, TimeSpan.FromHours(1));
        var relationship = new PeerPractice.Sessions.Relationship(
            "rel-7",
            [new("a", "Ana", "Northwind") { TimeZoneId = "Europe/Vienna" }, new("d", "Dev", "Contoso") { TimeZoneId = "America/New_York" }],
            AgendaLibrary.PeerBrainstorm,
            Cadence.Quarterly,
            start);
        var agenda = AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm) with { Duration = TimeSpan.FromMinutes(50) };

        var invitation = Invitations.ForRelationship(relationship, agenda, start, _organizer, _attendees, "peerpractice.example", occurrences: 4);
        Assert.Equal("rel-7-20270108T0800@peerpractice.example", invitation.Uid);
        Assert.Equal((agenda.Title, agenda.Summary, string.Empty), (invitation.Summary, invitation.Description, invitation.Location));
        Assert.Equal((start, TimeSpan.FromMinutes(50), "Europe/Vienna"), (invitation.Start, invitation.Duration, invitation.TimeZoneId));
        Assert.Equal(new MeetingRecurrence(Cadence.Quarterly, 4), invitation.Recurrence);
        Assert.Equal(_attendees, invitation.Attendees);

        var open = Invitations.ForRelationship(relationship, agenda with { Duration = null }, start, _organizer, _attendees, "peerpractice.example");
        Assert.Equal(TimeSpan.FromHours(1), open.Duration);
        Assert.Equal(new MeetingRecurrence(Cadence.Quarterly, 12), open.Recurrence);
    }

    private static List<(string Kind, string Start, string From, string To, string? Rule)> Observances(string text)
    {
        var lines = text.Split("\r\n");
        var found = new List<(string, string, string, string, string?)>();
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] is "BEGIN:DAYLIGHT" or "BEGIN:STANDARD")
            {
                var kind = lines[i]["BEGIN:".Length..];
                var body = lines.Skip(i + 1).TakeWhile(l => l != "END:" + kind).ToArray();
                string Value(string name) => body.Single(l => l.StartsWith(name + ":", StringComparison.Ordinal))[(name.Length + 1)..];
                var rule = body.SingleOrDefault(l => l.StartsWith("RRULE:", StringComparison.Ordinal))?["RRULE:".Length..];
                found.Add((kind, Value("DTSTART"), Value("TZOFFSETFROM"), Value("TZOFFSETTO"), rule));
            }
        }

        return found;
    }

    private static string Offset(TimeSpan offset) =>
        (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString("hhmm", CultureInfo.InvariantCulture);

    [Fact]
    public void A_fold_falls_before_a_four_octet_character_and_never_between_its_two_halves()
    {
        // "SUMMARY:ab" is 10 octets; 16 party poppers of 4 octets make 74, so the 17th starts the next line.
        // Counting each half alone (3 octets for a lone surrogate) would fold between the halves of the 11th.
        var party = "\uD83C\uDF89";
        var text = InvitationWriter.Write(Meeting(_tuesday) with { Summary = "ab" + string.Concat(Enumerable.Repeat(party, 30)) }, _time);
        Assert.Contains(
            "\r\nSUMMARY:ab" + string.Concat(Enumerable.Repeat(party, 16)) + "\r\n " + string.Concat(Enumerable.Repeat(party, 14)) + "\r\n",
            text,
            StringComparison.Ordinal);
    }
}
