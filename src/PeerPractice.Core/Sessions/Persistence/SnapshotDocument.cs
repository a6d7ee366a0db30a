using System;
using System.Collections.Generic;

namespace PeerPractice.Sessions;

/// <summary>
/// The JSON shape of a snapshot. The events are the truth; <see cref="State"/> is the state they lead
/// to, kept so that a restore can prove the two agree before it hands back a session.
/// </summary>
internal sealed record SnapshotDocument(
    int Version,
    string AgendaId,
    IReadOnlyList<string> ItemIds,
    IReadOnlyList<Participant> Participants,
    SnapshotRules Rules,
    IReadOnlyList<SessionEvent> Events,
    SnapshotState State);

/// <summary>The options that shape a session's behaviour and so travel with it.</summary>
internal sealed record SnapshotRules(double WarningFraction, bool AutoAdvance, SessionCarryOver? CarriedOver);

/// <summary>The derived state after the events: position, turn, timers and time accounting.</summary>
internal sealed record SnapshotState(
    AgendaPhase Phase,
    bool Paused,
    int ItemIndex,
    TurnPhase TurnPhase,
    int TurnIndex,
    bool Warned,
    bool Expired,
    DateTimeOffset LastAt,
    long OutsideTicks,
    long PausedTicks,
    long TurnElapsedTicks,
    long TurnExtensionTicks,
    IReadOnlyList<long> ParticipantTicks,
    IReadOnlyList<long> ItemTicks,
    IReadOnlyList<long> ItemOverrunTicks,
    IReadOnlyList<ItemOutcome> Outcomes);
