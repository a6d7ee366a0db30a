using PeerPractice.Agendas;
using PeerPractice.Json;

namespace PeerPractice.Core.Tests.Problems;

/// <summary>
/// The one collector every JSON data file reader reports into: problems come out in document order
/// (ties in the order they were reported), errors and warnings are told apart, and locations asked
/// for after parsing use the same line map.
/// </summary>
public class ProblemCollectorTests
{
    private static readonly ProblemDescriptor Error = new("PPX020", "Error", ProblemSeverity.Error, "An error.", "docs/test.md");
    private static readonly ProblemDescriptor Warning = new("PPX021", "Warning", ProblemSeverity.Warning, "A warning.", "docs/test.md");

    [Fact]
    public void Problems_come_out_in_document_order_and_reports_at_one_place_keep_their_order()
    {
        var problems = new ProblemCollector("ab\ncd\r\nef", "f.json");
        problems.Report(Warning, "third", 8, 9, "$.c");
        problems.Report(Error, "first", 0, 2, "$.a");
        problems.Report(Warning, "second-a", 3, 3, "$.b");
        problems.Report(Error, "second-b", 3, 5, "$.b");

        var all = problems.ToValueArray();

        Assert.Equal(4, problems.Count);
        Assert.Equal(["first", "second-a", "second-b", "third"], all.Select(p => p.Message));
        Assert.Equal(
            ["f.json(1,1): error PPX020: first [$.a]", "f.json(2,1): warning PPX021: second-a [$.b]", "f.json(2,1): error PPX020: second-b [$.b]", "f.json(3,2): warning PPX021: third [$.c]"],
            all.Select(p => p.ToString()));
        Assert.Equal(new SourceSpan(8, 1, 3, 2, 3, 3), all[3].Span);
        Assert.Equal(Error.HelpUri, all[0].HelpLink);
    }

    [Fact]
    public void Warnings_alone_are_not_errors_and_one_error_makes_it_so()
    {
        var problems = new ProblemCollector("{}", null);
        Assert.False(problems.HasErrors);

        problems.Report(Warning, "w", 0, 1, "$");
        Assert.False(problems.HasErrors);

        problems.Report(Error, "e", 1, 2, "$");
        problems.Report(Warning, "w2", 0, 1, "$");
        Assert.True(problems.HasErrors);
        Assert.Equal("<input>(1,2): error PPX020: e [$]", problems.ToValueArray()[2].ToString());
    }

    [Fact]
    public void Lines_and_spans_asked_for_after_parsing_match_the_text()
    {
        const string Text = "{\n  \"a\": [1,\r\n    2]\n}";
        var problems = new ProblemCollector(Text, "f.json");
        var root = JsonTextReader.Read(Text, problems, AgendaProblemCatalog.Syntax)!;

        Assert.Equal(0, problems.Count);
        Assert.Equal((2, 3, 1), (problems.LineOf(9), problems.LineOf(18), problems.LineOf(0)));
        Assert.Equal(new SourceSpan(9, 11, 2, 8, 3, 7), problems.SpanOf(root.Children[0]));
        Assert.Equal(new SourceSpan(0, Text.Length, 1, 1, 4, 2), problems.SpanOf(root));
    }
}
