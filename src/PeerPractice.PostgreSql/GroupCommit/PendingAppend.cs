using System.Collections.Generic;
using PeerPractice.Sessions;

namespace PeerPractice.PostgreSql.GroupCommit;

/// <summary>One command's events for a session whose log must still end at <see cref="ExpectedVersion"/>.</summary>
internal sealed class PendingAppend(string sessionId, long expectedVersion, IReadOnlyList<EncodedEvent> events, string closing)
    : PendingWrite(sessionId, events)
{
    public long ExpectedVersion { get; } = expectedVersion;

    /// <inheritdoc />
    public override long Version => ExpectedVersion + Events.Count;

    /// <summary>The status the session moves to ('open' leaves it as it is).</summary>
    public string Closing { get; } = closing;

    /// <inheritdoc />
    public override int Bytes => EventBytes + 64;
}
