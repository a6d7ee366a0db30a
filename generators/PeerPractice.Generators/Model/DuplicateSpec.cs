namespace PeerPractice.Generators.Model;

/// <summary>
/// An agenda file that is not generated because another file (the keeper, first in ordinal path
/// order) makes the same class.
/// </summary>
/// <param name="Duplicate">The file that is left out.</param>
/// <param name="Keeper">The file that is generated.</param>
internal sealed record DuplicateSpec(AgendaIdentity Duplicate, AgendaIdentity Keeper);
