using System;

namespace PeerPractice.Agendas;

/// <summary>The kinds of turn policy an item can have.</summary>
public enum TurnKind
{
    /// <summary>Every participant answers in turn while the others listen.</summary>
    Each,

    /// <summary>Free discussion with one shared timebox.</summary>
    Open,

    /// <summary>Only the participants holding one role speak (for example the host on a site-visit tour).</summary>
    Role,
}

/// <summary>Who speaks during an item. Written in JSON as <c>each</c>, <c>open</c> or <c>role:NAME</c>.</summary>
/// <param name="Kind">The kind of policy.</param>
/// <param name="RoleName">The role that speaks, for <see cref="TurnKind.Role"/>; otherwise null.</param>
public readonly record struct TurnPolicy(TurnKind Kind, string? RoleName)
{
    /// <summary>Every participant in turn.</summary>
    public static TurnPolicy Each => new(TurnKind.Each, null);

    /// <summary>An open floor.</summary>
    public static TurnPolicy Open => new(TurnKind.Open, null);

    /// <summary>Only the participants with <paramref name="roleName"/> speak.</summary>
    /// <param name="roleName">A role the agenda declares.</param>
    public static TurnPolicy ForRole(string roleName) => new(TurnKind.Role, roleName);

    /// <summary>The JSON spelling: <c>each</c>, <c>open</c> or <c>role:NAME</c>.</summary>
    public override string ToString() => Kind switch
    {
        TurnKind.Each => "each",
        TurnKind.Open => "open",
        TurnKind.Role => "role:" + RoleName,
        _ => throw new InvalidOperationException("Unknown turn kind."),
    };
}
