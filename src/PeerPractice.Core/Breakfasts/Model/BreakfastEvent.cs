using System;
using System.Collections.Generic;
using PeerPractice.Collections;
using PeerPractice.Matching;

namespace PeerPractice.Breakfasts;

/// <summary>
/// A small, informal breakfast for a group of similar leaders (the second seed): no hidden agenda,
/// topics from the one topic catalog, invitees chosen from a cohort, their answers, the tables they
/// were seated at, and who came. Who came is recorded into the pairing history, so later seatings and
/// rounds know who has met. Immutable: each workflow step returns a new event.
/// </summary>
/// <param name="Id">Kebab-case id, unique among events.</param>
/// <param name="Title">Shown to people.</param>
/// <param name="Start">When it starts, with the local offset.</param>
/// <param name="Duration">How long (the seed's breakfast took about two hours).</param>
/// <param name="TimeZoneId">The IANA zone it is held in, for invitations.</param>
/// <param name="Location">Where.</param>
/// <param name="TopicIds">Topics of the catalog to talk about, in order.</param>
/// <param name="Invitees">Member ids invited, in order.</param>
public sealed record BreakfastEvent(
    string Id,
    string Title,
    DateTimeOffset Start,
    TimeSpan Duration,
    string TimeZoneId,
    string Location,
    ValueArray<string> TopicIds,
    ValueArray<string> Invitees)
{
    /// <summary>Every answer, in the order given (the latest per member counts).</summary>
    public ValueArray<BreakfastRsvp> Rsvps { get; init; }

    /// <summary>The tables, once seated; empty before.</summary>
    public ValueArray<Table> Tables { get; init; }

    /// <summary>Who came, once recorded; empty before.</summary>
    public ValueArray<string> Attended { get; init; }

    /// <summary>The pairing-history round the attendance was recorded as; null until recorded.</summary>
    public long? HistoryRound { get; init; }

    /// <summary>True once the attendance is in the pairing history; the event no longer changes.</summary>
    public bool IsRecorded => HistoryRound is not null;

    /// <summary>When it ends.</summary>
    public DateTimeOffset End => Start + Duration;

    /// <summary>The member's latest answer, or null when they have not answered (or were not invited).</summary>
    /// <param name="memberId">A member id.</param>
    public RsvpAnswer? AnswerOf(string memberId)
    {
        RsvpAnswer? answer = null;
        foreach (var rsvp in Rsvps)
        {
            if (string.Equals(rsvp.MemberId, memberId, StringComparison.Ordinal))
            {
                answer = rsvp.Answer;
            }
        }

        return answer;
    }

    /// <summary>The invitees whose latest answer is <paramref name="answer"/>, in invitation order.</summary>
    /// <param name="answer">The answer.</param>
    public ValueArray<string> Answered(RsvpAnswer answer)
    {
        var list = new List<string>();
        foreach (var invitee in Invitees)
        {
            if (AnswerOf(invitee) == answer)
            {
                list.Add(invitee);
            }
        }

        return list.ToValueArray();
    }

    /// <summary>True when <paramref name="memberId"/> is invited.</summary>
    /// <param name="memberId">A member id.</param>
    public bool IsInvited(string memberId)
    {
        foreach (var invitee in Invitees)
        {
            if (string.Equals(invitee, memberId, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The table <paramref name="memberId"/> is seated at (0-based), or -1.</summary>
    /// <param name="memberId">A member id.</param>
    public int TableOf(string memberId)
    {
        for (var t = 0; t < Tables.Count; t++)
        {
            foreach (var id in Tables[t].MemberIds)
            {
                if (string.Equals(id, memberId, StringComparison.Ordinal))
                {
                    return t;
                }
            }
        }

        return -1;
    }
}
