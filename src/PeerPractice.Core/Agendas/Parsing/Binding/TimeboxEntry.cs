using System;

namespace PeerPractice.Agendas;

/// <summary>What one item contributes to the planned length, for the overrun rule.</summary>
/// <param name="Turns">The item's turn policy, when readable.</param>
/// <param name="Timebox">The item's timebox, when readable.</param>
/// <param name="Response">The item's response phase, when readable.</param>
/// <param name="HasResponse">True when the item has a "response" property, readable or not.</param>
internal readonly record struct TimeboxEntry(TurnPolicy? Turns, TimeSpan? Timebox, ResponsePhase? Response, bool HasResponse);
