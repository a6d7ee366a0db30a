using System;
using System.Collections.Generic;

namespace PeerPractice.Sessions;

// Read-only views of the time kept and of what the session produced, including time not yet settled.
public sealed partial class AgendaSession
{
    /// <summary>Floor time and share per participant, in participant order, up to now.</summary>
    public IReadOnlyList<SpeakingTime> SpeakingTimes
    {
        get
        {
            var ticks = _clock.ParticipantTicksWith(CurrentFloor, _turn.Phase != TurnPhase.None && !_position.Paused ? PendingTicks() : 0);

            long total = 0;
            foreach (var t in ticks)
            {
                total += t;
            }

            var list = new SpeakingTime[ticks.Length];
            for (var i = 0; i < ticks.Length; i++)
            {
                list[i] = new SpeakingTime(_participants[i].Id, TimeSpan.FromTicks(ticks[i]), total == 0 ? 0 : (double)ticks[i] / total);
            }

            return list;
        }
    }

    /// <summary>Time kept per agenda item, in agenda order, up to now.</summary>
    public IReadOnlyList<ItemTime> ItemTimes
    {
        get
        {
            var list = new ItemTime[_plans.Length];
            var pending = _turn.Phase != TurnPhase.None && !_position.Paused ? PendingTicks() : 0;
            for (var i = 0; i < list.Length; i++)
            {
                var spent = _clock.ItemTicks(i) + (i == CurrentItemIndex ? pending : 0);
                list[i] = new ItemTime(Agenda.Items[i].Id, i, TimeSpan.FromTicks(spent), Planned(_plans[i]), TimeSpan.FromTicks(_clock.ItemOverrunTicks(i)), _outcomes[i]);
            }

            return list;
        }
    }

    /// <summary>Ids of the items not completed, in agenda order.</summary>
    public IReadOnlyList<string> UnfinishedItemIds
    {
        get
        {
            var list = new List<string>();
            for (var i = 0; i < _outcomes.Length; i++)
            {
                if (_outcomes[i] != ItemOutcome.Completed)
                {
                    list.Add(Agenda.Items[i].Id);
                }
            }

            return list;
        }
    }

    /// <summary>Notes marked shareable, in the order taken.</summary>
    public IReadOnlyList<SessionNote> ShareableNotes => _notes.FindAll(n => n.Visibility == NoteVisibility.Shareable);

    /// <summary>What the session produced, for documents; only shareable notes are included.</summary>
    public SessionSummary Summarize() => new(
        Agenda,
        _participants,
        CreatedAt,
        Elapsed,
        Phase,
        SpeakingTimes,
        ItemTimes,
        ShareableNotes,
        _actionItems.ToArray(),
        UnfinishedItemIds,
        CarriedOver);

    private static TimeSpan Planned(ItemPlan plan)
    {
        var ticks = plan.SpeakTimebox.Ticks * plan.TurnCount;
        if (plan.HasResponse)
        {
            foreach (var floor in plan.TurnFloors)
            {
                if ((plan.Everyone & ~floor) != 0)
                {
                    ticks += plan.ResponseTimebox.Ticks;
                }
            }
        }

        return TimeSpan.FromTicks(ticks);
    }
}
