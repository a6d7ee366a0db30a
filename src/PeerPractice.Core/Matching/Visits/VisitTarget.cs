using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>An organization worth visiting, and why.</summary>
/// <param name="Organization">The host organization.</param>
/// <param name="Score">Directed score: how well its strengths fit the visitor's objectives.</param>
/// <param name="MatchedObjectives">Labels of the visitor's objectives the organization is strong in.</param>
/// <param name="Hosts">Member ids at the organization with a matching strength, most senior first: whom to ask for.</param>
/// <param name="Reasons">One line per point source.</param>
public sealed record VisitTarget(string Organization, int Score, ValueArray<string> MatchedObjectives, ValueArray<string> Hosts, ValueArray<string> Reasons);
