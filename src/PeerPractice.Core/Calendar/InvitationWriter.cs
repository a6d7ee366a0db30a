using System;
using System.Collections.Generic;
using System.Globalization;

namespace PeerPractice.Calendar;

/// <summary>
/// Writes meeting invitations as iCalendar (RFC 5545) text that mail clients treat as a real
/// invitation (<c>METHOD:REQUEST</c>, organizer, every recipient as an attendee asked to reply),
/// with a <c>VTIMEZONE</c> for every zone used and an <c>RRULE</c> for a recurring cadence.
/// </summary>
public static class InvitationWriter
{
    private const string ProductId = "-//PeerPractice//PeerPractice.Core//EN";

    /// <summary>Writes one invitation.</summary>
    /// <param name="invitation">The meeting.</param>
    /// <param name="time">Stamps the message (<c>DTSTAMP</c>).</param>
    /// <returns>The <c>.ics</c> text, CRLF line endings.</returns>
    public static string Write(MeetingInvitation invitation, TimeProvider time) => Write([invitation], time);

    /// <summary>Writes several invitations into one calendar object, each zone's <c>VTIMEZONE</c> once.</summary>
    /// <param name="invitations">The meetings; their <see cref="MeetingInvitation.Uid"/>s must differ.</param>
    /// <param name="time">Stamps the message (<c>DTSTAMP</c>).</param>
    /// <exception cref="ArgumentException">No invitations, a repeated uid, an unknown zone, no attendees, or a cadence that mixes months and days.</exception>
    /// <exception cref="TimeZoneNotFoundException">A zone id this machine does not know.</exception>
    public static string Write(IReadOnlyList<MeetingInvitation> invitations, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(invitations);
        ArgumentNullException.ThrowIfNull(time);
        if (invitations.Count == 0)
        {
            throw new ArgumentException("Nothing to write: give at least one invitation.", nameof(invitations));
        }

        var zones = new SortedDictionary<string, (TimeZoneInfo Zone, int FirstYear, int LastYear)>(StringComparer.Ordinal);
        var uids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var invitation in invitations)
        {
            Validate(invitation, uids);
            var zone = TimeZoneInfo.FindSystemTimeZoneById(invitation.TimeZoneId);
            var first = TimeZoneInfo.ConvertTime(invitation.Start, zone).Year;
            var last = first + YearsSpanned(invitation.Recurrence);
            zones[invitation.TimeZoneId] = zones.TryGetValue(invitation.TimeZoneId, out var known)
                ? (zone, Math.Min(known.FirstYear, first), Math.Max(known.LastYear, last))
                : (zone, first, last);
        }

        var writer = new ContentLineWriter();
        writer.Line("BEGIN", "VCALENDAR");
        writer.Line("PRODID", ProductId);
        writer.Line("VERSION", "2.0");
        writer.Line("CALSCALE", "GREGORIAN");
        writer.Line("METHOD", "REQUEST");
        foreach (var (id, entry) in zones)
        {
            TimeZoneComponent.Write(writer, entry.Zone, id, entry.FirstYear, entry.LastYear);
        }

        var stamp = Utc(time.GetUtcNow());
        foreach (var invitation in invitations)
        {
            WriteEvent(writer, invitation, zones[invitation.TimeZoneId].Zone, stamp);
        }

