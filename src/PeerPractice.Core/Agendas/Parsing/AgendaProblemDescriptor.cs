namespace PeerPractice.Agendas;

/// <summary>
/// One entry of the <see cref="AgendaProblemCatalog"/>: a stable id that is never reused, a short
/// title, a default severity and help. The source generator turns each entry into a diagnostic
/// descriptor, so the runtime loader and the compiler report the same ids.
/// </summary>
/// <param name="Id">Stable id such as <c>PPA003</c>.</param>
/// <param name="Title">A short title, such as "Duplicate property".</param>
/// <param name="DefaultSeverity">The severity problems of this kind are reported with.</param>
/// <param name="Description">What the rule checks and how to fix a problem it reports.</param>
public sealed record AgendaProblemDescriptor(
    string Id,
    string Title,
    ProblemSeverity DefaultSeverity,
    string Description)
{
    /// <summary>Where the problem is documented in the repository, such as <c>docs/agenda-format.md#ppa003</c>.</summary>
    public string DocAnchor => "docs/agenda-format.md#" + Anchor(Id);

    /// <summary>An absolute link to the documentation, for IDEs (the diagnostic's help link).</summary>
    public string HelpUri => "https://github.com/peerpractice/peerpractice/blob/main/" + DocAnchor;

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
