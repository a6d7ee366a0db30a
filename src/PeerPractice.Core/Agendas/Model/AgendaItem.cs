using System;

namespace PeerPractice.Agendas;

/// <summary>One question or activity of an agenda.</summary>
/// <param name="Id">Kebab-case id, unique within the agenda.</param>
/// <param name="Prompt">The question asked, or the activity, as shown to people.</param>
/// <param name="Turns">Who speaks: each participant in turn, an open floor, or one role.</param>
/// <param name="Timebox">Per speaker for <see cref="TurnKind.Each"/>; for the whole item otherwise.</param>
/// <param name="Response">The listeners' turn after each speaker, when the item has one.</param>
/// <param name="Guidance">A hint for the facilitator or speaker; empty when not given.</param>
public sealed record AgendaItem(
    string Id,
    string Prompt,
    TurnPolicy Turns,
    TimeSpan Timebox,
    ResponsePhase? Response,
    string Guidance);
