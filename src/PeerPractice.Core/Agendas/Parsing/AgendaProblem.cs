using System.Globalization;

namespace PeerPractice.Agendas;

/// <summary>How serious a problem is.</summary>
public enum ProblemSeverity
{
    /// <summary>The agenda can still be used, but probably not as meant (for example timeboxes that overrun the duration).</summary>
    Warning,

    /// <summary>The agenda cannot be used until this is fixed.</summary>
    Error,
}

/// <summary>
/// Where a problem is in the source text. Lines and columns are 1-based and count UTF-16
/// characters, as editors and the C# compiler do.
/// </summary>
/// <param name="Offset">0-based character offset of the first character.</param>
/// <param name="Length">Number of characters covered (0 for a point).</param>
/// <param name="Line">1-based line of the first character.</param>
/// <param name="Column">1-based column of the first character.</param>
/// <param name="EndLine">1-based line just after the last character.</param>
/// <param name="EndColumn">1-based column just after the last character.</param>
public readonly record struct SourceSpan(int Offset, int Length, int Line, int Column, int EndLine, int EndColumn)
{
    /// <summary>A span of one point at the start of a file.</summary>
    public static SourceSpan Start => new(0, 0, 1, 1, 1, 1);
}

/// <summary>
/// One problem found in an agenda definition, with a stable id (<c>PPA0xx</c>), a message that
/// says what to do, and where it is: file, line, column and JSON path.
/// </summary>
/// <param name="Id">Stable diagnostic id, such as <c>PPA003</c>; documented in <c>docs/agenda-format.md</c>.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
/// <param name="FilePath">The file the text came from, when known.</param>
/// <param name="JsonPath">Where in the document, as a JSON path such as <c>$.sections[0].items[2].timebox</c>.</param>
/// <param name="Span">Where in the text.</param>
public sealed record AgendaProblem(
    string Id,
    ProblemSeverity Severity,
    string Message,
    string? FilePath,
    string JsonPath,
    SourceSpan Span)
{
    /// <summary>The compiler's format, so editors and CI can jump to it: <c>path(line,col): error PPA003: message [$.path]</c>.</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}({1},{2}): {3} {4}: {5} [{6}]",
        FilePath ?? "<agenda>",
        Span.Line,
        Span.Column,
        Severity == ProblemSeverity.Error ? "error" : "warning",
        Id,
        Message,
        JsonPath);
}
