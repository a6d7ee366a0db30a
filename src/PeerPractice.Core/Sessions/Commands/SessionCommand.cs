using System.Text.Json.Serialization;

namespace PeerPractice.Sessions;

/// <summary>
/// A command to a session as plain data, so it can cross a process boundary (a queue, an actor
/// message) and be run with <see cref="AgendaSession.TryExecute(SessionCommand)"/>. Each command
/// also has a method form on <see cref="AgendaSession"/>.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "$command")]
[JsonDerivedType(typeof(AcknowledgeCommand), "acknowledge")]
[JsonDerivedType(typeof(StartCommand), "start")]
[JsonDerivedType(typeof(NextCommand), "next")]
[JsonDerivedType(typeof(SkipItemCommand), "skip-item")]
[JsonDerivedType(typeof(ExtendCommand), "extend")]
[JsonDerivedType(typeof(GoBackCommand), "go-back")]
[JsonDerivedType(typeof(PauseCommand), "pause")]
[JsonDerivedType(typeof(ResumeCommand), "resume")]
[JsonDerivedType(typeof(AddNoteCommand), "add-note")]
[JsonDerivedType(typeof(AddActionItemCommand), "add-action-item")]
[JsonDerivedType(typeof(FinishCommand), "finish")]
[JsonDerivedType(typeof(AbandonCommand), "abandon")]
public abstract record SessionCommand;
