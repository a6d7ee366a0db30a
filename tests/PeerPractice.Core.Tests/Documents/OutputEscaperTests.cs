using PeerPractice.Documents;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>
/// The escaper on single values at the edges of its rules: both HTML quote characters, and the Markdown markers that
/// only count at the start of a line (after indentation) or after a run of digits that starts it. The oracle is the
/// CommonMark rule for each marker, written out by hand.
/// </summary>
public class OutputEscaperTests
{
    [Fact]
    public void Html_escapes_both_quote_characters()
    {
        Assert.Equal("&quot;Ana&#39;s&quot;", OutputEscaper.Html("\"Ana's\""));
    }

    [Theory]
    [InlineData(" # Fired", " \\# Fired")]
    [InlineData("\t- item", "\t\\- item")]
    public void A_heading_or_list_marker_after_indentation_is_still_escaped(string value, string escaped)
    {
        Assert.Equal(escaped, OutputEscaper.Markdown(value));
    }

    [Theory]
    [InlineData("0. zero", "0\\. zero")]
    [InlineData("9) nine", "9\\) nine")]
    [InlineData(" 1. indented", " 1\\. indented")]
    [InlineData("a\n 12. second line", "a\n 12\\. second line")]
    public void An_ordered_list_marker_starting_a_line_is_escaped(string value, string escaped)
    {
        Assert.Equal(escaped, OutputEscaper.Markdown(value));
    }

    [Theory]
    [InlineData(". not a list")]
    [InlineData("a1. not a list")]
    [InlineData("x 1) not a list")]
    [InlineData("Version 2.0")]
    public void A_dot_or_parenthesis_that_is_no_list_marker_is_left_alone(string value)
    {
        Assert.Equal(value, OutputEscaper.Markdown(value));
    }
}
