using PeerPractice.Agendas;
using PeerPractice.Collections;

namespace PeerPractice.Sessions;

/// <summary>The next session of a relationship, as <see cref="RelationshipSeries.PlanNext"/> planned it, or why it cannot start.</summary>
/// <param name="Relationship">The relationship.</param>
/// <param name="Participants">Who takes part, in the relationship's order.</param>
/// <param name="Options">The options: carry-over, and the opener by the series' rule.</param>
/// <param name="Number">The session's number in the series, from 1.</param>
/// <param name="HostOrganization">For in-person meetings, the organization that hosts this one; null otherwise.</param>
/// <param name="Opener">The opener rule applied.</param>
/// <param name="Refusal">Why no session may start, or null.</param>
public sealed record NextSessionPlan(
    Relationship Relationship,
    ValueArray<Participant> Participants,
    SessionOptions Options,
    int Number,
    string? HostOrganization,
    OpenerRule Opener,
    string? Refusal)
{
    /// <summary>True when the session may start.</summary>
    public bool CanStart => Refusal is null;

    /// <summary>What is carried over from the series (never null on a plan that may start).</summary>
    public SessionCarryOver CarryOver => Options.CarriedOver ?? SessionCarryOver.None;

    internal static NextSessionPlan Refused(Relationship relationship, string reason) =>
        new(relationship, relationship.Participants, SessionOptions.Default, 0, null, OpenerRule.Given, reason);
}
