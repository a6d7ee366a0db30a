using System;
using System.Collections.Generic;
using PeerPractice.Collections;

namespace PeerPractice.Sessions;

// Read-only snapshots of the time kept and of what the session produced, including time not yet settled.
public sealed partial class AgendaSession
{
    /// <summary>Floor time and share per participant, in participant order, up to now.</summary>
    public ValueArray<SpeakingTime> SpeakingTimes
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

            return ValueArray<SpeakingTime>.UnsafeWrap(list);
        }
    }

    /// <summary>Time kept per agenda item, in agenda order, up to now.</summary>
    public ValueArray<ItemTime> ItemTimes
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

            return ValueArray<ItemTime>.UnsafeWrap(list);
        }
    }

    /// <summary>Ids of the items not completed, in agenda order.</summary>
    public ValueArray<string> UnfinishedItemIds
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

            return list.ToValueArray();
        }
    }

    /// <summary>Notes marked shareable, in the order taken (<see cref="SessionNote.ShareableOf"/>).</summary>
    public ValueArray<SessionNote> ShareableNotes => SessionNote.ShareableOf(_notes);

    /// <summary>
    /// The record of this session for documents, calendars and its series: normally taken once it is
    /// closed; an open session gives what it has so far. It carries every note; documents keep only
    /// the shareable ones.
    /// </summary>
    /// <param name="nextMeeting">When the next meeting is, if the wrap-up scheduled one.</param>
    public SessionRecord ToRecord(DateTimeOffset? nextMeeting = null) => new(Agenda, ValueArray.Create(_participants), CreatedAt, CreatedAt + Elapsed)
    {
        Phase = Phase,
        SpeakingTimes = SpeakingTimes,
        ItemTimes = ItemTimes,
        Notes = _notes.ToValueArray(),
        ActionItems = _actionItems.ToValueArray(),
        UnfinishedItemIds = UnfinishedItemIds,
        CarriedOver = CarriedOver,
        NextMeeting = nextMeeting,
    };

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
