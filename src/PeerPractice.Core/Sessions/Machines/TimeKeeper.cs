using System;

namespace PeerPractice.Sessions;

/// <summary>
/// The session's time-keeping, the third machine beside <see cref="AgendaMachine"/> and
/// <see cref="TurnMachine"/>: who is credited for the time that passes, the current turn's timebox
/// and its warning and expiry. Time is attributed lazily: each accepted change first settles the
/// time since the previous change onto whoever held the floor (or the pause, or the time outside
/// items). Reading never settles, so reads cannot make a live session differ from its replay.
/// It owns every time counter of the session and allocates nothing after construction.
/// </summary>
internal sealed class TimeKeeper
{
    private readonly long[] _participantTicks;
    private readonly long[] _itemTicks;
    private readonly long[] _itemOverrunTicks;
    private readonly double _warningFraction;
    private long _turnBaseTicks;

    public TimeKeeper(int participantCount, int itemCount, DateTimeOffset createdAt, double warningFraction)
    {
        _participantTicks = new long[participantCount];
        _itemTicks = new long[itemCount];
        _itemOverrunTicks = new long[itemCount];
        _warningFraction = warningFraction;
        LastAt = createdAt;
    }

    /// <summary>The moment up to which time has been attributed.</summary>
    public DateTimeOffset LastAt { get; private set; }

    public long OutsideTicks { get; private set; }

    public long PausedTicks { get; private set; }

    public long TurnElapsedTicks { get; private set; }

    public long TurnExtensionTicks { get; private set; }

    /// <summary>True once the current turn's warning was raised (or passed by its expiry).</summary>
    public bool Warned { get; private set; }

    /// <summary>True once the current turn's expiry was raised.</summary>
    public bool Expired { get; private set; }

    /// <summary>The current turn's timebox, extensions included.</summary>
    public long TurnTimeboxTicks => _turnBaseTicks + TurnExtensionTicks;

    /// <summary>The time left when a warning is due; <see cref="long.MinValue"/> when warnings are off.</summary>
    public long WarningThresholdTicks => _warningFraction <= 0 ? long.MinValue : (long)(TurnTimeboxTicks * Math.Min(_warningFraction, 1.0));

    /// <summary>Floor time per participant, with <paramref name="pending"/> unsettled ticks shared over <paramref name="floor"/>.</summary>
    public long[] ParticipantTicksWith(ulong floor, long pending)
    {
        var ticks = (long[])_participantTicks.Clone();
        Split(floor, pending, ticks);
        return ticks;
    }

    public long ItemTicks(int index) => _itemTicks[index];

    public long ItemOverrunTicks(int index) => _itemOverrunTicks[index];

    /// <summary>Time since the last settled change, up to <paramref name="now"/>.</summary>
    public long PendingTicks(DateTimeOffset now) => Math.Max(0, (now - LastAt).Ticks);

    /// <summary>Time left in the current turn after <paramref name="pending"/> more ticks (nothing counts while paused).</summary>
    public long LeftTicks(long pending, bool paused) => TurnTimeboxTicks - TurnElapsedTicks - (paused ? 0 : pending);

    /// <summary>When the running turn's timebox ends: never before the last settled change.</summary>
    public DateTimeOffset ExpiryAt()
    {
        var left = LeftTicks(0, paused: false);
        return left <= 0 ? LastAt : LastAt + TimeSpan.FromTicks(left);
    }

    /// <summary>Attributes the time from the last settled change to <paramref name="now"/>; a step back in time is ignored.</summary>
    /// <param name="now">The moment of the change.</param>
    /// <param name="position">Where the session was during that time.</param>
    /// <param name="floor">Who held the floor during that time (zero outside items).</param>
    public void Settle(DateTimeOffset now, in AgendaPosition position, ulong floor)
    {
        var delta = (now - LastAt).Ticks;
        if (delta <= 0 || position.IsTerminal)
        {
            return;
        }

        LastAt = now;
        if (position.Paused)
        {
            PausedTicks += delta;
        }
        else if (position.Phase == AgendaPhase.InItem)
        {
            _itemTicks[position.ItemIndex] += delta;
            TurnElapsedTicks += delta;
            Split(floor, delta, _participantTicks);
        }
        else
        {
            OutsideTicks += delta;
        }
    }

    /// <summary>Starts a turn with the timebox its plan gives it.</summary>
    public void OpenTurn(TimeSpan timebox)
    {
        _turnBaseTicks = timebox.Ticks;
        TurnElapsedTicks = 0;
        TurnExtensionTicks = 0;
        Warned = false;
        Expired = false;
    }

    /// <summary>Ends the current turn, adding what it ran past its timebox to its item's overrun.</summary>
    public void CloseTurn(int itemIndex)
    {
        var over = TurnElapsedTicks - TurnTimeboxTicks;
        if (over > 0)
        {
            _itemOverrunTicks[itemIndex] += over;
        }
    }

    /// <summary>Adds to the current turn's timebox and re-arms the warning and expiry that the new time left has not reached.</summary>
    public void Extend(TimeSpan by)
    {
        TurnExtensionTicks += by.Ticks;
        var left = LeftTicks(0, paused: false);
        Expired &= left <= 0;
        Warned &= left <= WarningThresholdTicks;
    }

    /// <summary>Records the warning as raised.</summary>
    public void MarkWarned() => Warned = true;

    /// <summary>Records the expiry as raised; it passes the warning point too whenever warnings are on.</summary>
    public void MarkExpired()
    {
        Expired = true;
        Warned |= WarningThresholdTicks != long.MinValue;
    }

    /// <summary>How long until the next warning or expiry of a running turn, or null when neither is due.</summary>
    public long? NextDueTicks(long pending)
    {
        var left = LeftTicks(pending, paused: false);
        var threshold = WarningThresholdTicks;
        return !Warned && threshold != long.MinValue ? left - threshold : !Expired ? left : null;
    }

    /// <summary>The counters as they stand (for snapshots).</summary>
    public (long[] Participants, long[] Items, long[] Overruns) CopyTotals() =>
        ((long[])_participantTicks.Clone(), (long[])_itemTicks.Clone(), (long[])_itemOverrunTicks.Clone());

    /// <summary>Shares <paramref name="ticks"/> equally among the floor's holders; the odd ticks go to the first holders, so totals stay exact.</summary>
    private static void Split(ulong floor, long ticks, long[] totals)
    {
        var holders = (long)ulong.PopCount(floor);
        if (holders == 0)
        {
            return;
        }

        var share = ticks / holders;
        var remainder = ticks % holders;
        while (floor != 0)
        {
            var index = (int)ulong.TrailingZeroCount(floor);
            totals[index] += share + (remainder-- > 0 ? 1 : 0);
            floor &= floor - 1;
        }
    }
}
