using System;
using System.Globalization;
using PeerPractice.Agendas;

namespace PeerPractice.Documents;

/// <summary>
/// One problem with a template: which template, where (1-based line and column, as editors and the
/// compiler count; Scriban's own positions are 0-based and are converted), and what went wrong.
/// </summary>
/// <param name="TemplateName">The template's name, such as <c>handout.html</c>.</param>
/// <param name="FilePath">The override file it came from, or null for a built-in template.</param>
/// <param name="Severity">Error or warning.</param>
/// <param name="Line">1-based line; a problem about the whole template is at line 1, as the compiler places whole-file problems. Anything below 1 is taken as 1.</param>
/// <param name="Column">1-based column; 1 for a problem about the whole template. Anything below 1 is taken as 1.</param>
/// <param name="Message">What is wrong.</param>
public sealed record TemplateProblem(
    string TemplateName,
    string? FilePath,
    ProblemSeverity Severity,
    int Line,
    int Column,
    string Message)
{
    /// <summary>1-based line (never 0, whatever the creator passed).</summary>
    public int Line { get; init; } = Math.Max(1, Line);

    /// <summary>1-based column (never 0, whatever the creator passed).</summary>
    public int Column { get; init; } = Math.Max(1, Column);

    /// <summary>The compiler's format, so editors and CI can jump to it: <c>path(line,col): error: message</c>.</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}({1},{2}): {3}: {4}",
        FilePath ?? TemplateName,
        Line,
        Column,
        Severity == ProblemSeverity.Error ? "error" : "warning",
        Message);
}
