using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Facilitation;

/// <summary>
/// One thing the facilitator asks for, from a key in the live view or a line of a script: a command
/// of the library's own model (<see cref="SessionCommand"/>, run with <see cref="AgendaSession.TryExecute"/>),
/// or one of the few things only a host does (acknowledging for several people at once, moving a
/// manual clock, leaving, showing the screen or the help).
/// </summary>
internal abstract record FacilitatorAction
{
    /// <summary>
    /// A library command. Participant ids in it are what the facilitator typed (an id, a full name or
    /// a first name) until <see cref="Facilitator"/> resolves them.
    /// </summary>
    public sealed record Run(SessionCommand Command) : FacilitatorAction;

    /// <summary>Acknowledges one agreement, or all of them, for one participant or for everyone: one library command each.</summary>
    public sealed record Acknowledge(string? Participant, string? AgreementId) : FacilitatorAction;

    /// <summary>Leaves the session open, to continue later with <c>session resume</c>.</summary>
    public sealed record Quit : FacilitatorAction;

    /// <summary>Moves a manual (scripted) clock forward.</summary>
    public sealed record Wait(TimeSpan By) : FacilitatorAction;

    public sealed record Status : FacilitatorAction;

    public sealed record Help : FacilitatorAction;
}
