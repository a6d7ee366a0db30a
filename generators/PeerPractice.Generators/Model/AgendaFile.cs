namespace PeerPractice.Generators.Model;

/// <summary>The first pipeline step's output: an agenda file's path and text, nothing Roslyn-owned.</summary>
/// <param name="Path">The additional file's path, as the compiler gave it.</param>
/// <param name="Text">The file's text, or null when it could not be read.</param>
internal sealed record AgendaFile(string Path, string? Text);
