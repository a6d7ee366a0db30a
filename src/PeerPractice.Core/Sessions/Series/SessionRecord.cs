using System;
using System.Collections.Generic;

namespace PeerPractice.Sessions;

/// <summary>What a series keeps of one closed session.</summary>
/// <param name="AgendaId">The agenda run.</param>
/// <param name="At">When the session was created.</param>
/// <param name="SpeakingTimes">Floor time per participant.</param>
/// <param name="UnfinishedItemIds">Items not completed.</param>
/// <param name="ActionItems">Action items agreed.</param>
public sealed record SessionRecord(
    string AgendaId,
    DateTimeOffset At,
    IReadOnlyList<SpeakingTime> SpeakingTimes,
    IReadOnlyList<string> UnfinishedItemIds,
    IReadOnlyList<ActionItem> ActionItems);
