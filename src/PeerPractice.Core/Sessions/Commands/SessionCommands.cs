using System;

namespace PeerPractice.Sessions;

// The concrete commands: one line each, so they live together here rather than one per file.

/// <summary>A participant acknowledges an agreement (all must, before the first item).</summary>
/// <param name="ParticipantId">Who acknowledges.</param>
/// <param name="AgreementId">Which agreement, by its agenda id.</param>
public sealed record AcknowledgeCommand(string ParticipantId, string AgreementId) : SessionCommand;

/// <summary>Begin the first item.</summary>
public sealed record StartCommand : SessionCommand;

/// <summary>End the current turn.</summary>
public sealed record NextCommand : SessionCommand;

/// <summary>Skip the rest of the current item.</summary>
public sealed record SkipItemCommand : SessionCommand;

/// <summary>Extend the current turn's timebox.</summary>
/// <param name="By">How much time to add; positive.</param>
public sealed record ExtendCommand(TimeSpan By) : SessionCommand;

/// <summary>Go back one item (and start it again from its first turn).</summary>
public sealed record GoBackCommand : SessionCommand;

/// <summary>Pause the session.</summary>
public sealed record PauseCommand : SessionCommand;

/// <summary>Resume a paused session.</summary>
public sealed record ResumeCommand : SessionCommand;

/// <summary>Take a note.</summary>
/// <param name="AuthorId">The participant who writes it.</param>
/// <param name="Text">The note.</param>
/// <param name="Visibility">Private unless marked shareable.</param>
public sealed record AddNoteCommand(string AuthorId, string Text, NoteVisibility Visibility = NoteVisibility.Private) : SessionCommand;

/// <summary>Agree an action item.</summary>
/// <param name="OwnerId">The participant who will do it.</param>
/// <param name="Text">What will be done.</param>
/// <param name="Due">When it is due, or null.</param>
public sealed record AddActionItemCommand(string OwnerId, string Text, DateOnly? Due = null) : SessionCommand;

/// <summary>Close the session (from an item or the wrap-up); items not completed stay unfinished.</summary>
public sealed record FinishCommand : SessionCommand;

/// <summary>Abandon the session.</summary>
public sealed record AbandonCommand : SessionCommand;
