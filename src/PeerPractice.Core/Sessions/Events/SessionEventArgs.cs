using System;

namespace PeerPractice.Sessions;

/// <summary>Carries the event just appended to a session's log.</summary>
/// <param name="sessionEvent">The event.</param>
public sealed class SessionEventArgs(SessionEvent sessionEvent) : EventArgs
{
    /// <summary>The event just appended.</summary>
    public SessionEvent Event { get; } = sessionEvent;
}
