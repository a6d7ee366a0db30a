using System;

namespace PeerPractice.Documents;

/// <summary>What a template writes, which decides how every value it prints is escaped.</summary>
public enum OutputFormat
{
    /// <summary>Plain text: values are printed as they are.</summary>
    Text,

    /// <summary>Markdown: values are escaped so that user text is shown, never read as Markdown or HTML.</summary>
    Markdown,

    /// <summary>HTML: values are HTML-escaped.</summary>
    Html,
}

/// <summary>Names of the output formats, as front matter and file names spell them.</summary>
public static class OutputFormats
{
    /// <summary>The format named <paramref name="name"/> (<c>text</c>, <c>markdown</c> or <c>html</c>), or null.</summary>
    /// <param name="name">A format name.</param>
    public static OutputFormat? Parse(string name) => name switch
    {
        "text" => OutputFormat.Text,
        "markdown" => OutputFormat.Markdown,
        "html" => OutputFormat.Html,
        _ => null,
    };

    /// <summary>The name of <paramref name="format"/> as front matter spells it.</summary>
    /// <param name="format">A format.</param>
    public static string NameOf(OutputFormat format) => format switch
    {
        OutputFormat.Markdown => "markdown",
        OutputFormat.Html => "html",
        _ => "text",
    };

    /// <summary>
    /// The format a template name implies by its extension: <c>.md</c> Markdown, <c>.html</c> or
    /// <c>.htm</c> HTML, anything else text.
    /// </summary>
    /// <param name="templateName">A template name such as <c>summary.md</c>.</param>
    public static OutputFormat FromName(string templateName)
    {
        ArgumentNullException.ThrowIfNull(templateName);
        if (templateName.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
        {
            return OutputFormat.Markdown;
        }

        return templateName.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || templateName.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            ? OutputFormat.Html
            : OutputFormat.Text;
    }
}
