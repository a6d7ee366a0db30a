using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using PeerPractice.Agendas;
using PeerPractice.Collections;

namespace PeerPractice.Sessions;

// The event log as public records, and replay: rebuilding a session by applying its events in order.
public sealed partial class AgendaSession
{
    private readonly EventLog _log = new();
    private bool _replaying;

    /// <summary>The append-only event log, oldest first. Records are built on demand from compact entries.</summary>
    public IReadOnlyList<SessionEvent> Events => new EventView(this);

    /// <summary>
    /// Raised after each event is appended (by a command, or by a timer's warning or expiry), so a host
    /// can store events one by one as they happen. Not raised while replaying or restoring.
    /// </summary>
    public event EventHandler<SessionEventArgs>? EventAppended;

    /// <summary>The events after <paramref name="version"/> (a <see cref="Version"/> read earlier), oldest first.</summary>
    /// <param name="version">The last sequence number already seen; 0 for all.</param>
    public ValueArray<SessionEvent> EventsSince(long version)
    {
        var from = (int)Math.Clamp(version, 0, _log.Count);
        var list = new SessionEvent[_log.Count - from];
        for (var i = from; i < _log.Count; i++)
        {
            list[i - from] = Materialize(i);
        }

        return ValueArray<SessionEvent>.UnsafeWrap(list);
    }

    /// <summary>
    /// Rebuilds a session from its events, against the agenda and participants it was created with.
    /// Each event is applied with its own time; the result equals the session that wrote them.
    /// </summary>
    /// <param name="agenda">The agenda the session ran.</param>
    /// <param name="participants">The participants it was created with, in the same order.</param>
    /// <param name="time">The clock the rebuilt session continues with.</param>
    /// <param name="events">The events, from the first (<see cref="SessionCreated"/>) on.</param>
    /// <param name="options">The options it was created with; its first opener is taken from the log.</param>
    /// <exception cref="SessionRestoreException">The events do not fit the agenda, are out of order, or one of them would have been refused.</exception>
    public static AgendaSession Replay(AgendaDefinition agenda, IReadOnlyList<Participant> participants, TimeProvider time, IReadOnlyList<SessionEvent> events, SessionOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        ArgumentNullException.ThrowIfNull(participants);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentNullException.ThrowIfNull(events);
        using var enumerator = events.GetEnumerator();
        if (!enumerator.MoveNext() || enumerator.Current is not SessionCreated created || created.Sequence != 1)
        {
            throw new SessionRestoreException("The event log must begin with the session's creation (event 1).");
        }

        if (!string.Equals(created.AgendaId, agenda.Id, StringComparison.Ordinal) || created.ParticipantCount != participants.Count)
        {
            throw new SessionRestoreException(string.Format(
                CultureInfo.InvariantCulture,
                "The events were written for agenda '{0}' with {1} participants, not '{2}' with {3}.",
                created.AgendaId,
                created.ParticipantCount,
                agenda.Id,
                participants.Count));
        }

        var rebuilt = (options ?? SessionOptions.Default) with { FirstOpenerId = created.OpenerId };
        if (SessionSetup.Check(agenda, participants, rebuilt, out var copy, out var opener, out _) is { } reason)
        {
            throw new SessionRestoreException("The session cannot be rebuilt with these participants and options: " + reason);
        }

        var session = new AgendaSession(agenda, copy, opener, time, rebuilt, created.At);

        session._replaying = true;
        while (enumerator.MoveNext())
        {
            session.Apply(enumerator.Current);
        }

        session._replaying = false;
        session.Rearm();
        return session;
    }

    /// <summary>
    /// Applies events that another copy of this session wrote after this one's <see cref="Version"/>, so a
    /// follower (a read model on another host, a page's view) keeps up without replaying the whole log.
    /// Events this copy already holds are skipped; each event is applied with its own time.
    /// </summary>
    /// <remarks>
    /// A follower runs with <see cref="SessionOptions.EnableTimers"/> off: the writer's warnings and expiries
    /// reach it as events, and a timer of its own would raise them a second time.
    /// </remarks>
    /// <param name="events">Events in sequence order; the first one not yet held must be <see cref="Version"/> + 1.</param>
    /// <returns>How many events were applied.</returns>
    /// <exception cref="SessionRestoreException">
    /// An event is missing, out of order or would have been refused. The events before it stay applied
    /// (<see cref="Version"/> says how far), so the caller can read the gap from its store and call again.
    /// </exception>
    public int CatchUp(IEnumerable<SessionEvent> events)
    {
        ArgumentNullException.ThrowIfNull(events);
        var applied = 0;
        _replaying = true;
        try
        {
            foreach (var e in events)
            {
                if (e is not null && e.Sequence <= Version)
                {
                    continue;
                }

                Apply(e!);
                applied++;
            }
        }
        finally
        {
            _replaying = false;
            if (applied > 0)
            {
                Rearm();
            }
        }

        return applied;
    }

