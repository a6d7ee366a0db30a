namespace PeerPractice.WebHost.Live;

/// <summary>
/// The clock sessions run on (the grains' <c>SessionGrainOptions.Clock</c>, the pages' time left, the
/// documents' dates). Its own service rather than the container's <see cref="TimeProvider"/>, so a test
/// can run sessions on a fake clock while Orleans, Kestrel and SignalR keep real time.
/// </summary>
public sealed class SessionTime(TimeProvider provider)
{
    public TimeProvider Provider { get; } = provider;
}