        writer.Line("END", "VCALENDAR");
        return writer.ToString();
    }

    private static void WriteEvent(ContentLineWriter writer, MeetingInvitation invitation, TimeZoneInfo zone, string stamp)
    {
        var start = TimeZoneInfo.ConvertTime(invitation.Start, zone);
        var end = TimeZoneInfo.ConvertTime(invitation.Start + invitation.Duration, zone);
        var tzid = "TZID=" + invitation.TimeZoneId;
        writer.Line("BEGIN", "VEVENT");
        writer.Line("UID", invitation.Uid);
        writer.Line("DTSTAMP", stamp);
        writer.Line("SEQUENCE", invitation.Sequence.ToString(CultureInfo.InvariantCulture));
        writer.Line("DTSTART;" + tzid, Local(start.DateTime));
        writer.Line("DTEND;" + tzid, Local(end.DateTime));
        if (invitation.Recurrence is { } recurrence)
        {
            writer.Line("RRULE", RecurrenceRule(recurrence, start.DateTime));
        }

        writer.Line("SUMMARY", ContentLineWriter.Text(invitation.Summary));
        if (invitation.Description.Length > 0)
        {
            writer.Line("DESCRIPTION", ContentLineWriter.Text(invitation.Description));
        }

        if (invitation.Location.Length > 0)
        {
            writer.Line("LOCATION", ContentLineWriter.Text(invitation.Location));
        }

        writer.Line("ORGANIZER;CN=" + ContentLineWriter.Parameter(invitation.Organizer.Name), MailTo(invitation.Organizer));

        // Without every recipient as an ATTENDEE asked to reply, clients show no Accept or Decline.
        foreach (var attendee in invitation.Attendees)
        {
            writer.Line(
                "ATTENDEE;CN=" + ContentLineWriter.Parameter(attendee.Name) + ";CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE",
                MailTo(attendee));
        }

        writer.Line("STATUS", "CONFIRMED");
        writer.Line("TRANSP", "OPAQUE");
        writer.Line("END", "VEVENT");
    }

    /// <summary>The <c>RRULE</c> value for <paramref name="recurrence"/> starting at <paramref name="localStart"/>.</summary>
    internal static string RecurrenceRule(MeetingRecurrence recurrence, DateTime localStart)
    {
        var cadence = recurrence.Cadence;
        string rule;
        if (cadence.Months > 0 && cadence.Days == 0)
        {
            rule = "FREQ=MONTHLY;INTERVAL=" + cadence.Months.ToString(CultureInfo.InvariantCulture);
            rule += recurrence.Pattern == MonthlyPattern.SameWeekday
                ? ";BYDAY=" + WeekdayRule.Ordinal(DateOnly.FromDateTime(localStart)) + WeekdayRule.Code(localStart.DayOfWeek)
                : ";BYMONTHDAY=" + localStart.Day.ToString(CultureInfo.InvariantCulture);
        }
        else if (cadence.Months == 0 && cadence.Days > 0 && cadence.Days % 7 == 0)
        {
            rule = "FREQ=WEEKLY;INTERVAL=" + (cadence.Days / 7).ToString(CultureInfo.InvariantCulture);
        }
        else if (cadence.Months == 0 && cadence.Days > 0)
        {
            rule = "FREQ=DAILY;INTERVAL=" + cadence.Days.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            throw new ArgumentException($"Cadence {cadence} mixes months and days, or is empty; iCalendar has no single rule for it.", nameof(recurrence));
        }

        return recurrence.Count is { } count ? rule + ";COUNT=" + count.ToString(CultureInfo.InvariantCulture) : rule;
    }

    private static void Validate(MeetingInvitation invitation, HashSet<string> uids)
    {
        ArgumentNullException.ThrowIfNull(invitation);
        if (string.IsNullOrWhiteSpace(invitation.Uid) || !uids.Add(invitation.Uid))
        {
            throw new ArgumentException($"Each invitation needs its own non-empty uid ('{invitation.Uid}').", nameof(invitation));
        }

        if (invitation.Attendees.IsEmpty)
        {
            throw new ArgumentException($"Invitation '{invitation.Uid}' has no attendees; an invitation without them has nobody to answer.", nameof(invitation));
        }

        if (invitation.Duration <= TimeSpan.Zero)
        {
            throw new ArgumentException($"Invitation '{invitation.Uid}' needs a positive duration.", nameof(invitation));
        }

        if (invitation.Recurrence is { Count: <= 0 })
        {
            throw new ArgumentException($"Invitation '{invitation.Uid}' recurs a non-positive number of times.", nameof(invitation));
        }
    }

    /// <summary>How many years past the first meeting the recurrence reaches; open-ended ones get a few years of zone data.</summary>
    private static int YearsSpanned(MeetingRecurrence? recurrence)
    {
        if (recurrence is null)
        {
            return 0;
        }

        if (recurrence.Count is not { } count)
        {
            return 3;
        }

        var days = (recurrence.Cadence.Months * 31.0) + recurrence.Cadence.Days;
        return Math.Min(10, (int)Math.Ceiling(days * (count - 1) / 365.0));
    }

    private static string MailTo(CalendarPerson person) => "mailto:" + person.Email;

    private static string Local(DateTime value) => value.ToString("yyyyMMdd'T'HHmmss", CultureInfo.InvariantCulture);

    private static string Utc(DateTimeOffset value) => value.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
