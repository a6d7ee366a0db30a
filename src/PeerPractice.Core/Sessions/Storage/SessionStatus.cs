namespace PeerPractice.Sessions;

/// <summary>Where a stored session stands, as lists and queries see it.</summary>
public enum SessionStatus
{
    /// <summary>Not closed yet: it can be resumed.</summary>
    Open,

    /// <summary>Closed by <see cref="SessionFinished"/>.</summary>
    Finished,

    /// <summary>Closed by <see cref="SessionAbandoned"/>.</summary>
    Abandoned,
}
