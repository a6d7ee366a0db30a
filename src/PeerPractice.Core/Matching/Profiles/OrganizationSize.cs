namespace PeerPractice.Matching;

/// <summary>Organization size by head count; neighbouring bands make good peers.</summary>
public enum OrganizationSize
{
    /// <summary>Fewer than 100 people.</summary>
    Small = 1,

    /// <summary>100 to 999 people.</summary>
    Medium = 2,

    /// <summary>1,000 to 9,999 people.</summary>
    Large = 3,

    /// <summary>10,000 people or more.</summary>
    Enterprise = 4,
}
