using PeerPractice.Collections;

namespace PeerPractice.Core.Tests.Problems;

/// <summary>The problem kernel as users see it: the one-line form compilers and editors understand, help links, success.</summary>
public class ProblemKernelTests
{
    private static readonly ProblemDescriptor Rule = new("PPX042", "Test rule", ProblemSeverity.Error, "Explains the rule.", "docs/rules.md");

    [Fact]
    public void A_problem_reads_like_a_compiler_message_with_its_path_and_a_placeholder_for_no_source()
    {
        var span = new SourceSpan(10, 3, 2, 7, 2, 10);
        Assert.Equal("a.json(2,7): error PPX042: Wrong. [$.x]", Rule.At("Wrong.", "a.json", "$.x", span).ToString());
        Assert.Equal("<input>(2,7): error PPX042: Wrong.", Rule.At("Wrong.", null, null, span).ToString());
        var warning = new Problem("PPX043", ProblemSeverity.Warning, "Careful.", "b.json", null, SourceSpan.At(4, 1));
        Assert.Equal("b.json(4,1): warning PPX043: Careful.", warning.ToString());
        Assert.Equal((4, 1, false), (warning.Line, warning.Column, warning.IsError));
    }

    [Theory]
    [InlineData("PPZ001", "docs/rules.md#ppz001")]
    [InlineData("AZ-9", "docs/rules.md#az-9")]
    public void Every_capital_letter_of_the_id_is_lower_cased_in_the_anchor_from_A_to_Z(string id, string anchor) =>
        Assert.Equal(anchor, (Rule with { Id = id }).DocAnchor);

    [Fact]
    public void The_help_link_points_at_the_lower_case_anchor_of_the_id_on_its_doc_page()
    {
        Assert.Equal("docs/rules.md#ppx042", Rule.DocAnchor);
        Assert.Equal("https://github.com/peerpractice/peerpractice/blob/main/docs/rules.md#ppx042", Rule.HelpUri);
        var problem = Rule.At("Wrong.", "a.json", null, SourceSpan.Start);
        Assert.Equal((Rule.HelpUri, "PPX042", ProblemSeverity.Error, true), (problem.HelpLink, problem.Id, problem.Severity, problem.IsError));
    }

    [Fact]
    public void A_result_succeeds_with_a_value_and_warnings_but_not_with_an_error_or_without_a_value()
    {
        var warning = new Problem("PPX043", ProblemSeverity.Warning, "Careful.", null, null, SourceSpan.Start);
        var error = Rule.At("Wrong.", null, null, SourceSpan.Start);

        Assert.Equal((true, false), Outcome(new LoadResult<string>("v", [warning, warning])));
        Assert.Equal((false, true), Outcome(new LoadResult<string>("v", [warning, error])));
        Assert.Equal((false, true), Outcome(new LoadResult<string>("v", [error, warning])));
        Assert.Equal((false, false), Outcome(new LoadResult<string>(null, ValueArray<Problem>.Empty)));
        Assert.Equal((true, false), Outcome(new LoadResult<string>("v", ValueArray<Problem>.Empty)));

        static (bool, bool) Outcome(LoadResult<string> result) => (result.Succeeded, result.HasErrors);
    }

    [Theory]
    [InlineData("short", 5, "short")]
    [InlineData("longer", 5, "longe...")]
    [InlineData("", 0, "")]
    public void Long_text_in_messages_is_cut_with_an_ellipsis(string text, int max, string expected) =>
        Assert.Equal(expected, ProblemText.Shorten(text, max));

    [Theory]
    [InlineData("abc", "Abc")]
    [InlineData("zebra", "Zebra")]
    [InlineData("Abc", "Abc")]
    [InlineData("1st", "1st")]
    [InlineData("éa", "éa")]
    [InlineData("`a", "`a")]
    [InlineData("{a", "{a")]
    [InlineData("", "")]
    public void Only_a_leading_ASCII_lower_case_letter_is_capitalized(string text, string expected) =>
        Assert.Equal(expected, ProblemText.Capitalize(text));

    [Fact]
    public void Has_finds_a_character_anywhere_and_only_that_character()
    {
        Assert.Equal((true, true, true, false, false), (ProblemText.Has("abc", 'a'), ProblemText.Has("abc", 'b'), ProblemText.Has("abc", 'c'), ProblemText.Has("abc", 'd'), ProblemText.Has("", 'a')));
    }
}
