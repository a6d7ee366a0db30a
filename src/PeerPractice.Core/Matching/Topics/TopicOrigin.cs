namespace PeerPractice.Matching;

/// <summary>Where a topic came from.</summary>
public enum TopicOrigin
{
    /// <summary>A key discussion area of site visits.</summary>
    Visit,

    /// <summary>A subject CIO breakfast roundtables talk about.</summary>
    Breakfast,

    /// <summary>Added by a template author.</summary>
    Custom,

    /// <summary>A recurring theme of one-to-one peer sessions that is neither a visit area nor a breakfast subject.</summary>
    General,
}
