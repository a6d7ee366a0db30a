using System;
using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Sessions;

namespace PeerPractice.Documents;

/// <summary>
/// What a finished session leaves behind, as far as documents need it: the agenda, who took part,
/// the notes (private unless marked shareable) and the action items. Kept apart from the live
/// session engine so that summaries render from stored data as well as from a session just closed.
/// </summary>
/// <param name="Agenda">The agenda the session ran.</param>
/// <param name="Participants">Who took part.</param>
/// <param name="Notes">Every note taken; only shareable ones ever reach a document.</param>
/// <param name="ActionItems">What people committed to.</param>
/// <param name="Started">When the session started.</param>
/// <param name="Ended">When it ended.</param>
/// <param name="NextMeeting">When the next meeting is, if one was scheduled.</param>
public sealed record FinishedSession(
    AgendaDefinition Agenda,
    ValueArray<Participant> Participants,
    ValueArray<SessionNote> Notes,
    ValueArray<ActionItem> ActionItems,
    DateTimeOffset Started,
    DateTimeOffset Ended,
    DateTimeOffset? NextMeeting)
{
    /// <summary>
    /// What <paramref name="session"/> leaves behind, for its summary and follow-up. Every note is
    /// carried (documents drop the private ones while building their model, so the rule lives in one place).
    /// </summary>
    /// <param name="session">A session, normally closed; an open one gives what it has so far.</param>
    /// <param name="nextMeeting">When the next meeting is, if the wrap-up scheduled one.</param>
    public static FinishedSession FromSession(AgendaSession session, DateTimeOffset? nextMeeting = null)
    {
        ArgumentNullException.ThrowIfNull(session);
        return new FinishedSession(
            session.Agenda,
            session.Participants.ToValueArray(),
            session.Notes.ToValueArray(),
            session.ActionItems.ToValueArray(),
            session.CreatedAt,
            session.CreatedAt + session.Elapsed,
            nextMeeting);
    }
}
