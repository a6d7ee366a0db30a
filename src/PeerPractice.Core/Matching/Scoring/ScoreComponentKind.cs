namespace PeerPractice.Matching;

/// <summary>The parts a match score is made of.</summary>
public enum ScoreComponentKind
{
    /// <summary>Role family and level.</summary>
    Role,

    /// <summary>Concerns both have now.</summary>
    SharedConcerns,

    /// <summary>One's concern is the other's strength, both ways.</summary>
    Complementarity,

    /// <summary>Same or different industry, as the policy prefers.</summary>
    Industry,

    /// <summary>Organization size.</summary>
    Size,

    /// <summary>Meeting format, place, hours and cadence.</summary>
    PlaceAndTime,

    /// <summary>Whether they were peers before and how it went.</summary>
    History,
}
