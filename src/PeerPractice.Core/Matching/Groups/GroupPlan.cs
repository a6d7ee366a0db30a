using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>Several rounds of tables, and who was not seated and why.</summary>
/// <param name="Rounds">The rounds, in order.</param>
/// <param name="NotSeated">Members left out (opted out of groups, snoozed, or too few people), with reasons.</param>
public sealed record GroupPlan(ValueArray<GroupRound> Rounds, ValueArray<UnmatchedMember> NotSeated);
