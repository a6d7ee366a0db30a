using System.Globalization;
using PeerPractice.Agendas;

namespace PeerPractice.Matching;

/// <summary>
/// One problem in a topic catalog file, with a stable id (<c>PPT0xx</c>, listed in
/// <c>docs/templates.md</c>), the file, 1-based line and column, and the JSON path.
/// </summary>
/// <param name="Id">Stable id such as <c>PPT003</c>.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
/// <param name="FilePath">The file, when known.</param>
/// <param name="JsonPath">Where in the document, such as <c>$.topics[2].questions</c>.</param>
/// <param name="Span">Where in the text.</param>
public sealed record CatalogProblem(string Id, string Message, string? FilePath, string JsonPath, SourceSpan Span)
{
    /// <summary>The compiler's format: <c>path(line,col): error PPT003: message [$.path]</c>.</summary>
    public override string ToString() => string.Format(
        CultureInfo.InvariantCulture,
        "{0}({1},{2}): error {3}: {4} [{5}]",
        FilePath ?? "<catalog>",
        Span.Line,
        Span.Column,
        Id,
        Message,
        JsonPath);
}
