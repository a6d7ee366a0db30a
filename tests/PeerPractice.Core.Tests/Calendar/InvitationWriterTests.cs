using System.Text;
using Microsoft.Extensions.Time.Testing;
using PeerPractice.Agendas;
using PeerPractice.Calendar;
using PeerPractice.Collections;
using PeerPractice.Samples;
using IcalCalendar = Ical.Net.Calendar;

namespace PeerPractice.Core.Tests.Calendar;

public class InvitationWriterTests
{
    private static readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 23, 17, 0, 0, TimeSpan.Zero));
    private static readonly CalendarPerson _organizer = new("Ana Moreno", "ana@northwind.example");
    private static readonly ValueArray<CalendarPerson> _attendees =
        [new("Dev Raman", "dev@contoso.example"), new("Erin Walsh, service desk; \"lead\"", "erin@contoso.example")];

    private static MeetingInvitation Quarterly(string zone = "Europe/Vienna") => new(
        "peer-42@peerpractice.example",
        "Peer brainstorm; quarterly, with coffee",
        "Line one\nLine two: biggest problem, biggest opportunity.",
        "Contoso Care, 1 Harbour Street",
        new DateTimeOffset(2026, 12, 8, 9, 0, 0, TimeSpan.FromHours(1)),
        TimeSpan.FromMinutes(90),
        zone,
        _organizer,
        _attendees,
        new MeetingRecurrence(Cadence.Quarterly, 8));

    [Fact]
    public void Output_parses_back_with_an_independent_parser()
    {
        var text = InvitationWriter.Write(Quarterly(), _time);
        var calendar = IcalCalendar.Load(text)!;
        Assert.Equal("REQUEST", calendar.Method);
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal("peer-42@peerpractice.example", meeting.Uid);
        Assert.Equal("Peer brainstorm; quarterly, with coffee", meeting.Summary);
        Assert.Equal("Line one\nLine two: biggest problem, biggest opportunity.", meeting.Description);
        Assert.Equal("mailto:ana@northwind.example", meeting.Organizer!.Value!.ToString());
        Assert.Equal("Ana Moreno", meeting.Organizer.CommonName);
        Assert.Equal(2, meeting.Attendees.Count);
        Assert.All(meeting.Attendees, a => Assert.True(a.Rsvp));
        Assert.Equal("Erin Walsh, service desk; 'lead'", meeting.Attendees[1].CommonName);
        Assert.Equal("Europe/Vienna", meeting.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 12, 8, 9, 0, 0), meeting.DtStart.Value);
        Assert.Equal(new DateTime(2026, 12, 8, 10, 30, 0), meeting.DtEnd!.Value);
        var rule = meeting.RecurrenceRule!;
        Assert.Equal(Ical.Net.FrequencyType.Monthly, rule.Frequency);
        Assert.Equal(3, rule.Interval);
        Assert.Equal(8, rule.Count);
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal("Europe/Vienna", zone.TzId);
    }

    [Fact]
    public void Quarterly_cadence_keeps_the_weekday_of_the_month()
    {
        var text = InvitationWriter.Write(Quarterly(), _time);
        // 8 December 2026 is the second Tuesday.
        Assert.Contains("RRULE:FREQ=MONTHLY;INTERVAL=3;BYDAY=2TU;COUNT=8\r\n", text);
        var monthly = Quarterly() with { Recurrence = new MeetingRecurrence(Cadence.Monthly, null, MonthlyPattern.SameDate) };
        Assert.Contains("RRULE:FREQ=MONTHLY;INTERVAL=1;BYMONTHDAY=8\r\n", InvitationWriter.Write(monthly, _time));
    }

    [Fact]
    public void Every_recipient_is_an_attendee_asked_to_reply_and_the_organizer_is_set()
    {
        var text = Unfold(InvitationWriter.Write(Quarterly(), _time));
        Assert.Contains("METHOD:REQUEST\r\n", text);
        Assert.Contains("ORGANIZER;CN=\"Ana Moreno\":mailto:ana@northwind.example\r\n", text);
        Assert.Contains("ATTENDEE;CN=\"Dev Raman\";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE:mailto:dev@contoso.example\r\n", text);
        Assert.Contains("DTSTAMP:20261123T170000Z\r\n", text);
    }

    [Fact]
    public void Lines_are_crlf_and_folded_at_75_octets_without_splitting_characters()
    {
        var invitation = Quarterly() with { Description = string.Concat(Enumerable.Repeat("Grüße aus Wien, 東京 und 🎉 ", 12)) };
        var text = InvitationWriter.Write(invitation, _time);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        foreach (var line in text.Split("\r\n"))
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"{Encoding.UTF8.GetByteCount(line)} octets: {line}");
        }

        Assert.DoesNotContain('\uFFFD', text);
        var parsed = IcalCalendar.Load(text)!;
        Assert.Equal(invitation.Description, parsed.Events.Single().Description);
    }

    [Theory]
    [InlineData("Europe/Vienna", 3, 10, "-1SU", "-1SU")]
    [InlineData("America/New_York", 3, 11, "2SU", "1SU")]
    [InlineData("Australia/Sydney", 10, 4, "1SU", "1SU")]
    public void Vtimezone_rules_match_the_zone_for_years_ahead(string zoneId, int daylightMonth, int standardMonth, string daylightDay, string standardDay)
    {
        var text = InvitationWriter.Write(Quarterly(zoneId), _time);
        var calendar = IcalCalendar.Load(text)!;
        var zone = Assert.Single(calendar.TimeZones);
        Assert.Equal(zoneId, zone.TzId);
        var observances = zone.TimeZoneInfos.ToList();
        var daylight = observances.Single(o => o.Name == "DAYLIGHT");
        var standard = observances.Single(o => o.Name == "STANDARD");
        Assert.Contains($"RRULE:FREQ=YEARLY;BYMONTH={daylightMonth};BYDAY={daylightDay}\r\n", text);
        Assert.Contains($"RRULE:FREQ=YEARLY;BYMONTH={standardMonth};BYDAY={standardDay}\r\n", text);

        // The rules, applied to later years, land where the machine's tzdata says the offset changes.
        var system = TimeZoneInfo.FindSystemTimeZoneById(zoneId);
        foreach (var year in new[] { 2027, 2028, 2030 })
        {
            foreach (var (observance, month, day) in new[] { (daylight, daylightMonth, daylightDay), (standard, standardMonth, standardDay) })
            {
                var onsetDate = NthWeekday(year, month, day);
                var onsetLocal = onsetDate.ToDateTime(TimeOnly.FromDateTime(observance.Start!.Value));
                var before = new DateTimeOffset(onsetLocal, observance.OffsetFrom!.Offset).AddMinutes(-1);
                var after = new DateTimeOffset(onsetLocal, observance.OffsetFrom.Offset).AddMinutes(1);
                Assert.Equal(observance.OffsetFrom.Offset, system.GetUtcOffset(before));
                Assert.Equal(observance.OffsetTo!.Offset, system.GetUtcOffset(after));
            }
        }
    }

    [Fact]
    public void Zone_without_daylight_saving_gets_one_standard_observance()
    {
        var text = InvitationWriter.Write(Quarterly("Asia/Tokyo"), _time);
        var zone = Assert.Single(IcalCalendar.Load(text)!.TimeZones);
        var only = Assert.Single(zone.TimeZoneInfos);
        Assert.Equal("STANDARD", only.Name);
        Assert.Equal(TimeSpan.FromHours(9), only.OffsetTo!.Offset);
    }

    [Fact]
    public void Every_zone_used_gets_one_vtimezone()
    {
        var vienna = Quarterly();
        var newYork = Quarterly("America/New_York") with { Uid = "other@peerpractice.example" };
        var again = Quarterly() with { Uid = "third@peerpractice.example" };
        var calendar = IcalCalendar.Load(InvitationWriter.Write([vienna, newYork, again], _time))!;
        Assert.Equal(["America/New_York", "Europe/Vienna"], calendar.TimeZones.Select(z => z.TzId ?? "").Order().ToArray());
        Assert.Equal(3, calendar.Events.Count);
    }

    [Fact]
    public void Invalid_invitations_are_refused()
    {
        Assert.Throws<ArgumentException>(() => InvitationWriter.Write(Quarterly() with { Attendees = [] }, _time));
        Assert.Throws<ArgumentException>(() => InvitationWriter.Write([Quarterly(), Quarterly()], _time));
        Assert.Throws<ArgumentException>(() => InvitationWriter.Write(Quarterly() with { Recurrence = new MeetingRecurrence(new Cadence(1, 3), null) }, _time));
        Assert.Throws<TimeZoneNotFoundException>(() => InvitationWriter.Write(Quarterly("Mars/Olympus_Mons"), _time));
    }

    [Fact]
    public void Next_meeting_invitation_recurs_at_the_agenda_cadence()
    {
        var invitation = Invitations.ForNextMeeting(SampleDocuments.Session, "Europe/Vienna", _organizer, _attendees, "peerpractice.example");
        var text = InvitationWriter.Write(invitation, _time);
        var meeting = IcalCalendar.Load(text)!.Events.Single();
        Assert.Equal(new DateTime(2027, 1, 8, 9, 0, 0), meeting.DtStart!.Value);
        Assert.Equal(Ical.Net.FrequencyType.Monthly, meeting.RecurrenceRule!.Frequency);
        Assert.Equal(12, meeting.RecurrenceRule!.Count);
    }

    [Fact]
    public void Visit_invitation_uses_the_host_zone_and_visit_length()
    {
        var invitation = Invitations.ForVisit(SampleDocuments.VisitPlan, _organizer, _attendees, "peerpractice.example");
        var meeting = IcalCalendar.Load(InvitationWriter.Write(invitation, _time))!.Events.Single();
        Assert.Equal("Europe/Vienna", meeting.DtStart!.TzId);
        Assert.Equal(new DateTime(2026, 12, 8, 12, 15, 0), meeting.DtEnd!.Value);
    }

    private static DateOnly NthWeekday(int year, int month, string byDay)
    {
        var ordinal = int.Parse(byDay[..^2]);
        if (ordinal > 0)
        {
            var first = new DateOnly(year, month, 1);
            while (first.DayOfWeek != DayOfWeek.Sunday)
            {
                first = first.AddDays(1);
            }

            return first.AddDays(7 * (ordinal - 1));
        }

        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        while (last.DayOfWeek != DayOfWeek.Sunday)
        {
            last = last.AddDays(-1);
        }

        return last;
    }

    private static string Unfold(string text) => text.Replace("\r\n ", "");
}
