namespace PeerPractice.Matching;

/// <summary>Whether peers should share an industry (the first seed: "perhaps a different industry").</summary>
public enum IndustryPreference
{
    /// <summary>Industry does not matter.</summary>
    Neutral,

    /// <summary>Same industry scores the industry weight.</summary>
    PreferSame,

    /// <summary>A different industry scores the industry weight.</summary>
    PreferDifferent,

    /// <summary>Same industry only (hard rule <see cref="HardRules.Industry"/>).</summary>
    RequireSame,

    /// <summary>Different industries only (hard rule <see cref="HardRules.Industry"/>).</summary>
    RequireDifferent,
}
