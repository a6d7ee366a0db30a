namespace PeerPractice.Orleans;

/// <summary>Why a session grain refused a call; <see cref="None"/> when it was accepted.</summary>
public enum SessionRefusal
{
    /// <summary>Accepted.</summary>
    None,

    /// <summary>No session with this id exists (start it first).</summary>
    UnknownSession,

    /// <summary>A session with this id already exists.</summary>
    AlreadyExists,

    /// <summary>The command names a participant who is not in the session.</summary>
    UnknownParticipant,

    /// <summary>The caller's expected version is not the session's: read the events since it (<see cref="ISessionGrain.ReadFrom"/>) and decide again.</summary>
    StaleSequence,

    /// <summary>The request is larger than the grain accepts.</summary>
    Oversized,

    /// <summary>The request is not a well-formed command, agenda or participant list.</summary>
    Invalid,

    /// <summary>The session's rules refused the command (the reason says which); nothing was recorded.</summary>
    Rejected,

    /// <summary>The store failed or another writer appended first; nothing of the command was recorded, and the session was reloaded from the store. Retry.</summary>
    StoreFailed,
}
