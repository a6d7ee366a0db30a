namespace PeerPractice.Documents;

/// <summary>The text of one template and where it came from.</summary>
/// <param name="Name">The template's name, such as <c>summary.html</c>.</param>
/// <param name="Text">The Scriban source.</param>
/// <param name="FilePath">The override file, or null for a built-in template.</param>
public sealed record TemplateSource(string Name, string Text, string? FilePath);
