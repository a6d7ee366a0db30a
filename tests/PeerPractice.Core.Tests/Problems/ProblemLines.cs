namespace PeerPractice.Core.Tests.Problems;

/// <summary>
/// A problem as one line, the way the message tests compare them: id, span (line:column-endLine:endColumn),
/// JSON path and the whole message, so one string equality checks everything an author reads.
/// </summary>
internal static class ProblemLines
{
    public static string Of(Problem p) =>
        $"{p.Id} {p.Span.Line}:{p.Span.Column}-{p.Span.EndLine}:{p.Span.EndColumn} {p.JsonPath} {p.Message}";

    /// <summary>The problems in order, one line each.</summary>
    public static string Of(IEnumerable<Problem> problems) => string.Join("\n", problems.Select(Of));
}
