using System;
using System.Text.Json;
using System.Threading.Tasks;
using PeerPractice.Sessions;

namespace PeerPractice.Orleans;

/// <summary>Typed calls on <see cref="ISessionGrain"/>: library commands in, the JSON on the wire is the library's own.</summary>
public static class SessionGrainExtensions
{
    /// <summary>Runs a library command on the session grain.</summary>
    /// <param name="grain">The session.</param>
    /// <param name="command">The command.</param>
    /// <param name="expectedVersion">The version the caller saw last, or null.</param>
    /// <returns>The reply.</returns>
    public static Task<SessionReply> Execute(this ISessionGrain grain, SessionCommand command, long? expectedVersion = null)
    {
        ArgumentNullException.ThrowIfNull(grain);
        ArgumentNullException.ThrowIfNull(command);
        return grain.Execute(JsonSerializer.Serialize(command, SessionJsonContext.Default.SessionCommand), expectedVersion);
    }
}
