using System;
using System.Collections.Generic;

namespace PeerPractice.Sessions;

// The accepted-or-refused core of every command, given the moment it happens. Live commands pass the
// clock's time, replay passes the event's time; both run exactly this code. Every path checks first
// and changes nothing until it knows the command is accepted.
public sealed partial class AgendaSession
{
    private readonly bool[] _acknowledged;
    private readonly ItemOutcome[] _outcomes;
    private readonly List<SessionNote> _notes = [];
    private readonly List<ActionItem> _actionItems = [];
    private int _missingAcknowledgements;
    private AgendaPosition _position = AgendaPosition.Initial;
    private TurnState _turn;

    private CommandResult DoAcknowledge(string participantId, string agreementId, DateTimeOffset now)
    {
        var p = IndexOfParticipant(participantId);
        if (p < 0)
        {
            return Refused($"cannot acknowledge: there is no participant '{participantId}' in this session");
        }

        var a = IndexOfAgreement(agreementId);
        if (a < 0)
        {
            return Refused($"cannot acknowledge: agenda '{Agenda.Id}' has no agreement '{agreementId}'");
        }

        var position = _position;
        var refusal = AgendaMachine.Fire(ref position, AgendaTrigger.Acknowledge, _plans.Length, _missingAcknowledgements == 0);
        if (refusal != Refusal.None)
        {
            return Refuse("acknowledge", refusal);
        }

        var slot = (p * Agenda.Agreements.Count) + a;
        if (_acknowledged[slot])
        {
            return Refused($"cannot acknowledge: {_participants[p].Name} has already acknowledged {agreementId}");
        }

        Settle(now);
        _position = position;
        _acknowledged[slot] = true;
        _missingAcknowledgements--;
        Append(EventKind.Acknowledged, now, p, a);
        return CommandResult.Ok;
    }

    private CommandResult DoStart(DateTimeOffset now)
    {
        var position = _position;
        var refusal = AgendaMachine.Fire(ref position, AgendaTrigger.Start, _plans.Length, _missingAcknowledgements == 0);
        if (refusal == Refusal.AgreementMissing)
        {
            var slot = Array.IndexOf(_acknowledged, false);
            var count = Agenda.Agreements.Count;
            return Refused($"cannot start: {_participants[slot / count].Name} has not acknowledged {Agenda.Agreements[slot % count].Id}");
        }

        if (refusal != Refusal.None)
        {
            return Refuse("start", refusal);
        }

        Settle(now);
        Enter(position);
        Append(EventKind.Started, now);
        return CommandResult.Ok;
    }

    private CommandResult DoNext(DateTimeOffset now, bool automatic)
    {
        if (_position.Phase != AgendaPhase.InItem || _position.Paused)
        {
            return RefuseOutsideItem("move on");
        }

        var itemIndex = _position.ItemIndex;
        var plan = _plans[itemIndex];
        var turn = _turn;
        var more = TurnMachine.Next(ref turn, plan);
        Settle(now);
        CloseTurn();
        if (more)
        {
            _turn = turn;
            OpenTurn();
        }
        else
        {
            _outcomes[itemIndex] = ItemOutcome.Completed;
            var position = _position;
            AgendaMachine.Fire(ref position, AgendaTrigger.ItemCompleted, _plans.Length, true);
            Enter(position);
        }

        Append(EventKind.TurnEnded, now, item: itemIndex, flag: automatic);
        return CommandResult.Ok;
    }

    private CommandResult DoSkipItem(DateTimeOffset now)
    {
        if (_position.Phase != AgendaPhase.InItem || _position.Paused)
        {
            return RefuseOutsideItem("skip");
        }

        var itemIndex = _position.ItemIndex;
        var position = _position;
        AgendaMachine.Fire(ref position, AgendaTrigger.Skip, _plans.Length, true);
        Settle(now);
        CloseTurn();
        if (_outcomes[itemIndex] != ItemOutcome.Completed)
        {
            _outcomes[itemIndex] = ItemOutcome.Skipped;
        }

        Enter(position);
        Append(EventKind.ItemSkipped, now, item: itemIndex);
        return CommandResult.Ok;
    }

    private CommandResult DoExtend(TimeSpan by, DateTimeOffset now)
    {
        if (_position.IsTerminal || _position.Phase != AgendaPhase.InItem)
        {
            return _position.IsTerminal ? Refuse("extend", Refusal.Terminal) : Refuse("extend", Refusal.NotNow);
        }

        if (by <= TimeSpan.Zero)
        {
            return Refused($"cannot extend: the extension must be positive, not {DurationText.Format(by)}");
        }

        if (by.Ticks > SessionLimits.MaxTurnTimebox.Ticks - _clock.TurnTimeboxTicks)
        {
            return Refused($"cannot extend: a turn's timebox may not exceed {DurationText.Format(SessionLimits.MaxTurnTimebox)}, and it is {DurationText.Format(TimeSpan.FromTicks(_clock.TurnTimeboxTicks))} already");
        }

        Settle(now);
        _clock.Extend(by);
        Append(EventKind.Extended, now, item: _position.ItemIndex, amount: by);
        return CommandResult.Ok;
    }

