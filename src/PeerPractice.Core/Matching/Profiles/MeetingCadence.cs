namespace PeerPractice.Matching;

/// <summary>How often a member wants to meet a peer (the first seed: monthly, or every few months).</summary>
public enum MeetingCadence
{
    /// <summary>About once a month, one to two hours.</summary>
    Monthly = 1,

    /// <summary>About every two months.</summary>
    BiMonthly = 2,

    /// <summary>Once a quarter, two to three hours.</summary>
    Quarterly = 3,
}
