extern alias Generator;
using Generator::PeerPractice.Generators.Helpers;

namespace PeerPractice.Generators.Tests.Emitting;

/// <summary>
/// The text helpers behind every generated file: C# literals (the compiled value must equal the parsed
/// one, readable characters stay readable), doc comment text (well-formed XML, no line break escaping
/// the comment) and the writer's lines.
/// </summary>
public class GeneratedTextTests
{
    [Theory]
    [InlineData("a\0b", "\"a\\0b\"")]
    [InlineData("\U0001F600", "\"\U0001F600\"")]
    [InlineData("x\U0001F600", "\"x\U0001F600\"")]
    [InlineData("\u0001\u001F", "\"\\u0001\\u001F\"")]
    [InlineData("\u007E\u007F\u0080\u0085\u009F\u00A0", "\"\u007E\\u007F\\u0080\\u0085\\u009F\u00A0\"")]
    [InlineData("café", "\"café\"")]
    public void String_literals_keep_readable_characters_and_escape_the_rest(string value, string expected) =>
        Assert.Equal(expected, CSharpLiteral.String(value));

    [Fact]
    public void A_lone_surrogate_in_a_string_literal_is_escaped_even_next_to_a_character_or_at_the_end()
    {
        // Not as InlineData: attribute arguments are stored as UTF-8, which cannot hold a lone surrogate.
        Assert.Equal("\"a\\uDC00\"", CSharpLiteral.String("a\uDC00"));
        Assert.Equal("\"a\\uD83D\"", CSharpLiteral.String("a\uD83D"));
    }

    [Fact]
    public void A_defined_enum_value_is_written_as_its_member()
    {
        Assert.Equal("global::System.DayOfWeek.Monday", CSharpLiteral.Enum("global::System.DayOfWeek", DayOfWeek.Monday));
    }

    [Theory]
    [InlineData(42, "(global::System.DayOfWeek)(42)")]
    [InlineData(-1, "(global::System.DayOfWeek)(-1)")]
    public void An_undefined_enum_value_is_written_as_a_cast_of_its_number(int value, string expected) =>
        Assert.Equal(expected, CSharpLiteral.Enum("global::System.DayOfWeek", (DayOfWeek)value));

    [Theory]
    [InlineData("a\r\nb\rc\r", "a\nb\nc")]
    [InlineData("a\n\u0085b\u2028c\u2029d", "a\n\nb\nc\nd")]
    [InlineData("a\tb", "a b")]
    [InlineData("a\u0001b\uFEFFc", "a\uFFFDb\uFFFDc")]
    [InlineData("\U0001F600 x\U0001F600", "\U0001F600 x\U0001F600")]
    [InlineData("<b> & c", "&lt;b&gt; &amp; c")]
    public void Doc_text_is_escaped_for_xml_and_every_line_break_becomes_one_line(string text, string expected) =>
        Assert.Equal(expected, XmlDocText.Escape(text));

    [Fact]
    public void A_lone_surrogate_in_doc_text_becomes_the_replacement_character_even_next_to_a_character_or_at_the_end()
    {
        Assert.Equal("a\uFFFD", XmlDocText.Escape("a\uDC00"));
        Assert.Equal("a\uFFFD", XmlDocText.Escape("a\uD83D"));
    }

    [Fact]
    public void A_doc_element_over_several_lines_keeps_an_empty_line_as_a_bare_doc_line()
    {
        var text = new SourceWriter().Doc("summary", "First\n\nThird").ToString();

        Assert.Equal("/// <summary>\n/// First\n///\n/// Third\n/// </summary>\n", text);
    }

    [Fact]
    public void Closing_more_blocks_than_opened_throws_InvalidOperationException()
    {
        var writer = new SourceWriter().Open().Close();

        Assert.Throws<InvalidOperationException>(() => writer.Close());
    }

    [Fact]
    public void Unindenting_more_than_indented_throws_InvalidOperationException()
    {
        var writer = new SourceWriter().Indent().Unindent();

        Assert.Throws<InvalidOperationException>(() => writer.Unindent());
    }
}
