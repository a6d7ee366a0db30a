using System;
using System.Collections.Generic;
using PeerPractice.Collections;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice.Calendar;

/// <summary>Invitations for the library's own events: a site visit, and the next meeting after a session.</summary>
public static class Invitations
{
    /// <summary>The invitation to a site visit, in the host's time zone.</summary>
    /// <param name="plan">The visit.</param>
    /// <param name="organizer">Who sends it.</param>
    /// <param name="attendees">The visiting team and host people to invite, with addresses.</param>
    /// <param name="uidDomain">A domain the caller controls, to make the uid globally unique (for example <c>peers.example.org</c>).</param>
    public static MeetingInvitation ForVisit(VisitPlan plan, CalendarPerson organizer, IReadOnlyList<CalendarPerson> attendees, string uidDomain)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(attendees);
        var duration = plan.Duration > TimeSpan.Zero ? plan.Duration : TimeSpan.FromHours(3);
        return new MeetingInvitation(
            plan.Id + "@" + uidDomain,
            plan.Title,
            plan.VisitorOrganization + " visits " + plan.HostOrganization + ".",
            plan.Location,
            plan.Start,
            duration,
            plan.TimeZoneId,
            organizer,
            attendees.ToValueArray());
    }

    /// <summary>The invitation to a breakfast, in the zone it is held in.</summary>
    /// <param name="breakfast">The event.</param>
    /// <param name="organizer">Who sends it.</param>
    /// <param name="attendees">The invitees, with addresses.</param>
    /// <param name="uidDomain">A domain the caller controls, to make the uid globally unique.</param>
    public static MeetingInvitation ForBreakfast(Breakfasts.BreakfastEvent breakfast, CalendarPerson organizer, IReadOnlyList<CalendarPerson> attendees, string uidDomain)
    {
        ArgumentNullException.ThrowIfNull(breakfast);
        ArgumentNullException.ThrowIfNull(attendees);
        return new MeetingInvitation(
            breakfast.Id + "@" + uidDomain,
            breakfast.Title,
            "A small, informal breakfast for peers in similar roles: no hidden agenda, nothing to buy.",
            breakfast.Location,
            breakfast.Start,
            breakfast.Duration,
            breakfast.TimeZoneId,
            organizer,
            attendees.ToValueArray());
    }

    /// <summary>
    /// The next meeting after <paramref name="record"/>, recurring at the agenda's cadence when it has one.
    /// </summary>
    /// <param name="record">The finished session; its <see cref="SessionRecord.NextMeeting"/> must be set.</param>
    /// <param name="timeZoneId">The IANA zone the meetings are held in.</param>
    /// <param name="organizer">Who sends it.</param>
    /// <param name="attendees">Who to invite.</param>
    /// <param name="uidDomain">A domain the caller controls, to make the uid globally unique.</param>
    /// <param name="occurrences">How many meetings the series holds; null for no end.</param>
    /// <exception cref="ArgumentException">No next meeting was scheduled.</exception>
    public static MeetingInvitation ForNextMeeting(
        SessionRecord record,
        string timeZoneId,
        CalendarPerson organizer,
        IReadOnlyList<CalendarPerson> attendees,
        string uidDomain,
        int? occurrences = 12)
    {
        ArgumentNullException.ThrowIfNull(record);
        ArgumentNullException.ThrowIfNull(attendees);
        var next = record.NextMeeting ?? throw new ArgumentException("The session scheduled no next meeting.", nameof(record));
        var agenda = record.Agenda;
        var duration = agenda.Duration ?? record.Duration;
        var stamp = next.UtcDateTime.ToString("yyyyMMdd'T'HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return new MeetingInvitation(
            agenda.Id + "-" + stamp + "@" + uidDomain,
            agenda.Title,
            agenda.Summary,
            string.Empty,
            next,
            duration > TimeSpan.Zero ? duration : TimeSpan.FromHours(1),
            timeZoneId,
            organizer,
            attendees.ToValueArray(),
            agenda.Cadence is { } cadence ? new MeetingRecurrence(cadence, occurrences) : null);
    }

    /// <summary>
    /// The relationship's meetings from <paramref name="start"/> on (<see cref="RelationshipSchedule.SuggestNext"/>),
    /// recurring at its cadence, in the first member's time zone.
    /// </summary>
    /// <param name="relationship">The relationship.</param>
    /// <param name="agenda">The agenda its sessions run (title, summary, length).</param>
    /// <param name="start">The first meeting.</param>
    /// <param name="organizer">Who sends it.</param>
    /// <param name="attendees">Who to invite.</param>
    /// <param name="uidDomain">A domain the caller controls, to make the uid globally unique.</param>
    /// <param name="occurrences">How many meetings the series holds; null for no end.</param>
    public static MeetingInvitation ForRelationship(
        Relationship relationship,
        Agendas.AgendaDefinition agenda,
        DateTimeOffset start,
        CalendarPerson organizer,
        IReadOnlyList<CalendarPerson> attendees,
        string uidDomain,
        int? occurrences = 12)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(attendees);
        var stamp = start.UtcDateTime.ToString("yyyyMMdd'T'HHmm", System.Globalization.CultureInfo.InvariantCulture);
        return new MeetingInvitation(
            relationship.Id + "-" + stamp + "@" + uidDomain,
            agenda.Title,
            agenda.Summary,
            string.Empty,
            start,
            agenda.Duration ?? TimeSpan.FromHours(1),
            relationship.Members[0].TimeZoneId,
            organizer,
            attendees.ToValueArray(),
            new MeetingRecurrence(relationship.Cadence, occurrences));
    }
}
