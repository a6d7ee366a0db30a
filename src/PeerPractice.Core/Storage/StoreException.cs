using System;

namespace PeerPractice;

/// <summary>
/// A store refused an operation or could not carry it out. <see cref="Kind"/> says what happened;
/// <see cref="Exception.Message"/> names the file or the session and says what to do. Whenever this
/// is thrown, nothing of the operation was written.
/// </summary>
public sealed class StoreException : Exception
{
    /// <summary>Creates the exception with no message (kind <see cref="StoreErrorKind.WriteFailed"/>).</summary>
    public StoreException()
        : this(StoreErrorKind.WriteFailed, "The store could not carry out the operation.")
    {
    }

    /// <summary>Creates the exception with a message (kind <see cref="StoreErrorKind.WriteFailed"/>).</summary>
    /// <param name="message">What happened, where, and what to do.</param>
    public StoreException(string message)
        : this(StoreErrorKind.WriteFailed, message)
    {
    }

    /// <summary>Creates the exception with a message and a cause (kind <see cref="StoreErrorKind.WriteFailed"/>).</summary>
    /// <param name="message">What happened, where, and what to do.</param>
    /// <param name="innerException">The cause.</param>
    public StoreException(string message, Exception innerException)
        : this(StoreErrorKind.WriteFailed, message, innerException)
    {
    }

    /// <summary>Creates the exception.</summary>
    /// <param name="kind">What went wrong.</param>
    /// <param name="message">What happened, where, and what to do.</param>
    /// <param name="innerException">The engine's own error, if any.</param>
    public StoreException(StoreErrorKind kind, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Kind = kind;
    }

    /// <summary>What went wrong.</summary>
    public StoreErrorKind Kind { get; }

    /// <summary>The error every engine gives for a session id that is taken.</summary>
    /// <param name="sessionId">The session id.</param>
    /// <returns>An exception of kind <see cref="StoreErrorKind.AlreadyExists"/>.</returns>
    public static StoreException SessionAlreadyExists(string sessionId) =>
        new(StoreErrorKind.AlreadyExists, $"A session with the id '{sessionId}' already exists. Resume it, or choose another id; nothing was changed.");

    /// <summary>The error every engine gives for an unknown session.</summary>
    /// <param name="sessionId">The session id.</param>
    /// <returns>An exception of kind <see cref="StoreErrorKind.NotFound"/>.</returns>
    public static StoreException SessionNotFound(string sessionId) =>
        new(StoreErrorKind.NotFound, $"There is no session '{sessionId}'. Check the id (list the sessions); nothing was changed.");

    /// <summary>The error every engine gives when an append's expected sequence is no longer the last.</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="expected">The version the writer expected.</param>
    /// <param name="actual">The version the log is at.</param>
    /// <returns>An exception of kind <see cref="StoreErrorKind.StaleSequence"/>.</returns>
    public static StoreException StaleSequence(string sessionId, long expected, long actual) =>
        new(StoreErrorKind.StaleSequence, $"Session {sessionId} is at event {actual}, not {expected}: another writer appended first. Reload the session and retry; nothing was changed.");

    /// <summary>The error every engine gives when another writer has claimed the session.</summary>
    /// <param name="sessionId">The session id.</param>
    /// <param name="where">The store, for the message.</param>
    /// <returns>An exception of kind <see cref="StoreErrorKind.SessionInUse"/>.</returns>
    public static StoreException SessionInUse(string sessionId, string where) =>
        new(StoreErrorKind.SessionInUse, $"Session {sessionId} is already open in another process or window (store {where}). Close it there first, then try again; nothing was changed.");
}
