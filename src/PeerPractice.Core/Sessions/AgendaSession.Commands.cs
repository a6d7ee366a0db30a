using System;

namespace PeerPractice.Sessions;

// The public command surface: a TryX form returning why it was refused, and a throwing form, per command.
public sealed partial class AgendaSession
{
    /// <summary>Runs a command given as data.</summary>
    /// <param name="command">The command.</param>
    /// <returns>Accepted, or refused with the reason; a refused command changes nothing.</returns>
    public CommandResult TryExecute(SessionCommand command) => command switch
    {
        AcknowledgeCommand c => TryAcknowledge(c.ParticipantId, c.AgreementId),
        StartCommand => TryStart(),
        NextCommand => TryNext(),
        SkipItemCommand => TrySkipItem(),
        ExtendCommand c => TryExtend(c.By),
        GoBackCommand => TryGoBack(),
        PauseCommand => TryPause(),
        ResumeCommand => TryResume(),
        AddNoteCommand c => TryAddNote(c.AuthorId, c.Text, c.Visibility),
        AddActionItemCommand c => TryAddActionItem(c.OwnerId, c.Text, c.Due),
        FinishCommand => TryFinish(),
        AbandonCommand => TryAbandon(),
        null => throw new ArgumentNullException(nameof(command)),
        _ => CommandResult.Refused($"cannot run: '{command.GetType().Name}' is not a session command"),
    };

    /// <summary>Runs a command given as data, throwing when refused.</summary>
    /// <param name="command">The command.</param>
    /// <exception cref="SessionCommandException">The command was refused; the session is unchanged.</exception>
    public void Execute(SessionCommand command) => TryExecute(command).ThrowIfRefused();

    /// <summary>A participant acknowledges an agreement; every participant must acknowledge every agreement before the first item.</summary>
    /// <param name="participantId">Who acknowledges.</param>
    /// <param name="agreementId">The agreement's id in the agenda.</param>
    public CommandResult TryAcknowledge(string participantId, string agreementId) => Done(DoAcknowledge(participantId, agreementId, Now()));

    /// <summary>Throwing form of <see cref="TryAcknowledge"/>.</summary>
    /// <param name="participantId">Who acknowledges.</param>
    /// <param name="agreementId">The agreement's id in the agenda.</param>
    /// <exception cref="SessionCommandException">Refused.</exception>
    public void Acknowledge(string participantId, string agreementId) => TryAcknowledge(participantId, agreementId).ThrowIfRefused();

    /// <summary>Begins the first item, once every agreement is acknowledged.</summary>
    public CommandResult TryStart() => Done(DoStart(Now()));

    /// <summary>Throwing form of <see cref="TryStart"/>.</summary>
    /// <exception cref="SessionCommandException">Refused.</exception>
    public void Start() => TryStart().ThrowIfRefused();

    /// <summary>Ends the current turn: the listeners respond, the next speaker speaks, or the next item (or wrap-up) begins.</summary>
    public CommandResult TryNext() => Done(DoNext(Now(), automatic: false));

    /// <summary>Throwing form of <see cref="TryNext"/>.</summary>
    /// <exception cref="SessionCommandException">Refused.</exception>
    public void Next() => TryNext().ThrowIfRefused();

    /// <summary>Skips the rest of the current item.</summary>
    public CommandResult TrySkipItem() => Done(DoSkipItem(Now()));

    /// <summary>Throwing form of <see cref="TrySkipItem"/>.</summary>
    /// <exception cref="SessionCommandException">Refused.</exception>
    public void SkipItem() => TrySkipItem().ThrowIfRefused();

    /// <summary>Adds time to the current turn's timebox (allowed while paused).</summary>
    /// <param name="by">How much; positive.</param>
    public CommandResult TryExtend(TimeSpan by) => Done(DoExtend(by, Now()));

