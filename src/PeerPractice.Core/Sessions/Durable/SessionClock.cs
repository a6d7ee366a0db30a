using System;

namespace PeerPractice.Sessions;

/// <summary>
/// The clock a durable session runs on. A live session follows the system clock, shifted so that a
/// resumed session continues from the time of its last recorded event: time no host was running it
/// is not counted against anyone. A scripted session (tests, demos) uses a manual clock that moves
/// only when told to.
/// </summary>
public sealed class SessionClock : TimeProvider
{
    private readonly TimeProvider? _system;
    private TimeSpan _shift;
    private DateTimeOffset _manualNow;

    private SessionClock(TimeProvider? system, DateTimeOffset manualNow)
    {
        _system = system;
        _manualNow = manualNow;
    }

    /// <summary>Whether the clock moves only through <see cref="TryAdvance"/>.</summary>
    public bool IsManual => _system is null;

    /// <summary>A clock that follows <paramref name="system"/>.</summary>
    /// <param name="system">The real clock (<see cref="TimeProvider.System"/>, or a fake one in tests).</param>
    /// <returns>The clock.</returns>
    public static SessionClock FromSystem(TimeProvider system)
    {
        ArgumentNullException.ThrowIfNull(system);
        return new(system, default);
    }

    /// <summary>A clock that stands at <paramref name="start"/> until moved.</summary>
    /// <param name="start">The time it shows.</param>
    /// <returns>The clock.</returns>
    public static SessionClock Manual(DateTimeOffset start) => new(null, start);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => _system is null ? _manualNow : _system.GetUtcNow() - _shift;

    /// <summary>Makes "now" equal <paramref name="lastRecorded"/> when it is later than the clock, so a resumed session picks up where its log stopped.</summary>
    /// <param name="lastRecorded">The time of the last recorded event (or the last time shown).</param>
    public void ContinueFrom(DateTimeOffset lastRecorded)
    {
        if (_system is null)
        {
            _manualNow = lastRecorded;
        }
        else
        {
            var gap = _system.GetUtcNow() - lastRecorded;
            _shift = gap > TimeSpan.Zero ? gap : TimeSpan.Zero;
        }
    }

    /// <summary>Moves a manual clock forward; refused for a system clock, which moves by itself.</summary>
    /// <param name="by">How far; not negative.</param>
    /// <returns>True when the clock moved.</returns>
    public bool TryAdvance(TimeSpan by)
    {
        if (_system is not null || by < TimeSpan.Zero)
        {
            return false;
        }

        _manualNow += by;
        return true;
    }
}
