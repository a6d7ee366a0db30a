using System;
using System.Globalization;

namespace PeerPractice.PostgreSql.GroupCommit;

/// <summary>
/// The time a session's clock showed, to keep (<see cref="PeerPractice.Sessions.ISessionStore.SaveClockAsync"/>); never moves a
/// kept time back.
/// </summary>
/// <remarks>
/// Group-committed like the appends because every running session keeps its clock on the same period:
/// sessions started together (a programme's evening, a load run) save together, and a thousand
/// one-row commits at once held the appends' commits up for up to 1.9 s (docs/benchmarks.md).
/// </remarks>
internal sealed class PendingClock(string sessionId, DateTimeOffset shownAt)
    : PendingWrite(sessionId, [])
{
    /// <summary>The time shown, as the row keeps it (round-trip text).</summary>
    public string ShownAt { get; } = shownAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    /// <summary>The same instant in ticks, which decides whether it is later than the kept one.</summary>
    public long ShownAtTicks { get; } = shownAt.UtcTicks;

    /// <inheritdoc />
    /// <remarks>A clock moves no version; its completion carries none.</remarks>
    public override long Version => 0;

    /// <inheritdoc />
    public override int Bytes => SessionId.Length + ShownAt.Length + 64;
}
