namespace PeerPractice.Sessions;

/// <summary>How far an agenda item got in a session.</summary>
public enum ItemOutcome
{
    /// <summary>Never begun.</summary>
    NotReached,

    /// <summary>Begun but not completed (current, left by going back, or cut short by finishing).</summary>
    Started,

    /// <summary>Every turn ended.</summary>
    Completed,

    /// <summary>Skipped before it was completed.</summary>
    Skipped,
}
