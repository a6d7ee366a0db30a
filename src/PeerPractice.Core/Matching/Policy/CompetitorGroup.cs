using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>Organizations that compete with each other: members of any two of them are not paired.</summary>
/// <param name="Organizations">Organization names (compared ignoring case).</param>
public sealed record CompetitorGroup(ValueArray<string> Organizations);
