using System;

namespace PeerPractice.Matching;

/// <summary>One pair of a recorded round, with its outcome so far, as a store lists it.</summary>
/// <param name="RoundId">The round's number, as <see cref="IPairingHistoryStore.RecordRoundAsync"/> returned it.</param>
/// <param name="RecordedAt">When the round was recorded.</param>
/// <param name="Pairing">The pair (ids in ordinal order), its outcome, rating and feedback.</param>
public sealed record RoundPairing(long RoundId, DateTimeOffset RecordedAt, PairingRecord Pairing);
