using PeerPractice.Agendas;
using PeerPractice.Core.Tests.Problems;
using PeerPractice.Json;

namespace PeerPractice.Core.Tests.Json;

/// <summary>
/// The located JSON reader at its edges, as the user reads them: the whole message of each syntax
/// problem, its id, span (line:column-endLine:endColumn) and JSON path, and the values it reads
/// (escapes, numbers, literals, nesting), with the agenda file kind's ids (PPA001 to PPA007).
/// </summary>
public class JsonTextReaderEdgeTests
{
    private const string NumberAdvice = " Numbers are written like 2, -1, 0.5 or 1e3.";
    private const string ValueExpected = " where a value was expected (an object, array, \"string\", number, true, false or null).";
    private const string HexMessage = "\\u must be followed by exactly four hexadecimal digits, as in \\u00e9.";
    private const string NeverClosed = "The string that starts here is never closed. Add the closing '\"'.";

    private static (JsonNode? Root, string[] Problems) Read(string text)
    {
        var problems = new ProblemCollector(text, "t.json");
        var root = JsonTextReader.Read(text, problems, AgendaProblemCatalog.Syntax);
        return (root, problems.ToValueArray().Select(ProblemLines.Of).ToArray());
    }

    /// <summary>Reads a document the reader must refuse with exactly one problem, and returns it.</summary>
    private static string Refused(string text)
    {
        var (root, problems) = Read(text);
        Assert.Null(root);
        return Assert.Single(problems);
    }

    private static JsonNode Valid(string text)
    {
        var (root, problems) = Read(text);
        Assert.Empty(problems);
        return root!;
    }

    [Theory]
    [InlineData("", "PPA007 1:1-1:1 $ The document is empty.")]
    [InlineData(" \n", "PPA007 2:1-2:1 $ The document holds only whitespace.")]
    public void An_empty_document_says_whether_it_is_empty_or_only_whitespace_and_what_to_write(string text, string expected) =>
        Assert.Equal(expected + " Write an agenda object: { \"id\": ..., \"title\": ..., \"format\": ..., \"sections\": [...] }.", Refused(text));

    [Theory]
    [InlineData("{} x", "PPA001 1:4-1:5 $ Unexpected 'x' after the end of the JSON value. A file holds exactly one value; delete what follows or wrap the values in an array.")]
    [InlineData("[1] /", "PPA001 1:5-1:6 $ Unexpected '/' after the end of the JSON value. A file holds exactly one value; delete what follows or wrap the values in an array.")]
    [InlineData("[nulll]", "PPA001 1:6-1:7 $ Expected ',' or ']' after an array element, found 'l'.")]
    [InlineData("[1 2]", "PPA001 1:4-1:5 $ Expected ',' or ']' after an array element, found '2'.")]
    [InlineData("[1 /]", "PPA001 1:4-1:5 $ Expected ',' or ']' after an array element, found '/'.")]
    [InlineData("[,1]", "PPA001 1:2-1:3 $ Expected an array element, found a comma with no element before it.")]
    [InlineData("[1,", "PPA001 1:1-1:2 $ The document ends inside an array. Close it with ']'.")]
    [InlineData("{\"x\": [[1]", "PPA001 1:7-1:8 $.x The document ends inside an array. Close it with ']'.")]
    [InlineData("{\"a\": 1", "PPA001 1:1-1:2 $ The document ends inside an object. Close it with '}'.")]
    [InlineData("{\"x\": {\"a\": 1", "PPA001 1:7-1:8 $.x The document ends inside an object. Close it with '}'.")]
    [InlineData("{\"a\":", "PPA001 1:6-1:6 $ The document ends where a value was expected. Complete the value or delete the comma before it.")]
    [InlineData("{\"a\": {\"b\": ", "PPA001 1:13-1:13 $.a The document ends where a value was expected. Complete the value or delete the comma before it.")]
    [InlineData("{\"a\" 1}", "PPA001 1:6-1:7 $.a Expected ':' after the property name \"a\", found '1'.")]
    [InlineData("{\"a\"", "PPA001 1:5-1:5 $.a Expected ':' after the property name \"a\", found the end of the document.")]
    [InlineData("{\"a\": 1 \"b\": 2}", "PPA001 1:9-1:10 $ Expected ',' or '}' after a property value, found '\"'.")]
    [InlineData("{,}", "PPA001 1:2-1:3 $ Expected a property name in double quotes, found a comma with no property before it.")]
    [InlineData("{\"a\": 1,,\"b\": 2}", "PPA001 1:9-1:10 $ Expected a property name in double quotes, found a comma with no property before it.")]
    [InlineData("{1: 2}", "PPA001 1:2-1:3 $ Expected a property name in double quotes, found '1'.")]
    [InlineData("{\"o\": {'k': 1}}", "PPA001 1:8-1:9 $.o Expected a property name in double quotes, found '''.")]
    public void Structural_errors_name_what_was_found_where_and_what_to_do(string text, string expected) =>
        Assert.Equal(expected, Refused(text));

