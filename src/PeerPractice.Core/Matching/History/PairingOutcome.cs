namespace PeerPractice.Matching;

/// <summary>What became of a pairing, as the members reported it.</summary>
public enum PairingOutcome
{
    /// <summary>Paired, not yet reported.</summary>
    Scheduled,

    /// <summary>The pair met.</summary>
    Met,

    /// <summary>The pair never managed to meet; the pairing does not count as a past peer.</summary>
    DidNotMeet,

    /// <summary>
    /// One of them declined an introduction: the pair is never suggested again, by any path, and the
    /// reason is kept as confidential as a do-not-pair entry (<see cref="HardRules.PrivateExclusion"/>).
    /// </summary>
    Declined,
}
