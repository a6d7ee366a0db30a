using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>Several rounds of tables, and who was not seated and why.</summary>
/// <param name="Rounds">The rounds, in order.</param>
/// <param name="NotSeated">Members left out (opted out of groups, snoozed, too few people, or in one round no table they could share under the rules), with reasons.</param>
public sealed record GroupPlan(ValueArray<GroupRound> Rounds, ValueArray<UnmatchedMember> NotSeated);
