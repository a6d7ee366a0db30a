namespace PeerPractice;

/// <summary>
/// One entry of a problem catalog (<c>AgendaProblemCatalog</c>, <c>TopicCatalogProblems</c>,
/// <c>MatchingProblems</c>, <c>TemplateProblems</c>): a stable id that is never reused, a short
/// title, a default severity, help, and the page that documents it. The source generator turns each
/// agenda entry into a diagnostic descriptor, so the runtime loader and the compiler report the same ids.
/// </summary>
/// <param name="Id">Stable id such as <c>PPA003</c>.</param>
/// <param name="Title">A short title, such as "Duplicate property".</param>
/// <param name="DefaultSeverity">The severity problems of this kind are reported with.</param>
/// <param name="Description">What the rule checks and how to fix a problem it reports.</param>
/// <param name="DocPage">The repository page that documents the id, such as <c>docs/agenda-format.md</c>.</param>
public sealed record ProblemDescriptor(
    string Id,
    string Title,
    ProblemSeverity DefaultSeverity,
    string Description,
    string DocPage)
{
    /// <summary>Where the problem is documented in the repository, such as <c>docs/agenda-format.md#ppa003</c>.</summary>
    public string DocAnchor => DocPage + "#" + Anchor(Id);

    /// <summary>An absolute link to the documentation, for IDEs (the diagnostic's help link).</summary>
    public string HelpUri => "https://github.com/peerpractice/peerpractice/blob/main/" + DocAnchor;

    /// <summary>A problem of this kind with the default severity.</summary>
    /// <param name="message">What is wrong and what to do.</param>
    /// <param name="source">The file or name the input came from.</param>
    /// <param name="jsonPath">Where in a JSON document; null for other inputs.</param>
    /// <param name="span">Where in the text.</param>
    public Problem At(string message, string? source, string? jsonPath, SourceSpan span) =>
        new(Id, DefaultSeverity, message, source, jsonPath, span, HelpUri);

    private static string Anchor(string id)
    {
        // Markdown heading anchors are lower case; ids are ASCII, so this needs no culture.
        var chars = id.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (chars[i] is >= 'A' and <= 'Z')
            {
                chars[i] = (char)(chars[i] + ('a' - 'A'));
            }
        }

        return new string(chars);
    }
}
