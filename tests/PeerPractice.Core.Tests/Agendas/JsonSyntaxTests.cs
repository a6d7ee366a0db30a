using System.Text;
using PeerPractice.Agendas;
using static PeerPractice.Core.Tests.Agendas.ProblemAssert;

namespace PeerPractice.Core.Tests.Agendas;

/// <summary>The reader's policy for strict JSON, and its locations.</summary>
public class JsonSyntaxTests
{
    [Fact]
    public void Line_comments_are_PPA004_and_reading_continues_to_report_agenda_problems()
    {
        var text = AgendaSamples.Minimal.Replace("\"title\": \"Minimal\",", "\"title\": \"Minimal\", // a note", StringComparison.Ordinal)
            .Replace("\"format\": \"pair\"", "\"format\": \"trio\"", StringComparison.Ordinal);

        var result = Ids(text, "PPA004", "PPA025");

        At(result.Problems[0], 3, 23, "$");
        Assert.Equal(9, result.Problems[0].Span.Length);
    }

    [Fact]
    public void Block_comments_are_PPA004_with_their_whole_span()
    {
        var result = Ids("/* header\n   two lines */ " + AgendaSamples.Minimal, "PPA004");

        var span = result.Problems[0].Span;
        Assert.Equal((1, 1, 2, 16), (span.Line, span.Column, span.EndLine, span.EndColumn));
    }

    [Fact]
    public void An_unclosed_block_comment_stops_reading_with_PPA001() =>
        Ids("{ /* never closed", "PPA001");

    [Theory]
    [InlineData("\"items\": [\n    { \"id\": \"one\", \"prompt\": \"How are you?\", \"turns\": \"each\", \"timebox\": \"PT1M\" },\n  ]")]
    [InlineData("\"items\": [\n    { \"id\": \"one\", \"prompt\": \"How are you?\", \"turns\": \"each\", \"timebox\": \"PT1M\", }\n  ]")]
    public void Trailing_commas_are_PPA005_and_the_rest_is_still_checked(string items)
    {
        var text = "{ \"id\": \"a\", \"title\": \"A\", \"format\": \"pair\", \"sections\": [ { \"id\": \"s\", \"title\": \"S\", " + items + " } ] }";

        var result = Ids(text, "PPA005");

        Assert.Equal(1, result.Problems[0].Span.Length);
        Assert.Equal(',', text[result.Problems[0].Span.Offset]);
        Assert.Null(result.Value);
    }

    [Theory]
    [InlineData("[,]")]
    [InlineData("[1,,2]")]
    [InlineData("{,}")]
    [InlineData("{\"a\":1,,\"b\":2}")]
    public void Commas_with_nothing_before_them_are_syntax_errors(string text) =>
        Ids(text, "PPA001");

    [Fact]
    public void Duplicate_properties_are_PPA003_at_the_second_name_and_the_first_value_is_kept()
    {
        var text = AgendaSamples.Minimal.Replace("\"title\": \"Minimal\",", "\"title\": \"Minimal\", \"title\": \"Other\",", StringComparison.Ordinal);

        var result = Ids(text, "PPA003");

        At(result.Problems[0], 3, 23, "$.title");
        Assert.Equal(7, result.Problems[0].Span.Length);
    }

    [Fact]
    public void Duplicate_properties_are_found_in_large_objects_too()
    {
        var builder = new StringBuilder("{");
        for (var i = 0; i < 1000; i++)
        {
            builder.Append('"').Append('k').Append(i).Append("\": 1, ");
        }

        builder.Append("\"k500\": 2}");

        var problems = Parse(builder.ToString()).Problems;

        Assert.Equal(["PPA020", "PPA003"], problems.Select(p => p.Id));
    }

    [Fact]
    public void Nesting_10000_deep_is_PPA002_not_a_stack_overflow()
    {
        var text = new string('[', 10_000) + new string(']', 10_000);

        var problem = Single(text, "PPA002");

        Assert.Equal(64, problem.Span.Offset);
    }

    [Fact]
    public void Objects_nested_10000_deep_are_PPA002()
    {
        var text = string.Concat(Enumerable.Repeat("{\"a\":", 10_000)) + "1" + new string('}', 10_000);

        Assert.Equal("PPA002", Assert.Single(Parse(text).Problems).Id);
    }

