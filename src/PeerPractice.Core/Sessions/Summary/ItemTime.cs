using System;

namespace PeerPractice.Sessions;

/// <summary>Time kept for one agenda item.</summary>
/// <param name="ItemId">The item.</param>
/// <param name="Index">Its index in the agenda's items.</param>
/// <param name="Spent">Time spent in it (all visits, pauses excluded).</param>
/// <param name="Planned">What its timeboxes add up to for these participants (each turn plus each response).</param>
/// <param name="Overrun">Time turns ran past their timeboxes, summed over closed turns.</param>
/// <param name="Outcome">How far it got.</param>
public sealed record ItemTime(string ItemId, int Index, TimeSpan Spent, TimeSpan Planned, TimeSpan Overrun, ItemOutcome Outcome);
