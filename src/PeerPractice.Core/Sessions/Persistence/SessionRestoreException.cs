using System;

namespace PeerPractice.Sessions;

/// <summary>
/// A snapshot or event log could not be restored: corrupt, truncated, from a newer version, or not
/// fitting the agenda. Nothing is half-restored: no session is returned.
/// </summary>
public sealed class SessionRestoreException : Exception
{
    /// <summary>Creates the exception with no message.</summary>
    public SessionRestoreException()
    {
    }

    /// <summary>Creates the exception with a message saying what is wrong.</summary>
    /// <param name="message">What is wrong with the data.</param>
    public SessionRestoreException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What is wrong with the data.</param>
    /// <param name="innerException">The cause.</param>
    public SessionRestoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
