using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Facilitation;

/// <summary>One thing the facilitator asks for, from a key in the live view or a line of a script.</summary>
internal abstract record FacilitatorAction
{
    public sealed record Acknowledge(string? Participant, string? AgreementId) : FacilitatorAction;

    public sealed record Start : FacilitatorAction;

    public sealed record Next : FacilitatorAction;

    public sealed record Skip : FacilitatorAction;

    public sealed record Back : FacilitatorAction;

    public sealed record Pause : FacilitatorAction;

    public sealed record Resume : FacilitatorAction;

    public sealed record Extend(TimeSpan By) : FacilitatorAction;

    public sealed record Note(string Author, NoteVisibility Visibility, string Text) : FacilitatorAction;

    public sealed record AddActionItem(string Owner, DateOnly? Due, string Text) : FacilitatorAction;

    public sealed record Finish : FacilitatorAction;

    public sealed record Abandon : FacilitatorAction;

    /// <summary>Leaves the session open, to continue later with <c>session resume</c>.</summary>
    public sealed record Quit : FacilitatorAction;

    /// <summary>Moves a manual (scripted) clock forward.</summary>
    public sealed record Wait(TimeSpan By) : FacilitatorAction;

    public sealed record Status : FacilitatorAction;

    public sealed record Help : FacilitatorAction;
}
