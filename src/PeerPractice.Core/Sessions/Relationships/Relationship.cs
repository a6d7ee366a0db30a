using System;
using System.Linq;
using PeerPractice.Agendas;
using PeerPractice.Collections;

namespace PeerPractice.Sessions;

/// <summary>
/// Two (or a few) members who meet regularly: the agenda they use, how often, and how the series runs.
/// Its sessions are the stored sessions whose <see cref="StoredSession.RelationshipId"/> is its id;
/// <see cref="RelationshipSeries"/> reads them back as a <see cref="SessionSeries"/>.
/// </summary>
/// <param name="Id">Unique in the store.</param>
/// <param name="Members">Who meets, in their base speaking order (2 to 8).</param>
/// <param name="AgendaId">The agenda each session runs (a built-in one, see <see cref="AgendaLibrary"/>).</param>
/// <param name="Cadence">How often they meet (from the agenda's cadence, or chosen).</param>
/// <param name="StartedAt">When the relationship began.</param>
public sealed record Relationship(string Id, ValueArray<RelationshipMember> Members, string AgendaId, Cadence Cadence, DateTimeOffset StartedAt)
{
    /// <summary>The most members a relationship has: beyond that it is a group, not an intimate relationship.</summary>
    public const int MaxMembers = 8;

    /// <summary>Between peers of different organizations, or a partnership inside one.</summary>
    public RelationshipKind Kind { get; init; }

    /// <summary>Whether sessions may start.</summary>
    public RelationshipStatus Status { get; init; }

    /// <summary>The introduction it began from, if any.</summary>
    public string? IntroductionId { get; init; }

    /// <summary>True when they meet in person: the host organization then alternates session by session.</summary>
    public bool InPerson { get; init; }

    /// <summary>The opener rule; null for the agenda's own <c>opener</c>.</summary>
    public OpenerRule? Opener { get; init; }

    /// <summary>Action items marked done, so they no longer carry over.</summary>
    public ValueArray<ActionItem> DoneActionItems { get; init; }

    /// <summary>Whether <paramref name="memberId"/> is a member.</summary>
    /// <param name="memberId">A member id.</param>
    public bool Includes(string memberId) => Members.Any(m => string.Equals(m.Id, memberId, StringComparison.Ordinal));

    /// <summary>The members as session participants, in order.</summary>
    public ValueArray<Participant> Participants => Members.Select(m => new Participant(m.Id, m.Name)).ToValueArray();
}

/// <summary>A member of a relationship, with what scheduling needs.</summary>
/// <param name="Id">The member id (the same as in profiles and sessions).</param>
/// <param name="Name">The name shown.</param>
/// <param name="Organization">The member's organization.</param>
public sealed record RelationshipMember(string Id, string Name, string Organization)
{
    /// <summary>The member's role, such as CIO or CFO (internal partnerships name the business executive's role).</summary>
    public string Role { get; init; } = "";

    /// <summary>The member's IANA time zone; <c>UTC</c> when not given.</summary>
    public string TimeZoneId { get; init; } = "UTC";

    /// <summary>The first working hour in the member's time zone (0-23).</summary>
    public int WorkdayStartHour { get; init; } = 9;

    /// <summary>The hour the working day ends in the member's time zone (1-24).</summary>
    public int WorkdayEndHour { get; init; } = 17;
}

/// <summary>What kind of relationship it is.</summary>
public enum RelationshipKind
{
    /// <summary>Peers at different organizations, usually from an accepted introduction.</summary>
    Peer,

    /// <summary>A partnership inside one organization (a CIO and a business executive), created directly, never matched.</summary>
    Internal,
}

/// <summary>Whether a relationship's sessions may start.</summary>
public enum RelationshipStatus
{
    /// <summary>Meeting regularly.</summary>
    Active,

    /// <summary>On a break: no session starts, and it is not listed as overdue.</summary>
    Paused,

    /// <summary>Over.</summary>
    Ended,
}
