using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// One subject of the topic catalog: what members name as a concern (a problem now) or a strength
/// (done well), what breakfast tables talk about, and what a site-visit slot covers, with the
/// probing questions that get past the polished presentation.
/// </summary>
/// <param name="Id">Stable kebab-case id, unique within the catalog, such as <c>cybersecurity</c>; profiles, visit plans and tables use it.</param>
/// <param name="Title">Shown to people, such as <c>Cybersecurity</c>.</param>
/// <param name="Origin">Where the topic came from.</param>
/// <param name="Summary">What the area covers; empty when not given.</param>
/// <param name="Questions">Probing questions, in the order to ask them; a catalog file gives at least one.</param>
public sealed record Topic(string Id, string Title, TopicOrigin Origin, string Summary, ValueArray<string> Questions);
