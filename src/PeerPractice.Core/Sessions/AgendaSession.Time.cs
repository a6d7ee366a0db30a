using System;
using System.Threading;

namespace PeerPractice.Sessions;

// Time: the session's TimeKeeper (every counter), the clock it reads, and the timer that raises
// warnings and expiries. Each due deadline is settled at its own moment, in order, however late the
// poll that finds it.
public sealed partial class AgendaSession
{
    private readonly TimeProvider _time;
    private readonly TimeKeeper _clock;
    private readonly TimerCallback _timerCallback;
    private readonly Action _poll;
    private ITimer? _timer;

    /// <summary>The current turn's timebox, extensions included; zero when not in an item.</summary>
    public TimeSpan TurnTimebox => _turn.Phase == TurnPhase.None ? TimeSpan.Zero : TimeSpan.FromTicks(_clock.TurnTimeboxTicks);

    /// <summary>Time left in the current turn (negative once overrun); zero when not in an item. Frozen while paused.</summary>
    public TimeSpan TimeLeft => _turn.Phase == TurnPhase.None ? TimeSpan.Zero : TimeSpan.FromTicks(_clock.LeftTicks(PendingTicks(), _position.Paused));

    /// <summary>How far the current turn has run past its timebox; zero when within it.</summary>
    public TimeSpan Overrun => TimeLeft < TimeSpan.Zero ? TimeSpan.Zero - TimeLeft : TimeSpan.Zero;

    /// <summary>Time since creation, up to now or to the close of the session.</summary>
    public TimeSpan Elapsed => (_position.IsTerminal ? _clock.LastAt : Now()) - CreatedAt;

    /// <summary>Time spent paused.</summary>
    public TimeSpan PausedTime => TimeSpan.FromTicks(_clock.PausedTicks + (_position.Paused ? PendingTicks() : 0));

    /// <summary>Time spent running but outside items: agreements, between start and the wrap-up's close.</summary>
    public TimeSpan OutsideItemsTime => TimeSpan.FromTicks(_clock.OutsideTicks + (!_position.Paused && _position.Phase != AgendaPhase.InItem && !_position.IsTerminal ? PendingTicks() : 0));

    /// <summary>
    /// Raises any due warning or expiry now (timers call this; hosts without timers call it from their
    /// own loop). A poll that arrives late settles each expiry at its deadline, in order: with
    /// <see cref="SessionOptions.AutoAdvance"/> a long gap runs through every turn it covers, each
    /// credited exactly its timebox.
    /// </summary>
    public void Poll()
    {
        PollAt(Now());
        Rearm();
    }

    private DateTimeOffset Now()
    {
        // Never let a clock that steps back make time negative.
        var now = _time.GetUtcNow();
        return now < _clock.LastAt ? _clock.LastAt : now;
    }

    /// <summary>Time since the last settled change that still counts (nothing counts once closed).</summary>
    private long PendingTicks() => _position.IsTerminal ? 0 : _clock.PendingTicks(Now());

    private void Settle(DateTimeOffset now) => _clock.Settle(now, _position, CurrentFloor);

    private void OpenTurn() => _clock.OpenTurn(_plans[_position.ItemIndex].Timebox(_turn));

    private void CloseTurn()
    {
        if (_turn.Phase != TurnPhase.None)
        {
            _clock.CloseTurn(_position.ItemIndex);
        }
    }

    private void PollAt(DateTimeOffset now)
    {
        while (_position.Phase == AgendaPhase.InItem && !_position.Paused && !_position.IsTerminal)
        {
            var expiresAt = _clock.ExpiryAt();
            if (!_clock.Expired && expiresAt <= now)
            {
                // Settle at the deadline, not at the poll: the turn is credited its timebox and no more,
                // and with auto-advance the next turn starts at the deadline.
                Settle(expiresAt);
                _clock.MarkExpired();
                Append(EventKind.Expired, expiresAt, item: _position.ItemIndex);
                if (Options.AutoAdvance)
                {
                    DoNext(expiresAt, automatic: true);
                    continue;
                }

                return;
            }

            var left = _clock.LeftTicks((now - _clock.LastAt).Ticks, paused: false);
            if (!_clock.Warned && left <= _clock.WarningThresholdTicks)
            {
                Settle(now);
                _clock.MarkWarned();
                Append(EventKind.Warning, now, item: _position.ItemIndex, amount: TimeSpan.FromTicks(left));
            }

            return;
        }
    }

    /// <summary>Points the timer at the next warning or expiry of the current turn, or stops it.</summary>
    private void Rearm()
    {
        if (_replaying || !Options.EnableTimers)
        {
            return;
        }

        var due = _position.Phase == AgendaPhase.InItem && !_position.Paused ? _clock.NextDueTicks(PendingTicks()) : null;
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
