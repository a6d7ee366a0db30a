using System;

namespace PeerPractice.Sessions;

/// <summary>How long one participant held the floor, and their share of all floor time.</summary>
/// <param name="ParticipantId">The participant.</param>
/// <param name="Time">Time holding the floor; shared floors (open items, responses by several listeners) are split equally.</param>
/// <param name="Share">Fraction of all floor time, 0 to 1; 0 for everyone when nobody has spoken yet.</param>
public sealed record SpeakingTime(string ParticipantId, TimeSpan Time, double Share);
