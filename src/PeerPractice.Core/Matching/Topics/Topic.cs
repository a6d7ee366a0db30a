namespace PeerPractice.Matching;

/// <summary>One subject members can name as a concern (a problem now) or a strength (done well).</summary>
/// <param name="Id">Stable kebab-case id used in data files, such as <c>cybersecurity</c>.</param>
/// <param name="Label">Shown to people, such as <c>Cybersecurity</c>.</param>
public sealed record Topic(string Id, string Label);
