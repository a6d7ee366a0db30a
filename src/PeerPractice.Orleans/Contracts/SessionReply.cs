using System.Collections.Immutable;
using Orleans;

namespace PeerPractice.Orleans;

/// <summary>
/// What a session grain answers: accepted (its events are in the store) or refused with a typed
/// reason, and the version the session's log ends at either way, so a caller whose previous call got
/// no answer can tell by sequence whether it was recorded.
/// </summary>
/// <param name="Refusal">Why it was refused; <see cref="SessionRefusal.None"/> when accepted.</param>
/// <param name="Reason">A sentence for people; null when accepted.</param>
/// <param name="Version">The sequence number of the last stored event after the call (0 for an unknown session).</param>
/// <param name="Events">The events the call appended, in order.</param>
[GenerateSerializer]
[Immutable]
[Alias("PeerPractice.SessionReply")]
public sealed record SessionReply(
    [property: Id(0)] SessionRefusal Refusal,
    [property: Id(1)] string? Reason,
    [property: Id(2)] long Version,
    [property: Id(3)] ImmutableArray<SessionEventMessage> Events)
{
    /// <summary>Whether the call was accepted.</summary>
    public bool Accepted => Refusal == SessionRefusal.None;

    /// <summary>A refusal.</summary>
    /// <param name="refusal">Why.</param>
    /// <param name="reason">The sentence.</param>
    /// <param name="version">The session's version.</param>
    /// <returns>The reply.</returns>
    public static SessionReply Refused(SessionRefusal refusal, string reason, long version) => new(refusal, reason, version, []);
}
