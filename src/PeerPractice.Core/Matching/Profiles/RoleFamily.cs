namespace PeerPractice.Matching;

/// <summary>
/// A family of roles whose holders face the same kind of problems. CIO, CTO and IT director are
/// one family (<see cref="TechnologyLeadership"/>) at neighbouring levels.
/// </summary>
public enum RoleFamily
{
    /// <summary>CIO, CTO, IT director, IT manager.</summary>
    TechnologyLeadership,

    /// <summary>CISO, head of security.</summary>
    Security,

    /// <summary>Chief data officer, head of analytics.</summary>
    Data,

    /// <summary>Chief digital officer, head of digital products.</summary>
    Digital,

    /// <summary>VP engineering, head of platform.</summary>
    Engineering,
}
