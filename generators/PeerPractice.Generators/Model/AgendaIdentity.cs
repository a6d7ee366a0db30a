namespace PeerPractice.Generators.Model;

/// <summary>What identifies an agenda across files: its id and the class name made from it.</summary>
/// <param name="ClassName">The generated class name.</param>
/// <param name="AgendaId">The agenda's id.</param>
/// <param name="Path">The agenda file's path.</param>
internal sealed record AgendaIdentity(string ClassName, string AgendaId, string Path);
