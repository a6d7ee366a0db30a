using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// An organization worth visiting, and why: known for excellence where the visitor has questions.
/// <see cref="SiteVisitPlanner"/> produces it; a <c>VisitPlan</c> lists the targets it considered.
/// </summary>
/// <param name="Organization">The host organization.</param>
/// <param name="Score">Directed score from <see cref="SiteVisitPlanner"/>: how well the organization's strengths fit the visitor's objectives (always positive there); 0 for a target chosen by hand.</param>
/// <param name="MatchedObjectives">Titles of the visitor's objectives the organization is strong in.</param>
/// <param name="Hosts">Member ids at the organization with a matching strength, most senior first: whom to ask for.</param>
/// <param name="Reasons">Why it was chosen, one reason a line (from the planner: one line per point source).</param>
public sealed record VisitTarget(string Organization, int Score, ValueArray<string> MatchedObjectives, ValueArray<string> Hosts, ValueArray<string> Reasons);
