using System;
using System.Collections.Generic;
using System.Linq;
using PeerPractice.Collections;

namespace PeerPractice.Sessions;

/// <summary>
/// The history of one relationship (a pair of peers, a breakfast group): speaking shares across its
/// sessions, the fairness rule that lets the quieter person open, and what carries into the next
/// check-in (unfinished items, open action items). Plain data plus rules: store the records anywhere.
/// </summary>
public sealed class SessionSeries
{
    private readonly List<SessionRecord> _sessions = [];
    private readonly List<ActionItem> _done = [];

    /// <summary>Creates an empty series.</summary>
    public SessionSeries()
    {
    }

    /// <summary>Creates a series from stored records, oldest first.</summary>
    /// <param name="sessions">The records.</param>
    /// <param name="doneActionItems">Action items already marked done.</param>
    public SessionSeries(IReadOnlyList<SessionRecord> sessions, IReadOnlyList<ActionItem>? doneActionItems = null)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        _sessions.AddRange(sessions);
        _done.AddRange(doneActionItems ?? []);
    }

    /// <summary>The recorded sessions, oldest first.</summary>
    public IReadOnlyList<SessionRecord> Sessions => _sessions;

    /// <summary>Action items marked done.</summary>
    public IReadOnlyList<ActionItem> DoneActionItems => _done;

    /// <summary>Records a closed session (its <see cref="AgendaSession.ToRecord"/>).</summary>
    /// <param name="session">A finished or abandoned session.</param>
    /// <exception cref="ArgumentException">The session is still running.</exception>
    public SessionRecord Record(AgendaSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        if (!session.IsClosed)
        {
            throw new ArgumentException("Only a finished or abandoned session can be recorded in its series.", nameof(session));
        }

        var record = session.ToRecord();
        _sessions.Add(record);
        return record;
    }

    /// <summary>Marks an action item done so it no longer carries over.</summary>
    /// <param name="item">An action item from a recorded session.</param>
    public void MarkDone(ActionItem item) => _done.Add(item);

    /// <summary>Floor time and share per person over every recorded session, ordered by participant id.</summary>
    public ValueArray<SpeakingTime> SpeakingShares
    {
        get
        {
            var totals = new SortedDictionary<string, long>(StringComparer.Ordinal);
            foreach (var time in _sessions.SelectMany(s => s.SpeakingTimes))
            {
                totals[time.ParticipantId] = totals.GetValueOrDefault(time.ParticipantId) + time.Time.Ticks;
            }

            var all = totals.Values.Sum();
            return totals.Select(t => new SpeakingTime(t.Key, TimeSpan.FromTicks(t.Value), all == 0 ? 0 : (double)t.Value / all)).ToValueArray();
        }
    }

    /// <summary>
    /// The quieter person among <paramref name="participantIds"/>: the least floor time over the series
    /// (someone new to the series counts as zero); ties keep the given order. Null when the series has no history.
    /// </summary>
    /// <param name="participantIds">The next session's participants.</param>
    public string? QuieterParticipant(IReadOnlyList<string> participantIds)
    {
        ArgumentNullException.ThrowIfNull(participantIds);
        if (_sessions.Count == 0)
        {
            return null;
        }

        var shares = SpeakingShares.ToDictionary(s => s.ParticipantId, s => s.Time, StringComparer.Ordinal);
        string? quietest = null;
        var least = TimeSpan.MaxValue;
        foreach (var id in participantIds)
        {
            var time = shares.GetValueOrDefault(id);
            if (time < least)
            {
                least = time;
                quietest = id;
            }
        }

        return quietest;
    }

    /// <summary>What the next session's check-in should bring back: the last session's unfinished items and every action item not marked done.</summary>
    public SessionCarryOver CarryOver
    {
        get
        {
            if (_sessions.Count == 0)
            {
                return SessionCarryOver.None;
            }

            var open = _sessions.SelectMany(s => s.ActionItems).Where(a => !_done.Contains(a)).ToValueArray();
            return new SessionCarryOver(_sessions[^1].UnfinishedItemIds, open);
        }
    }

    /// <summary>Options for the next session: the carry-over, and with <paramref name="fairness"/> the quieter person opening.</summary>
    /// <param name="participants">The next session's participants.</param>
    /// <param name="fairness">When true, the quieter person over the series opens.</param>
    /// <param name="baseOptions">Options to start from; <see cref="SessionOptions.Default"/> when null.</param>
    public SessionOptions OptionsForNext(IReadOnlyList<Participant> participants, bool fairness, SessionOptions? baseOptions = null)
    {
        ArgumentNullException.ThrowIfNull(participants);
        var options = (baseOptions ?? SessionOptions.Default) with { CarriedOver = CarryOver };
        return fairness ? options with { FirstOpenerId = QuieterParticipant(participants.Select(p => p.Id).ToArray()) ?? options.FirstOpenerId } : options;
    }
}
