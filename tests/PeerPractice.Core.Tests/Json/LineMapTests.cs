using PeerPractice.Json;

namespace PeerPractice.Core.Tests.Json;

/// <summary>Where a problem is: lines and columns worked out from character offsets, as every data file reader reports them.</summary>
public class LineMapTests
{
    [Theory]
    [InlineData(0, 1, 1)]
    [InlineData(1, 1, 2)]
    [InlineData(2, 2, 1)]
    [InlineData(4, 2, 3)]
    [InlineData(5, 2, 4)]
    [InlineData(6, 3, 1)]
    [InlineData(7, 3, 2)]
    [InlineData(8, 4, 1)]
    [InlineData(9, 4, 2)]
    public void Lines_end_at_LF_CRLF_and_a_lone_CR_and_columns_count_from_one(int offset, int line, int column)
    {
        // "a" LF "bc" CRLF "d" CR "e": line starts at offsets 0, 2, 6 and 8.
        var span = new LineMap("a\nbc\r\nd\re").Span(offset, offset);
        Assert.Equal((offset, 0, line, column, line, column), (span.Offset, span.Length, span.Line, span.Column, span.EndLine, span.EndColumn));
    }

    [Fact]
    public void A_span_over_a_line_break_ends_on_the_next_line()
    {
        var span = new LineMap("ab\ncd").Span(1, 4);
        Assert.Equal((1, 3, 1, 2, 2, 2), (span.Offset, span.Length, span.Line, span.Column, span.EndLine, span.EndColumn));
    }

    [Fact]
    public void A_span_that_ends_before_it_starts_is_empty_at_its_start()
    {
        var span = new LineMap("ab\ncd").Span(4, 1);
        Assert.Equal((4, 0, 2, 2, 2, 2), (span.Offset, span.Length, span.Line, span.Column, span.EndLine, span.EndColumn));
    }

    [Fact]
    public void A_CR_at_the_very_end_starts_a_new_line()
    {
        var span = new LineMap("a\r").Span(2, 2);
        Assert.Equal((2, 1), (span.Line, span.Column));
    }

    [Fact]
    public void Every_line_of_a_long_text_is_found()
    {
        var map = new LineMap(string.Concat(Enumerable.Repeat("xy\n", 1000)));
        for (var line = 0; line < 1000; line++)
        {
            var first = map.Span(line * 3, line * 3);
            var second = map.Span((line * 3) + 1, (line * 3) + 2);
            Assert.Equal((line + 1, 1), (first.Line, first.Column));
            Assert.Equal((line + 1, 2, line + 1, 3), (second.Line, second.Column, second.EndLine, second.EndColumn));
        }
    }
}