    [Theory]
    [InlineData("'a'", "PPA001 1:1-1:2 $ Strings are written in double quotes (\"text\"), not single quotes.")]
    [InlineData("{\"a\": ['x']}", "PPA001 1:8-1:9 $.a Strings are written in double quotes (\"text\"), not single quotes.")]
    [InlineData("{\"a\": @}", "PPA001 1:7-1:8 $ Unexpected '@'" + ValueExpected)]
    [InlineData("[+1]", "PPA001 1:2-1:3 $ Unexpected '+'" + ValueExpected)]
    [InlineData("[:]", "PPA001 1:2-1:3 $ Unexpected ':'" + ValueExpected)]
    [InlineData("[/]", "PPA001 1:2-1:3 $ Unexpected '/'" + ValueExpected)]
    [InlineData("[~]", "PPA001 1:2-1:3 $ Unexpected '~'" + ValueExpected)]
    [InlineData("[!]", "PPA001 1:2-1:3 $ Unexpected '!'" + ValueExpected)]
    [InlineData("[\u007F]", "PPA001 1:2-1:3 $ Unexpected U+007F" + ValueExpected)]
    [InlineData("[\u00e9]", "PPA001 1:2-1:3 $ Unexpected U+00E9" + ValueExpected)]
    [InlineData("[\u0001]", "PPA001 1:2-1:3 $ Unexpected U+0001" + ValueExpected)]
    [InlineData("{\"a\": [1, {\"b\": [true, x]}]}", "PPA001 1:24-1:25 $.a[1].b Unexpected 'x'" + ValueExpected)]
    [InlineData("[tru]", "PPA001 1:2-1:3 $ Unexpected 't'. Did you mean true? Text values are written in double quotes.")]
    [InlineData("{\"a\": falsy}", "PPA001 1:7-1:8 $ Unexpected 'f'. Did you mean false? Text values are written in double quotes.")]
    [InlineData("[[nul]]", "PPA001 1:3-1:4 $[0] Unexpected 'n'. Did you mean null? Text values are written in double quotes.")]
    [InlineData("t", "PPA001 1:1-1:2 $ Unexpected 't'. Did you mean true? Text values are written in double quotes.")]
    public void A_value_that_is_not_JSON_is_described_readably_at_its_place(string text, string expected) =>
        Assert.Equal(expected, Refused(text));

    [Theory]
    [InlineData("[-]", "PPA001 1:2-1:3 $ A number needs a digit after '-'.")]
    [InlineData("-", "PPA001 1:1-1:2 $ A number needs a digit after '-'.")]
    [InlineData("[-a]", "PPA001 1:2-1:3 $ A number needs a digit after '-'.")]
    [InlineData("[-01]", "PPA001 1:2-1:4 $ A number cannot start with 0 followed by more digits. Delete the leading zero.")]
    [InlineData("[00]", "PPA001 1:2-1:3 $ A number cannot start with 0 followed by more digits. Delete the leading zero.")]
    [InlineData("[09]", "PPA001 1:2-1:3 $ A number cannot start with 0 followed by more digits. Delete the leading zero.")]
    [InlineData("[12.]", "PPA001 1:2-1:5 $ A number needs a digit after the decimal point.")]
    [InlineData("1.", "PPA001 1:1-1:3 $ A number needs a digit after the decimal point.")]
    [InlineData("[1.x]", "PPA001 1:2-1:4 $ A number needs a digit after the decimal point.")]
    [InlineData("[1e]", "PPA001 1:2-1:4 $ A number needs a digit in its exponent.")]
    [InlineData("[1E+]", "PPA001 1:2-1:5 $ A number needs a digit in its exponent.")]
    [InlineData("[2.5e-x]", "PPA001 1:2-1:7 $ A number needs a digit in its exponent.")]
    [InlineData("1e", "PPA001 1:1-1:3 $ A number needs a digit in its exponent.")]
    [InlineData("1e-", "PPA001 1:1-1:4 $ A number needs a digit in its exponent.")]
    public void A_malformed_number_is_refused_from_its_start_to_where_the_digit_is_missing(string text, string expected) =>
        Assert.Equal(expected + NumberAdvice, Refused(text));