    [Fact]
    public void Nesting_of_64_is_read_and_then_refused_as_not_an_agenda()
    {
        var text = new string('[', 64) + new string(']', 64);

        Ids(text, "PPA020");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\t ")]
    [InlineData("\uFEFF")]
    public void Empty_documents_are_PPA007(string text) => Ids(text, "PPA007");

    [Fact]
    public void A_byte_order_mark_in_a_string_is_skipped_and_columns_count_from_after_it()
    {
        var result = Parse("\uFEFF" + AgendaSamples.Minimal);

        Assert.True(result.Succeeded, Describe(result));
        At(Single("\uFEFF{\"id\": 5}", "PPA024"), 1, 8, "$.id");
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void Lines_end_at_CRLF_LF_or_CR_and_columns_count_characters(string newline)
    {
        var text = "{" + newline + "  \"id\": \"a\"," + newline + "\t\"title\": 1" + newline + "}";

        var problem = Single(text, "PPA024");

        At(problem, 3, 11, "$.title");
        Assert.Equal((3, 12), (problem.Span.EndLine, problem.Span.EndColumn));
    }

    [Fact]
    public void Columns_count_UTF16_code_units_so_astral_characters_count_two()
    {
        var problem = Single("{\"title\": \"\U0001F600\", \"id\": 1}", "PPA024");

        At(problem, 1, 23, "$.id");
    }

    [Theory]
    [InlineData("{\"id\": 'a'}", 1, 8, "single quotes")]
    [InlineData("{\"id\": \"a\" \"title\": \"b\"}", 1, 12, "Expected ',' or '}'")]
    [InlineData("{\"id\": \"a\n\"}", 1, 10, "control character")]
    [InlineData("{\"id\": \"\\x\"}", 1, 9, "not a JSON escape")]
    [InlineData("{\"id\": \"\\u12\"}", 1, 9, "four hexadecimal digits")]
    [InlineData("{\"n\": 01}", 1, 7, "leading zero")]
    [InlineData("{\"n\": 1.}", 1, 7, "decimal point")]
    [InlineData("{\"n\": tru}", 1, 7, "Did you mean true?")]
    [InlineData("{\"id\": \"open", 1, 8, "never closed")]
    [InlineData("{\"id\": \"a\"", 1, 1, "ends inside an object")]
    [InlineData("{\"id\": \"a\"} x", 1, 13, "after the end of the JSON value")]
    [InlineData("{id: 1}", 1, 2, "property name in double quotes")]
    public void Syntax_errors_are_PPA001_located_where_the_fix_goes(string text, int line, int column, string hint)
    {
        var problem = Single(text, "PPA001");

        Assert.Equal((line, column), (problem.Span.Line, problem.Span.Column));
        Assert.Contains(hint, problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Escapes_are_decoded_into_the_definition()
    {
        var text = AgendaSamples.Minimal.Replace("\"How are you?\"", "\"Caf\\u00e9 \\\"talk\\\"\\n\\t\\/\\\\ \\ud83d\\ude00\"", StringComparison.Ordinal);

        Assert.Equal("Caf\u00e9 \"talk\"\n\t/\\ \U0001F600", Parse(text).Value!.Items[0].Prompt);
    }

    [Fact]
    public void Numbers_where_strings_belong_are_PPA024_for_every_such_field()
    {
        var text = """{ "id": 1, "title": 2, "format": 3, "sections": [ { "id": 4, "title": 5, "items": [ { "id": 6, "prompt": 7, "turns": 8, "timebox": 9 } ] } ] }""";

        var result = Parse(text);

        Assert.Equal(9, result.Problems.Count);
        Assert.All(result.Problems, p => Assert.Equal("PPA024", p.Id));
    }

    [Fact]
    public void A_10_MB_agenda_is_read_and_checked_whole()
    {
        var builder = new StringBuilder("""{ "id": "big", "title": "Big", "format": "pair", "sections": [ { "id": "s", "title": "S", "items": [""");
        var count = 0;
        while (builder.Length < 10 * 1024 * 1024)
        {
            builder.Append(count == 0 ? "" : ",").Append("\n  { \"id\": \"item-").Append(count).Append("\", \"prompt\": \"Question ").Append(count).Append("?\", \"turns\": \"each\", \"timebox\": \"PT1M\" }");
            count++;
        }

        builder.Append("] } ] }");

        // Only correctness here: how fast it is belongs to the agenda-loading benchmark, not a timed test.
        var result = AgendaLoader.Parse(Encoding.UTF8.GetBytes(builder.ToString()), "big.agenda.json");

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(count, result.Value!.Items.Count);
        Assert.Equal($"item-{count - 1}", result.Value.Items[count - 1].Id);
    }

    [Fact]
    public void A_10_MB_file_of_garbage_gets_one_located_problem()
    {
        var text = "{\"id\": \"" + new string('x', 10 * 1024 * 1024) + "\"" + " oops";

        var problem = Single(text, "PPA001");

        Assert.Equal(text.Length - 4, problem.Span.Offset);
    }

    [Fact]
    public void Text_over_16_Mi_characters_is_PPA009() =>
        Ids(new string(' ', (16 * 1024 * 1024) + 1), "PPA009");
}