    private void Apply(SessionEvent e)
    {
        var expected = _log.Count + 1;
        if (e is null || e.Sequence != expected)
        {
            throw new SessionRestoreException(string.Format(CultureInfo.InvariantCulture, "Event {0} is missing: found {1} in its place.", expected, e?.Sequence.ToString(CultureInfo.InvariantCulture) ?? "nothing"));
        }

        if (e.At < _clock.LastAt)
        {
            throw new SessionRestoreException(string.Format(CultureInfo.InvariantCulture, "Event {0} is dated {1:O}, before the event it follows.", expected, e.At));
        }

        var result = e switch
        {
            AgreementAcknowledged a => DoAcknowledge(a.ParticipantId, a.AgreementId, a.At),
            SessionStarted => DoStart(e.At),
            TurnEnded t => InItem(t.ItemId) ?? DoNext(e.At, t.Automatic),
            ItemSkipped s => InItem(s.ItemId) ?? DoSkipItem(e.At),
            TimeboxExtended x => InItem(x.ItemId) ?? DoExtend(x.By, e.At),
            WentBack b => (b.FromItemId is null ? null : InItem(b.FromItemId)) ?? DoGoBack(e.At),
            SessionPaused => DoPause(e.At),
            SessionResumed => DoResume(e.At),
            NoteAdded n when n.Note is not null => DoAddNote(n.Note.Author, n.Note.Text, n.Note.Visibility, e.At),
            ActionItemAdded a when a.ActionItem is not null => DoAddActionItem(a.ActionItem.Owner, a.ActionItem.Text, a.ActionItem.Due, e.At),
            TimeboxWarning w => InItem(w.ItemId) ?? ApplyTimerEvent(EventKind.Warning, w.Left, e.At),
            TimeboxExpired x => InItem(x.ItemId) ?? ApplyTimerEvent(EventKind.Expired, TimeSpan.Zero, e.At),
            SessionFinished => DoFinish(e.At),
            SessionAbandoned => DoAbandon(e.At),
            _ => CommandResult.Refused($"'{e.GetType().Name}' cannot appear here"),
        };

        if (!result.Accepted)
        {
            throw new SessionRestoreException(string.Format(CultureInfo.InvariantCulture, "Event {0} ({1}) cannot be applied: {2}.", expected, e.GetType().Name, result.Reason));
        }
    }

    /// <summary>Refuses unless the session is in the item an event names (catches logs from another agenda version).</summary>
    private CommandResult? InItem(string? itemId) =>
        CurrentItem is { } item && string.Equals(item.Id, itemId, StringComparison.Ordinal)
            ? null
            : CommandResult.Refused($"it names item '{itemId}' but the session is {(CurrentItem is { } current ? "in '" + current.Id + "'" : "not in an item")}");

    private CommandResult ApplyTimerEvent(EventKind kind, TimeSpan left, DateTimeOffset at)
    {
        if (_position.Paused)
        {
            return Refuse("raise a timer event", Refusal.Paused);
        }

        Settle(at);
        if (kind == EventKind.Expired)
        {
            _clock.MarkExpired();
        }
        else
        {
            _clock.MarkWarned();
        }

        Append(kind, at, item: _position.ItemIndex, amount: left);
        return CommandResult.Ok;
    }

    private SessionEvent Materialize(int index)
    {
        var e = _log[index];
        long sequence = index + 1;
        return e.Kind switch
        {
            EventKind.Created => new SessionCreated(sequence, e.At, Agenda.Id, _participants.Length, _participants[_opener].Id),
            EventKind.Acknowledged => new AgreementAcknowledged(sequence, e.At, _participants[e.Subject].Id, Agenda.Agreements[e.Item].Id),
            EventKind.Started => new SessionStarted(sequence, e.At),
            EventKind.TurnEnded => new TurnEnded(sequence, e.At, ItemId(e.Item), e.Flag),
            EventKind.ItemSkipped => new ItemSkipped(sequence, e.At, ItemId(e.Item)),
            EventKind.Extended => new TimeboxExtended(sequence, e.At, ItemId(e.Item), e.Amount),
            EventKind.WentBack => new WentBack(sequence, e.At, e.Item < 0 ? null : ItemId(e.Item)),
            EventKind.Paused => new SessionPaused(sequence, e.At),
            EventKind.Resumed => new SessionResumed(sequence, e.At),
            EventKind.NoteAdded => new NoteAdded(sequence, e.At, _notes[e.Subject]),
            EventKind.ActionItemAdded => new ActionItemAdded(sequence, e.At, _actionItems[e.Subject]),
            EventKind.Warning => new TimeboxWarning(sequence, e.At, ItemId(e.Item), e.Amount),
            EventKind.Expired => new TimeboxExpired(sequence, e.At, ItemId(e.Item)),
            EventKind.Finished => new SessionFinished(sequence, e.At),
            _ => new SessionAbandoned(sequence, e.At),
        };
    }

    private void Append(EventKind kind, DateTimeOffset at, int subject = -1, int item = -1, TimeSpan amount = default, bool flag = false)
    {
        _log.Append(new EventEntry(kind, flag, subject, item, at.UtcTicks, amount.Ticks));
        if (EventAppended is { } handler && !_replaying)
        {
            // Records are built only when someone listens, so an unobserved session appends without allocating.
            handler(this, new SessionEventArgs(Materialize(_log.Count - 1)));
        }
    }

    private string ItemId(int index) => Agenda.Items[index].Id;

    /// <summary>A read-only view of the log that builds each record when it is read.</summary>
    private sealed class EventView(AgendaSession session) : IReadOnlyList<SessionEvent>
    {
        private readonly int _count = session._log.Count;

        public int Count => _count;

        public SessionEvent this[int index] => (uint)index < (uint)_count ? session.Materialize(index) : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<SessionEvent> GetEnumerator()
        {
            for (var i = 0; i < _count; i++)
            {
                yield return session.Materialize(i);
            }
        }

        IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
