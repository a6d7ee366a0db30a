using System;
using PeerPractice.Orleans.Grains;
using PeerPractice.Sessions;

namespace PeerPractice.Orleans;

/// <summary>
/// Reads what a session grain keeps with a stored session (<see cref="StoredSession.HostData"/>): the
/// engine's options given at <see cref="ISessionGrain.Start"/> and the caller's own
/// <see cref="SessionStartRequest.HostData"/>. A host that replays a session outside the grain (a web
/// host's read model, say) uses it to replay with the options the session ran with.
/// </summary>
public static class StoredSessionSettings
{
    /// <summary>The caller's own data given at start (<see cref="SessionStartRequest.HostData"/>), or null.</summary>
    /// <param name="session">The stored session.</param>
    /// <returns>The host data.</returns>
    public static string? HostDataOf(StoredSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        return SessionGrain.ReadSettings(session.HostData).HostData;
    }

    /// <summary>The engine's options the session runs with (timers off: the caller polls or replays).</summary>
    /// <param name="session">The stored session.</param>
    /// <returns>The options.</returns>
    public static SessionOptions OptionsOf(StoredSession session)
    {
        ArgumentNullException.ThrowIfNull(session);
        var settings = SessionGrain.ReadSettings(session.HostData);
        return SessionGrain.Options(settings.AutoAdvance, settings.WarningFraction);
    }
}
