using System.Globalization;

namespace PeerPractice;

/// <summary>
/// One problem found in an input (an agenda, a topic catalog, a profiles or policy file, a
/// template): a stable id, a message that says what to do, and where it is (source, line, column
/// and, for JSON data files, the JSON path). Every loader, checker and exception of the library
/// reports this one type.
/// </summary>
/// <param name="Id">Stable id such as <c>PPA003</c> (agendas), <c>PPT005</c> (topic catalogs), <c>PPM003</c> (profiles and policies) or <c>PPD002</c> (templates); each catalog documents its ids.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
/// <param name="Source">The file (or name) the input came from, when known.</param>
/// <param name="JsonPath">Where in a JSON document, such as <c>$.sections[0].items[2].timebox</c>; null for inputs that are not JSON (templates).</param>
/// <param name="Span">Where in the text (1-based line and column).</param>
/// <param name="HelpLink">Where the id is documented, for IDEs and hosts to link to; null when there is no page.</param>
public sealed record Problem(
    string Id,
    ProblemSeverity Severity,
    string Message,
    string? Source,
    string? JsonPath,
    SourceSpan Span,
    string? HelpLink = null)
{
    /// <summary>The 1-based line.</summary>
    public int Line => Span.Line;

    /// <summary>The 1-based column (UTF-16 characters, as editors count).</summary>
    public int Column => Span.Column;

    /// <summary>True for an error, false for a warning.</summary>
    public bool IsError => Severity == ProblemSeverity.Error;

    /// <summary>
    /// The compiler's format, so editors and CI can jump to it:
    /// <c>file(line,col): error PPA003: message [$.path]</c> (the path only for JSON inputs).
    /// </summary>
    public override string ToString()
    {
        var text = string.Format(
            CultureInfo.InvariantCulture,
            "{0}({1},{2}): {3} {4}: {5}",
            Source ?? "<input>",
            Span.Line,
            Span.Column,
            IsError ? "error" : "warning",
            Id,
            Message);
        return JsonPath is null ? text : text + " [" + JsonPath + "]";
    }
}
