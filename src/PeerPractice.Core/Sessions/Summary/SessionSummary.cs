using System;
using System.Collections.Generic;
using PeerPractice.Agendas;

namespace PeerPractice.Sessions;

/// <summary>
/// What a session produced, for summaries and follow-ups. Holds only shareable notes: private notes
/// never leave the session (see <see cref="AgendaSession.Notes"/> for all of them).
/// </summary>
/// <param name="Agenda">The agenda run.</param>
/// <param name="Participants">Who took part.</param>
/// <param name="CreatedAt">When the session was created.</param>
/// <param name="Elapsed">Time from creation to now or to its close.</param>
/// <param name="Phase">Where it stands.</param>
/// <param name="SpeakingTimes">Per participant, in participant order.</param>
/// <param name="ItemTimes">Per agenda item, in agenda order.</param>
/// <param name="ShareableNotes">Notes marked shareable, in the order taken.</param>
/// <param name="ActionItems">Action items agreed.</param>
/// <param name="UnfinishedItemIds">Items not completed, in agenda order.</param>
/// <param name="CarriedOver">What the previous session of the series left open.</param>
public sealed record SessionSummary(
    AgendaDefinition Agenda,
    IReadOnlyList<Participant> Participants,
    DateTimeOffset CreatedAt,
    TimeSpan Elapsed,
    AgendaPhase Phase,
    IReadOnlyList<SpeakingTime> SpeakingTimes,
    IReadOnlyList<ItemTime> ItemTimes,
    IReadOnlyList<SessionNote> ShareableNotes,
    IReadOnlyList<ActionItem> ActionItems,
    IReadOnlyList<string> UnfinishedItemIds,
    SessionCarryOver CarriedOver);
