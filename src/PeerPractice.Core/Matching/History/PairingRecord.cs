using System;

namespace PeerPractice.Matching;

/// <summary>One past or current pairing, with the members' short feedback.</summary>
/// <param name="MemberA">One member's id.</param>
/// <param name="MemberB">The other member's id.</param>
/// <param name="PairedOn">The day of the round that paired them.</param>
/// <param name="Outcome">Whether they met.</param>
/// <param name="Rating">Optional feedback, 1 (not a fit) to 5 (excellent); 1 or 2 mean never again.</param>
/// <param name="Feedback">Optional short note; kept for the organiser, never shown to other members.</param>
/// <param name="Ongoing">True while the two still meet: counts against each member's cap on concurrent peers.</param>
public sealed record PairingRecord(
    string MemberA,
    string MemberB,
    DateOnly PairedOn,
    PairingOutcome Outcome = PairingOutcome.Scheduled,
    int? Rating = null,
    string? Feedback = null,
    bool Ongoing = false)
{
    /// <summary>Rated 1 or 2: the pair is not paired again.</summary>
    public bool IsPoorFit => Outcome == PairingOutcome.Met && Rating is <= 2;

    /// <summary>True when the record counts as having been peers (met, or scheduled and not yet reported).</summary>
    public bool CountsAsPeers => Outcome is not (PairingOutcome.DidNotMeet or PairingOutcome.Declined);
}
