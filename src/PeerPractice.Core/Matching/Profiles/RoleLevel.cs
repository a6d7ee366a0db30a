namespace PeerPractice.Matching;

/// <summary>Seniority inside a role family; neighbouring levels make good peers.</summary>
public enum RoleLevel
{
    /// <summary>IT manager, team lead.</summary>
    Manager = 1,

    /// <summary>IT director, head of.</summary>
    Director = 2,

    /// <summary>Vice president, deputy CIO.</summary>
    VicePresident = 3,

    /// <summary>CIO, CTO, CISO: the top of the family.</summary>
    Executive = 4,
}
