using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Facilitation.Runners;

/// <summary>
/// Where the facilitator's commands go: a session run in this process (<see cref="InProcessRunner"/>,
/// the library's <see cref="DurableSession"/>) or a session grain on a cluster (<see cref="GrainRunner"/>).
/// Either way an accepted command is stored before its outcome comes back, and <see cref="Session"/>
/// is the session as stored, for the screen.
/// </summary>
internal interface ISessionRunner : IAsyncDisposable
{
    string Id { get; }

    /// <summary>The session as it stands after the last call (the engine itself, or a copy rebuilt from the grain's events).</summary>
    AgendaSession Session { get; }

    ValueTask<CommandResult> ExecuteAsync(SessionCommand command);

    /// <summary>Raises the warnings and expiries due on the session's clock.</summary>
    ValueTask PollAsync();

    /// <summary>Keeps the time shown, so a quit or kill resumes there.</summary>
    ValueTask SaveClockAsync();
}
