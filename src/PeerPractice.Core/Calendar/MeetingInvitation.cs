using System;
using PeerPractice.Collections;

namespace PeerPractice.Calendar;

/// <summary>One meeting to invite people to, possibly recurring.</summary>
/// <param name="Uid">Globally unique and stable id (for example <c>visit-42@peerpractice.example</c>); updates reuse it.</param>
/// <param name="Summary">The meeting's title.</param>
/// <param name="Description">What it is for; may span lines.</param>
/// <param name="Location">Where, or a call link.</param>
/// <param name="Start">When the first meeting starts.</param>
/// <param name="Duration">How long each meeting lasts.</param>
/// <param name="TimeZoneId">The IANA zone the meeting is held in (for example <c>Europe/Vienna</c>); recurrences keep its wall-clock time.</param>
/// <param name="Organizer">Who sends the invitation and receives the replies.</param>
/// <param name="Attendees">Every recipient; each becomes an <c>ATTENDEE</c> asked to reply.</param>
/// <param name="Recurrence">The cadence, or null for a single meeting.</param>
/// <param name="Sequence">The revision number; raise it when sending an update.</param>
public sealed record MeetingInvitation(
    string Uid,
    string Summary,
    string Description,
    string Location,
    DateTimeOffset Start,
    TimeSpan Duration,
    string TimeZoneId,
    CalendarPerson Organizer,
    ValueArray<CalendarPerson> Attendees,
    MeetingRecurrence? Recurrence = null,
    int Sequence = 0);