    private CommandResult DoGoBack(DateTimeOffset now)
    {
        var position = _position;
        var refusal = AgendaMachine.Fire(ref position, AgendaTrigger.Back, _plans.Length, true);
        if (refusal != Refusal.None)
        {
            return Refuse("go back", refusal);
        }

        var from = CurrentItemIndex;
        Settle(now);
        CloseTurn();
        Enter(position);
        Append(EventKind.WentBack, now, item: from);
        return CommandResult.Ok;
    }

    private CommandResult DoPause(DateTimeOffset now) => FireSimple(AgendaTrigger.Pause, "pause", EventKind.Paused, now);

    private CommandResult DoResume(DateTimeOffset now) => FireSimple(AgendaTrigger.Resume, "resume", EventKind.Resumed, now);

    private CommandResult DoFinish(DateTimeOffset now) => FireSimple(AgendaTrigger.Finish, "finish", EventKind.Finished, now);

    private CommandResult DoAbandon(DateTimeOffset now) => FireSimple(AgendaTrigger.Abandon, "abandon", EventKind.Abandoned, now);

    private CommandResult FireSimple(AgendaTrigger trigger, string verb, EventKind kind, DateTimeOffset now)
    {
        var position = _position;
        var refusal = AgendaMachine.Fire(ref position, trigger, _plans.Length, _missingAcknowledgements == 0);
        if (refusal != Refusal.None)
        {
            return Refuse(verb, refusal);
        }

        Settle(now);
        if (position.Phase != _position.Phase || position.ItemIndex != _position.ItemIndex)
        {
            // Finishing or abandoning leaves the current item (it stays unfinished) and closes the turn.
            CloseTurn();
            _turn = TurnState.None;
        }

        _position = position;
        Append(kind, now);
        if (_position.IsTerminal)
        {
            Dispose();
        }

        return CommandResult.Ok;
    }

    private CommandResult DoAddNote(string authorId, string text, NoteVisibility visibility, DateTimeOffset now)
    {
        var refusal = CheckRecord("add a note", authorId, text, SessionLimits.MaxNoteLength);
        if (refusal is not null)
        {
            return Refused(refusal);
        }

        Settle(now);
        _notes.Add(new SessionNote(authorId, text, visibility, now, CurrentItem?.Id));
        Append(EventKind.NoteAdded, now, subject: _notes.Count - 1);
        return CommandResult.Ok;
    }

    private CommandResult DoAddActionItem(string ownerId, string text, DateOnly? due, DateTimeOffset now)
    {
        var refusal = CheckRecord("add an action item", ownerId, text, SessionLimits.MaxActionItemLength);
        if (refusal is not null)
        {
            return Refused(refusal);
        }

        Settle(now);
        _actionItems.Add(new ActionItem(ownerId, text, due, CurrentItem?.Id));
        Append(EventKind.ActionItemAdded, now, subject: _actionItems.Count - 1);
        return CommandResult.Ok;
    }

    private string? CheckRecord(string verb, string participantId, string text, int maxLength)
    {
        if (_position.IsTerminal)
        {
            return Refuse(verb, Refusal.Terminal).Reason;
        }

        if (IndexOfParticipant(participantId) < 0)
        {
            return $"cannot {verb}: there is no participant '{participantId}' in this session";
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return $"cannot {verb}: the text is empty";
        }

        return text.Length > maxLength ? $"cannot {verb}: the text is {text.Length} characters long; the limit is {maxLength}" : null;
    }

    /// <summary>Moves to <paramref name="position"/> and, when it is an item, opens that item's first turn.</summary>
    private void Enter(AgendaPosition position)
    {
        _position = position;
        if (position.Phase == AgendaPhase.InItem)
        {
            if (_outcomes[position.ItemIndex] != ItemOutcome.Completed)
            {
                _outcomes[position.ItemIndex] = ItemOutcome.Started;
            }

            _turn = TurnMachine.Enter(_plans[position.ItemIndex]);
            OpenTurn();
        }
        else
        {
            _turn = TurnState.None;
        }
    }

    private static CommandResult Refused(string reason) => CommandResult.Refused(reason);

    private CommandResult RefuseOutsideItem(string verb) =>
        Refuse(verb, _position.IsTerminal ? Refusal.Terminal : _position.Paused ? Refusal.Paused : Refusal.NotNow);

    private CommandResult Refuse(string verb, Refusal refusal) => Refused(refusal switch
    {
        Refusal.Terminal => $"cannot {verb}: the session is {(_position.Phase == AgendaPhase.Finished ? "finished" : "abandoned")}",
        Refusal.Paused => $"cannot {verb}: the session is paused; resume it first",
        Refusal.AlreadyPaused => $"cannot {verb}: the session is already paused",
        Refusal.NotPaused => $"cannot {verb}: the session is not paused",
        Refusal.NoItemBefore => $"cannot {verb}: '{Agenda.Items[0].Id}' is the first item",
        _ => $"cannot {verb} {PhaseText()}",
    });

    private string PhaseText() => _position.Phase switch
    {
        AgendaPhase.NotStarted => "before the session has started",
        AgendaPhase.AgreementsPending => "while agreements are being acknowledged (start first)",
        AgendaPhase.InItem => $"during item '{Agenda.Items[_position.ItemIndex].Id}'",
        AgendaPhase.WrapUp => "during the wrap-up (finish or go back)",
        _ => "now",
    };
}
