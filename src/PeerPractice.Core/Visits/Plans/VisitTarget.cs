using PeerPractice.Collections;

namespace PeerPractice.Visits;

/// <summary>
/// An organization worth visiting and why: known for excellence where the visitor has questions.
/// Directed scoring from the matching work can fill <see cref="Score"/> and <see cref="Reasons"/>.
/// </summary>
/// <param name="Organization">The organization's name.</param>
/// <param name="Reasons">Why it was chosen, one reason a line.</param>
/// <param name="Score">A relevance score when one was computed, otherwise null.</param>
public sealed record VisitTarget(string Organization, ValueArray<string> Reasons, double? Score);
