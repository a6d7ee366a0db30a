using PeerPractice.Collections;

namespace PeerPractice.Visits;

/// <summary>Where a topic came from.</summary>
public enum TopicOrigin
{
    /// <summary>A key discussion area of site visits.</summary>
    Visit,

    /// <summary>A subject CIO breakfast roundtables talk about.</summary>
    Breakfast,

    /// <summary>Added by a template author.</summary>
    Custom,
}

/// <summary>A discussion area with the probing questions that get past the polished presentation.</summary>
/// <param name="Id">Kebab-case id, unique within the catalog.</param>
/// <param name="Title">Shown to people.</param>
/// <param name="Origin">Where the topic came from.</param>
/// <param name="Summary">What the area covers; empty when not given.</param>
/// <param name="Questions">Probing questions, in the order to ask them; never empty.</param>
public sealed record VisitTopic(string Id, string Title, TopicOrigin Origin, string Summary, ValueArray<string> Questions);