    [Fact]
    public void Numbers_keep_their_spelling_and_their_span()
    {
        var root = Valid("[0, -0, 9, 10, -12, 0.5, 1.25, 1e3, 1E+3, 2e-3, -0.0e0, 90.09E19]");

        Assert.Equal(
            ["0", "-0", "9", "10", "-12", "0.5", "1.25", "1e3", "1E+3", "2e-3", "-0.0e0", "90.09E19"],
            root.Children.Select(c => c.Text));
        Assert.All(root.Children, c => Assert.Equal(JsonNodeKind.Number, c.Kind));
        Assert.Equal((4, 6), (root.Children[1].Start, root.Children[1].End));
        Assert.Equal((56, 64), (root.Children[11].Start, root.Children[11].End));
        Assert.Equal("1", Valid("1").Text);
    }

    [Fact]
    public void Literals_are_read_with_their_kind_value_and_span()
    {
        var root = Valid("[true, false, null]");

        Assert.Equal(
            [(JsonNodeKind.Boolean, true, 1, 5), (JsonNodeKind.Boolean, false, 7, 12), (JsonNodeKind.Null, false, 14, 18)],
            root.Children.Select(c => (c.Kind, c.Boolean, c.Start, c.End)));
        Assert.Equal((0, 19), (root.Start, root.End));
    }

    [Fact]
    public void Every_escape_is_decoded_including_hex_digits_of_both_cases()
    {
        var root = Valid("[\"\\\"\\\\\\/\\b\\f\\n\\r\\t\", \"\\u0041\\u00e9\\u00C9\\u90af\\uFA09\", \"a\\nb c\", \"\\ud800\", \" \"]");

        Assert.Equal(["\"\\/\b\f\n\r\t", "A\u00e9\u00c9\u90af\ufa09", "a\nb c", "\ud800", " "], root.Children.Select(c => c.Text));
        Assert.Equal((1, 19), (root.Children[0].Start, root.Children[0].End));
    }

    [Theory]
    [InlineData("[\"\\u00g0\"]")]
    [InlineData("[\"\\u00G0\"]")]
    [InlineData("[\"\\u00/0\"]")]
    [InlineData("[\"\\u00:0\"]")]
    [InlineData("[\"\\u00`0\"]")]
    [InlineData("[\"\\u00@0\"]")]
    public void A_u_escape_with_a_character_that_is_not_a_hex_digit_is_refused_over_the_escape(string text) =>
        Assert.Equal("PPA001 1:3-1:9 $ " + HexMessage, Refused(text));

    [Fact]
    public void A_u_escape_cut_by_the_end_of_the_document_is_refused_up_to_the_end() =>
        Assert.Equal("PPA001 1:3-1:7 $ " + HexMessage, Refused("[\"\\u12"));

    [Theory]
    [InlineData("[\"\\u0041", "PPA001 1:2-1:3 $ " + NeverClosed)]
    [InlineData("[\"ab\\", "PPA001 1:2-1:3 $ " + NeverClosed)]
    [InlineData("[\"abc", "PPA001 1:2-1:3 $ " + NeverClosed)]
    [InlineData("[\"a\\\"", "PPA001 1:2-1:3 $ " + NeverClosed)]
    [InlineData("[\"a\\x\"]", "PPA001 1:4-1:6 $ \\x is not a JSON escape. Use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX; write a backslash as \\\\.")]
    [InlineData("[\"\\\n\"]", "PPA001 1:3-2:1 $ \\ is not a JSON escape. Use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX; write a backslash as \\\\.")]
    [InlineData("[\"a\tb\"]", "PPA001 1:4-1:5 $ A string holds the control character U+0009. Write it escaped (\\n for a line break, \\t for a tab) or close the string with '\"'.")]
    [InlineData("[\"\\n\u001f\"]", "PPA001 1:5-1:6 $ A string holds the control character U+001F. Write it escaped (\\n for a line break, \\t for a tab) or close the string with '\"'.")]
    public void String_errors_point_at_the_opening_quote_the_escape_or_the_control_character(string text, string expected) =>
        Assert.Equal(expected, Refused(text));