    /// <summary>Throwing form of <see cref="TryExtend"/>.</summary>
    /// <param name="by">How much; positive.</param>
    /// <exception cref="SessionCommandException">Refused.</exception>
    public void Extend(TimeSpan by) => TryExtend(by).ThrowIfRefused();

    /// <summary>Goes back one item and starts it again from its first turn (from the wrap-up: to the last item).</summary>
    public CommandResult TryGoBack() => Done(DoGoBack(Now()));

    /// <summary>Throwing form of <see cref="TryGoBack"/>.</summary>
    /// <exception cref="SessionCommandException">Refused.</exception>
    public void GoBack() => TryGoBack().ThrowIfRefused();

    /// <summary>Pauses the session; no time counts against turns until it resumes.</summary>
    public CommandResult TryPause() => Done(DoPause(Now()));

    /// <summary>Throwing form of <see cref="TryPause"/>.</summary>
    /// <exception cref="SessionCommandException">Refused.</exception>
    public void Pause() => TryPause().ThrowIfRefused();

    /// <summary>Resumes a paused session where it was.</summary>
    public CommandResult TryResume() => Done(DoResume(Now()));

    /// <summary>Throwing form of <see cref="TryResume"/>.</summary>
    /// <exception cref="SessionCommandException">Refused.</exception>
    public void Resume() => TryResume().ThrowIfRefused();

    /// <summary>Takes a note, attached to the current item if any.</summary>
    /// <param name="authorId">The participant who writes it.</param>
    /// <param name="text">The note.</param>
    /// <param name="visibility">Private unless marked shareable.</param>
    public CommandResult TryAddNote(string authorId, string text, NoteVisibility visibility = NoteVisibility.Private) =>
        Done(DoAddNote(authorId, text, visibility, Now()));

    /// <summary>Throwing form of <see cref="TryAddNote"/>.</summary>
    /// <param name="authorId">The participant who writes it.</param>
    /// <param name="text">The note.</param>
    /// <param name="visibility">Private unless marked shareable.</param>
    /// <exception cref="SessionCommandException">Refused.</exception>
    public void AddNote(string authorId, string text, NoteVisibility visibility = NoteVisibility.Private) =>
        TryAddNote(authorId, text, visibility).ThrowIfRefused();

    /// <summary>Agrees an action item, attached to the current item if any.</summary>
    /// <param name="ownerId">The participant who will do it.</param>
    /// <param name="text">What will be done.</param>
    /// <param name="due">When it is due, or null.</param>
    public CommandResult TryAddActionItem(string ownerId, string text, DateOnly? due = null) => Done(DoAddActionItem(ownerId, text, due, Now()));

    /// <summary>Throwing form of <see cref="TryAddActionItem"/>.</summary>
    /// <param name="ownerId">The participant who will do it.</param>
    /// <param name="text">What will be done.</param>
    /// <param name="due">When it is due, or null.</param>
    /// <exception cref="SessionCommandException">Refused.</exception>
    public void AddActionItem(string ownerId, string text, DateOnly? due = null) => TryAddActionItem(ownerId, text, due).ThrowIfRefused();

    /// <summary>Closes the session from an item or the wrap-up; items not completed stay unfinished.</summary>
    public CommandResult TryFinish() => Done(DoFinish(Now()));

    /// <summary>Throwing form of <see cref="TryFinish"/>.</summary>
    /// <exception cref="SessionCommandException">Refused.</exception>
    public void Finish() => TryFinish().ThrowIfRefused();

    /// <summary>Abandons the session (allowed in any phase before it closes).</summary>
    public CommandResult TryAbandon() => Done(DoAbandon(Now()));

    /// <summary>Throwing form of <see cref="TryAbandon"/>.</summary>
    /// <exception cref="SessionCommandException">Refused.</exception>
    public void Abandon() => TryAbandon().ThrowIfRefused();

    private CommandResult Done(CommandResult result)
    {
        if (result.Accepted)
        {
            Rearm();
        }

        return result;
    }
}
