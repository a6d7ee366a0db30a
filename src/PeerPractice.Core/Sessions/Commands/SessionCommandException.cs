using System;

namespace PeerPractice.Sessions;

/// <summary>Thrown by the throwing command forms when a command is refused; the session is unchanged.</summary>
public sealed class SessionCommandException : InvalidOperationException
{
    /// <summary>Creates the exception with no message.</summary>
    public SessionCommandException()
    {
    }

    /// <summary>Creates the exception with the refusal reason.</summary>
    /// <param name="message">Why the command was refused.</param>
    public SessionCommandException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a reason and a cause.</summary>
    /// <param name="message">Why the command was refused.</param>
    /// <param name="innerException">The cause.</param>
    public SessionCommandException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
