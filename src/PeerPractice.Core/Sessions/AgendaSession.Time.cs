using System;
using System.Threading;

namespace PeerPractice.Sessions;

// Time accounting and timers. Time is attributed lazily: each accepted change first settles the time
// since the previous change onto whoever held the floor (or the pause, or the time outside items).
// Reading never settles, so reads cannot make a live session differ from its replay.
public sealed partial class AgendaSession
{
    private readonly long[] _participantTicks;
    private readonly long[] _itemTicks;
    private readonly long[] _itemOverrunTicks;
    private readonly ItemOutcome[] _outcomes;
    private readonly TimerCallback _timerCallback;
    private readonly Action _poll;
    private long _outsideTicks;
    private long _pausedTicks;
    private long _turnElapsedTicks;
    private long _turnExtensionTicks;
    private bool _warned;
    private bool _expired;
    private bool _replaying;
    private DateTimeOffset _lastAt;
    private ITimer? _timer;

    /// <summary>The current turn's timebox, extensions included; zero when not in an item.</summary>
    public TimeSpan TurnTimebox => _turn.Phase == TurnPhase.None ? TimeSpan.Zero : TimeSpan.FromTicks(TurnTimeboxTicks);

    /// <summary>Time left in the current turn (negative once overrun); zero when not in an item. Frozen while paused.</summary>
    public TimeSpan TimeLeft => _turn.Phase == TurnPhase.None ? TimeSpan.Zero : TimeSpan.FromTicks(TurnLeftTicks(PendingTicks()));

    /// <summary>How far the current turn has run past its timebox; zero when within it.</summary>
    public TimeSpan Overrun => TimeLeft < TimeSpan.Zero ? TimeSpan.Zero - TimeLeft : TimeSpan.Zero;

    /// <summary>Time since creation, up to now or to the close of the session.</summary>
    public TimeSpan Elapsed => (_position.IsTerminal ? _lastAt : Now()) - CreatedAt;

    /// <summary>Time spent paused.</summary>
    public TimeSpan PausedTime => TimeSpan.FromTicks(_pausedTicks + (_position.Paused ? PendingTicks() : 0));

    /// <summary>Time spent running but outside items: agreements, between start and the wrap-up's close.</summary>
    public TimeSpan OutsideItemsTime => TimeSpan.FromTicks(_outsideTicks + (!_position.Paused && _position.Phase != AgendaPhase.InItem && !_position.IsTerminal ? PendingTicks() : 0));

    private long TurnTimeboxTicks => _plans[_position.ItemIndex].Timebox(_turn).Ticks + _turnExtensionTicks;

    /// <summary>Raises any due warning or expiry now (timers call this; hosts without timers call it from their own loop).</summary>
    public void Poll()
    {
        PollAt(Now());
        Rearm();
    }

    private DateTimeOffset Now()
    {
        // Never let a clock that steps back make time negative.
        var now = _time.GetUtcNow();
        return now < _lastAt ? _lastAt : now;
    }

    /// <summary>Time since the last settled change that still counts (nothing counts once closed).</summary>
    private long PendingTicks() => _position.IsTerminal ? 0 : (Now() - _lastAt).Ticks;

    private long TurnLeftTicks(long pending) => TurnTimeboxTicks - _turnElapsedTicks - (_position.Paused ? 0 : pending);

    private long WarningThresholdTicks() =>
        Options.WarningFraction <= 0 ? long.MinValue : (long)(TurnTimeboxTicks * Math.Min(Options.WarningFraction, 1.0));

    private void Settle(DateTimeOffset now)
    {
        var delta = (now - _lastAt).Ticks;
        if (delta <= 0 || _position.IsTerminal)
        {
            return;
        }

        _lastAt = now;
        if (_position.Paused)
        {
            _pausedTicks += delta;
        }
        else if (_position.Phase == AgendaPhase.InItem)
        {
            _itemTicks[_position.ItemIndex] += delta;
            _turnElapsedTicks += delta;
            Split(CurrentFloor, delta, _participantTicks);
        }
        else
        {
            _outsideTicks += delta;
        }
    }

    /// <summary>Shares <paramref name="ticks"/> equally among the floor's holders; the odd ticks go to the first holders, so totals stay exact.</summary>
    private static void Split(ulong floor, long ticks, long[] totals)
    {
        var holders = (long)ulong.PopCount(floor);
        var share = ticks / holders;
        var remainder = ticks % holders;
        while (floor != 0)
        {
            var index = (int)ulong.TrailingZeroCount(floor);
            totals[index] += share + (remainder-- > 0 ? 1 : 0);
            floor &= floor - 1;
        }
    }

    private void OpenTurn()
    {
        _turnElapsedTicks = 0;
        _turnExtensionTicks = 0;
        _warned = false;
        _expired = false;
    }

    private void CloseTurn()
    {
        if (_turn.Phase == TurnPhase.None)
        {
            return;
        }

        var over = _turnElapsedTicks - TurnTimeboxTicks;
        if (over > 0)
        {
            _itemOverrunTicks[_position.ItemIndex] += over;
        }
    }

    private void PollAt(DateTimeOffset now)
    {
        if (_position.Phase != AgendaPhase.InItem || _position.Paused || _position.IsTerminal)
        {
            return;
        }

        var left = TurnLeftTicks((now - _lastAt).Ticks);
        if (!_warned && left <= WarningThresholdTicks())
        {
            Settle(now);
            _warned = true;
            if (left > 0)
            {
                Append(EventKind.Warning, now, item: _position.ItemIndex, amount: TimeSpan.FromTicks(left));
            }
        }

        if (!_expired && left <= 0)
        {
            Settle(now);
            _expired = true;
            Append(EventKind.Expired, now, item: _position.ItemIndex);
            if (Options.AutoAdvance)
            {
                DoNext(now, automatic: true);
            }
        }
    }

    /// <summary>Points the timer at the next warning or expiry of the current turn, or stops it.</summary>
    private void Rearm()
    {
        if (_replaying || !Options.EnableTimers)
        {
            return;
        }

        long? due = null;
        if (_position.Phase == AgendaPhase.InItem && !_position.Paused)
        {
            var left = TurnLeftTicks(PendingTicks());
            var threshold = WarningThresholdTicks();
            due = !_warned && threshold != long.MinValue ? left - threshold : !_expired ? left : null;
        }

        if (due is not { } dueTicks)
        {
            _timer?.Change(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
            return;
        }

        _timer ??= _time.CreateTimer(_timerCallback, null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
        _timer.Change(TimeSpan.FromTicks(Math.Max(0, dueTicks)), Timeout.InfiniteTimeSpan);
    }

    private void OnTimer(object? state)
    {
        if (Options.TimerDispatch is { } dispatch)
        {
            dispatch(_poll);
        }
        else
        {
            Poll();
        }
    }
}
