namespace PeerPractice.Documents;

/// <summary>The text of one template and where it came from.</summary>
/// <param name="Name">The template's name, such as <c>summary.html</c>.</param>
/// <param name="Text">The Scriban source (after any front matter).</param>
/// <param name="FilePath">The file in a template folder, or null for a built-in template.</param>
public sealed record TemplateSource(string Name, string Text, string? FilePath)
{
    /// <summary>What the template renders from; by default the built-in template's kind of the same name.</summary>
    public DocumentKind? Kind { get; init; } = BuiltInTemplates.KindOf(Name);

    /// <summary>What the template writes, which decides how printed values are escaped; by default from the name's extension.</summary>
    public OutputFormat Format { get; init; } = OutputFormats.FromName(Name);

    /// <summary>The file's line on which <see cref="Text"/> begins (after any front matter), so problems point at the file's lines.</summary>
    public int FirstLine { get; init; } = 1;

    /// <summary>True when the template comes from a folder and replaces a built-in template of the same name.</summary>
    public bool OverridesBuiltIn => FilePath is not null && BuiltInTemplates.KindOf(Name) is not null;
}