    [Fact]
    public void Known_names_are_shared_instances_and_other_strings_equal_copies()
    {
        string[] known =
        [
            "$schema", "id", "title", "summary", "format", "participants", "duration", "cadence", "agreements", "rotation", "opener",
            "sections", "closing", "min", "max", "roles", "name", "description", "text", "items", "prompt", "turns",
            "timebox", "response", "guidance", "kind", "actionItems", "scheduleNext",
            "pair", "group", "visit", "alternate", "fixed", "round-robin", "each", "open", "perspective", "suggestions", "questions", "given", "quieter-first",
        ];
        var root = Valid("[" + string.Join(", ", known.Select(k => "\"" + k + "\"")) + ", \"titles\", \"tItle\", \"quieter-firsts\", \"\"]");

        for (var i = 0; i < known.Length; i++)
        {
            Assert.Same(known[i], root.Children[i].Text);
        }

        Assert.Equal(["titles", "tItle", "quieter-firsts", ""], root.Children.Skip(known.Length).Select(c => c.Text));
    }

    [Fact]
    public void Comments_are_PPA004_over_their_whole_text_and_reading_goes_on()
    {
        const string Message = " Agenda files are strict JSON, which has no comments. Delete the comment; notes for facilitators belong in an item's \"guidance\".";
        var (root, problems) = Read("// note\n[1 // x\r, /**/ 2, /* a */ 3] // end");

        Assert.Equal(
            [
                "PPA004 1:1-1:8 $" + Message,
                "PPA004 2:4-2:8 $" + Message,
                "PPA004 3:3-3:7 $" + Message,
                "PPA004 3:11-3:18 $" + Message,
                "PPA004 3:22-3:28 $" + Message,
            ],
            problems);
        Assert.Equal(["1", "2", "3"], root!.Children.Select(c => c.Text));
    }

    [Theory]
    [InlineData("1e5")]
    [InlineData("-2.5E-3")]
    [InlineData("7")]
    public void A_number_that_ends_the_document_is_read_whole(string text) =>
        Assert.Equal(text, Valid(text).Text);

    [Fact]
    public void A_backslash_before_a_space_names_the_space_it_cannot_escape() =>
        Assert.Equal("PPA001 1:3-1:5 $ \\  is not a JSON escape. Use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX; write a backslash as \\\\.", Refused("\"a\\ b\""));

    [Theory]
    [InlineData("[1 /* x")]
    [InlineData("/*/ [1]")]
    [InlineData("[ /* x")]
    [InlineData("{ /* x")]
    [InlineData("{\"a\" /* x")]
    [InlineData("{\"a\": /* x")]
    [InlineData("{\"a\": 1 /* x")]
    public void An_unclosed_block_comment_stops_reading_at_its_start(string text)
    {
        var at = text.IndexOf("/*", StringComparison.Ordinal) + 1;
        Assert.Equal($"PPA001 1:{at}-1:{at + 2} $ The comment that starts here is never closed, and agenda files cannot have comments. Delete it.", Refused(text));
    }

    [Fact]
    public void An_unclosed_comment_after_the_value_still_refuses_the_document() =>
        Assert.StartsWith("PPA001 1:5-1:7 $ The comment that starts here is never closed", Refused("[1] /* x"), StringComparison.Ordinal);

