namespace PeerPractice.Matching;

/// <summary>Why a member has no peer in a round.</summary>
public enum UnmatchedReason
{
    /// <summary>Snoozed, opted out or at the cap of concurrent peers.</summary>
    NotAvailable,

    /// <summary>Sat out by rotation because the count was odd.</summary>
    SatOut,

    /// <summary>The hard rules (even relaxed as the policy allows) leave nobody eligible.</summary>
    NoEligiblePeer,

    /// <summary>There were eligible peers, but pairing everyone else better (or more people) took them all.</summary>
    EligiblePeersTaken,
}
