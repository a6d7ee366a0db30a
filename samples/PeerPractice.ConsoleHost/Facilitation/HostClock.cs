namespace PeerPractice.ConsoleHost.Facilitation;

/// <summary>
/// The clock a hosted session runs on. Live sessions follow the system clock, shifted so that a
/// resumed session continues from the time of its last recorded event: time the host was not
/// running is not counted against anyone. Scripted sessions (tests, demos) use a manual clock that
/// moves only when told to.
/// </summary>
internal sealed class HostClock : TimeProvider
{
    private readonly TimeProvider? _system;
    private TimeSpan _shift;
    private DateTimeOffset _manualNow;

    private HostClock(TimeProvider? system, DateTimeOffset manualNow)
    {
        _system = system;
        _manualNow = manualNow;
    }

    public bool IsManual => _system is null;

    public static HostClock FromSystem(TimeProvider system) => new(system, default);

    public static HostClock Manual(DateTimeOffset start) => new(null, start);

    public override DateTimeOffset GetUtcNow() => _system is null ? _manualNow : _system.GetUtcNow() - _shift;

    /// <summary>Makes "now" equal <paramref name="lastRecorded"/> when it is later than the clock, so a resumed session picks up where its log stopped.</summary>
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

    /// <summary>Moves a manual clock forward; refused for the system clock, which moves by itself.</summary>
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
