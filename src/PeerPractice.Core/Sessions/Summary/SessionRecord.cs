using System;
using PeerPractice.Agendas;
using PeerPractice.Collections;

namespace PeerPractice.Sessions;

/// <summary>
/// The one record of a session once it is over: what documents (the summary), calendars (the next
/// meeting) and a <see cref="SessionSeries"/> (speaking shares, carry-over) need, built with
/// <see cref="AgendaSession.ToRecord"/> or from stored data. It carries every note, private ones
/// included, so a host can keep it whole; the confidentiality rule is applied where notes leave for
/// people, by <see cref="SessionNote.ShareableOf"/> (every document goes through it).
/// </summary>
/// <param name="Agenda">The agenda the session ran.</param>
/// <param name="Participants">Who took part, in their base speaking order.</param>
/// <param name="Started">When the session was created.</param>
/// <param name="Ended">When it closed (or, for an open session, the moment the record was taken).</param>
public sealed record SessionRecord(
    AgendaDefinition Agenda,
    ValueArray<Participant> Participants,
    DateTimeOffset Started,
    DateTimeOffset Ended)
{
    /// <summary>Where the session stood: normally <see cref="AgendaPhase.Finished"/> or <see cref="AgendaPhase.Abandoned"/>.</summary>
    public AgendaPhase Phase { get; init; } = AgendaPhase.Finished;

    /// <summary>Floor time and share per participant, in participant order.</summary>
    public ValueArray<SpeakingTime> SpeakingTimes { get; init; }

    /// <summary>Time kept per agenda item, in agenda order.</summary>
    public ValueArray<ItemTime> ItemTimes { get; init; }

    /// <summary>Every note, private and shareable, in the order taken; only shareable ones ever reach a document.</summary>
    public ValueArray<SessionNote> Notes { get; init; }

    /// <summary>The action items agreed, in order.</summary>
    public ValueArray<ActionItem> ActionItems { get; init; }

    /// <summary>Ids of the items not completed, in agenda order.</summary>
    public ValueArray<string> UnfinishedItemIds { get; init; }

    /// <summary>What the previous session of the series left open.</summary>
    public SessionCarryOver CarriedOver { get; init; } = SessionCarryOver.None;

    /// <summary>When the next meeting is, if the wrap-up scheduled one.</summary>
    public DateTimeOffset? NextMeeting { get; init; }

    /// <summary>The session's length, from creation to close.</summary>
    public TimeSpan Duration => Ended - Started;
}
