namespace PeerPractice.Matching;

/// <summary>Where a pair stands in the pairing history, for the history component.</summary>
internal enum HistoryStanding : byte
{
    /// <summary>Never peers.</summary>
    New = 0,

    /// <summary>Peers before, last rated 4 or 5.</summary>
    PastGood = 1,

    /// <summary>Peers before, otherwise.</summary>
    Repeat = 2,
}
