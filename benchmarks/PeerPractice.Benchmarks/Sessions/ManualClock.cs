namespace PeerPractice.Benchmarks.Sessions;

/// <summary>A clock moved by hand, so benchmarks measure the session, not timers.</summary>
internal sealed class ManualClock(DateTimeOffset start) : TimeProvider
{
    private DateTimeOffset _now = start;

    public override DateTimeOffset GetUtcNow() => _now;

    public void Advance(TimeSpan by) => _now += by;
}