    [Theory]
    [InlineData("{\"a\": 1,}", "PPA005 1:8-1:9 $ Delete this comma: strict JSON has no comma after the last member of an object.")]
    [InlineData("[1,]", "PPA005 1:3-1:4 $ Delete this comma: strict JSON has no comma after the last member of an array.")]
    [InlineData("{\"a\": [1 , ]}", "PPA005 1:10-1:11 $.a Delete this comma: strict JSON has no comma after the last member of an array.")]
    public void A_trailing_comma_is_PPA005_on_the_comma_and_the_container_is_still_read(string text, string expected)
    {
        var (root, problems) = Read(text);

        Assert.Equal(expected, Assert.Single(problems));
        Assert.Single(root!.Children);
    }

    [Fact]
    public void A_duplicate_property_is_PPA003_on_its_name_and_the_first_value_is_kept()
    {
        var (root, problems) = Read("{\"a\": 1, \"a\": 2, \"b\": 3}");

        Assert.Equal("PPA003 1:10-1:13 $.a The property \"a\" appears more than once in this object; only the first is used. Delete one of them.", Assert.Single(problems));
        Assert.Equal([("a", "1"), ("b", "3")], root!.Children.Select(c => (c.Name!, c.Text!)));
    }

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    [InlineData(12)]
    public void Duplicates_are_found_in_objects_of_any_size_and_only_once_each(int distinct)
    {
        var members = Enumerable.Range(0, distinct).Select(i => $"\"k{i}\": {i}").ToList();
        members.Add("\"k0\": 100");
        members.Add($"\"k{distinct - 1}\": 101");
        members.Add("\"z\": 102");
        var (root, problems) = Read("{" + string.Join(", ", members) + "}");

        Assert.Equal(
            [Duplicate("k0"), Duplicate($"k{distinct - 1}")],
            problems.Select(p => string.Join(' ', p.Split(' ').Where((_, i) => i != 1))));
        Assert.Equal(Enumerable.Range(0, distinct).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append("102"), root!.Children.Select(c => c.Text));
    }

    private static string Duplicate(string name) =>
        $"PPA003 $.{name} The property \"{name}\" appears more than once in this object; only the first is used. Delete one of them.";

    [Fact]
    public void Names_of_an_enclosing_object_are_not_duplicates_inside_a_nested_one()
    {
        var names = Enumerable.Range(0, 10).Select(i => $"\"k{i}\": 1").ToList();
        var inner = "{" + string.Join(", ", names) + "}";
        var small = "{\"k0\": {\"k0\": 2}, \"k1\": [{\"k1\": 3}]}";

        var root = Valid("{" + string.Join(", ", names) + ", \"o\": " + inner + ", \"s\": " + small + "}");

        Assert.Equal(12, root.Children.Length);
        Assert.Equal(10, root.Children[10].Children.Length);
        Assert.Equal("$.s.k1[0].k1", root.Children[11].Children[1].Children[0].Children[0].Path);
    }

    [Fact]
    public void Containers_take_their_own_children_only()
    {
        var root = Valid("[[], {}, [1, [2, 3]], {\"a\": [4]}, 5]");

        Assert.Equal([0, 0, 2, 1, 0], root.Children.Select(c => c.Children.Length));
        Assert.Equal(["2", "3"], root.Children[2].Children[1].Children.Select(c => c.Text));
        Assert.Equal((9, 20), (root.Children[2].Start, root.Children[2].End));
        Assert.Equal("$[3].a[0]", root.Children[3].Children[0].Children[0].Path);
    }

    [Fact]
    public void Nesting_is_accepted_to_64_levels_and_the_65th_is_PPA002_at_its_bracket()
    {
        Assert.NotNull(Valid(new string('[', 64) + new string(']', 64)));
        Assert.NotNull(Valid(string.Concat(Enumerable.Repeat("{\"a\":", 64)) + "1" + new string('}', 64)));

        var deep = Refused(new string('[', 65) + new string(']', 65));
        Assert.Equal("PPA002 1:65-1:66 $" + string.Concat(Enumerable.Repeat("[0]", 63)) + " Arrays and objects nest more than 64 levels deep here. Remove the extra nesting.", deep);

        var deepObjects = Refused(string.Concat(Enumerable.Repeat("{\"a\":", 65)) + "1" + new string('}', 65));
        Assert.Equal("PPA002 1:321-1:322 $" + string.Concat(Enumerable.Repeat(".a", 63)) + " Arrays and objects nest more than 64 levels deep here. Remove the extra nesting.", deepObjects);
    }
}
