using PeerPractice.Agendas;
using PeerPractice.Core.Tests.Problems;
using PeerPractice.Json;

namespace PeerPractice.Core.Tests.Json;

/// <summary>
/// The typed reads every small data file loader shares (topic catalogs, profiles, policies, visit
/// plans, breakfast events, relationships): the values they return, and the whole message, span and
/// path of each refusal, which name the value, what was found and what to write.
/// </summary>
public class JsonValueReaderTests
{
    private static readonly ProblemDescriptor WrongType = new("PPX010", "Wrong type", ProblemSeverity.Error, "A value of the wrong type.", "docs/test.md");
    private static readonly ProblemDescriptor UnknownProperty = new("PPX011", "Unknown property", ProblemSeverity.Warning, "A property the format does not define.", "docs/test.md");

    private static (JsonValueReader Reader, JsonNode Root) Read(string json)
    {
        var root = LocatedJson.Read(json, "t.json", AgendaProblemCatalog.Syntax, out var problems);
        Assert.Equal(0, problems.Count);
        return (new JsonValueReader(problems, WrongType, UnknownProperty), root!);
    }

    private static string[] Problems(JsonValueReader reader) =>
        reader.Problems.ToValueArray().Select(ProblemLines.Of).ToArray();

    private static JsonNode Member(JsonNode root, string name) => root.Children.Single(c => c.Name == name);

    [Fact]
    public void Values_of_the_right_type_are_returned_without_problems()
    {
        var (reader, root) = Read("""{"s": "text", "i": -42, "big": 2147483647, "t": true, "f": false, "d": "2026-02-28", "e": "tuesday", "flags": "ReadOnly, Hidden", "list": ["a", "b"], "o": {}, "a": []}""");

        Assert.Equal("text", reader.String(Member(root, "s")));
        Assert.Equal(-42, reader.Integer(Member(root, "i")));
        Assert.Equal(int.MaxValue, reader.Integer(Member(root, "big")));
        Assert.True(reader.Boolean(Member(root, "t")));
        Assert.False(reader.Boolean(Member(root, "f")));
        Assert.Equal(new DateOnly(2026, 2, 28), reader.Date(Member(root, "d")));
        Assert.Equal(DayOfWeek.Tuesday, reader.Enum<DayOfWeek>(Member(root, "e")));
        Assert.Equal(FileAttributes.ReadOnly | FileAttributes.Hidden, reader.Enum<FileAttributes>(Member(root, "flags")));
        Assert.Equal(["a", "b"], reader.Strings(Member(root, "list"))!);
        Assert.True(reader.IsObject(Member(root, "o"), "unused"));
        Assert.True(reader.IsArray(Member(root, "a"), "unused"));
        Assert.True(reader.IsObject(root, "unused"));
        Assert.Empty(Problems(reader));
    }

    [Fact]
    public void A_wrong_type_names_the_member_what_was_found_and_what_to_write()
    {
        var (reader, root) = Read("""{"s": 5, "i": "x", "n": 1.5, "huge": 2147483648, "t": null, "d": "2026-02-30", "e": "1", "e2": "-1", "e3": "+1", "e4": "", "e5": 3}""");

        Assert.Null(reader.String(Member(root, "s")));
        Assert.Null(reader.Integer(Member(root, "i")));
        Assert.Null(reader.Integer(Member(root, "n")));
        Assert.Null(reader.Integer(Member(root, "huge")));
        Assert.Null(reader.Boolean(Member(root, "t")));
        Assert.Null(reader.Date(Member(root, "d")));
        Assert.Null(reader.Enum<DayOfWeek>(Member(root, "e")));
        Assert.Null(reader.Enum<DayOfWeek>(Member(root, "e2")));
        Assert.Null(reader.Enum<DayOfWeek>(Member(root, "e3")));
        Assert.Null(reader.Enum<DayOfWeek>(Member(root, "e4")));
        Assert.Null(reader.Enum<DayOfWeek>(Member(root, "e5")));

        const string Days = "one of Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday.";
        Assert.Equal(
            [
                "PPX010 1:7-1:8 $.s \"s\" is the number 5; write text in double quotes.",
                "PPX010 1:15-1:18 $.i \"i\" is \"x\"; write a whole number.",
                "PPX010 1:25-1:28 $.n \"n\" is the number 1.5; write a whole number.",
                "PPX010 1:38-1:48 $.huge \"huge\" is the number 2147483648; write a whole number.",
                "PPX010 1:55-1:59 $.t \"t\" is null; write true or false.",
                "PPX010 1:66-1:78 $.d \"d\" is \"2026-02-30\"; write a date written \"yyyy-MM-dd\".",
                "PPX010 1:85-1:88 $.e \"e\" is \"1\"; write " + Days,
                "PPX010 1:96-1:100 $.e2 \"e2\" is \"-1\"; write " + Days,
                "PPX010 1:108-1:112 $.e3 \"e3\" is \"+1\"; write " + Days,
                "PPX010 1:120-1:122 $.e4 \"e4\" is \"\"; write " + Days,
                "PPX010 1:130-1:131 $.e5 \"e5\" is the number 3; write " + Days,
            ],
            Problems(reader));
    }

    [Fact]
    public void Each_kind_of_value_is_described_in_words()
    {
        var (reader, root) = Read("""[{}, [], "s", 7, true, false, null]""");

        foreach (var child in root.Children)
        {
            reader.IsArray(child, "Write a list.");
        }

        reader.IsArray(root, "Never reported.");
        reader.IsObject(root, "Write an object.");

        Assert.Equal(
            [
                "PPX010 1:1-1:36 $ The document is an array. Write an object.",
                "PPX010 1:2-1:4 $[0] The element $[0] is an object. Write a list.",
                "PPX010 1:10-1:13 $[2] The element $[2] is a string. Write a list.",
                "PPX010 1:15-1:16 $[3] The element $[3] is the number 7. Write a list.",
                "PPX010 1:18-1:22 $[4] The element $[4] is true. Write a list.",
                "PPX010 1:24-1:29 $[5] The element $[5] is false. Write a list.",
                "PPX010 1:31-1:35 $[6] The element $[6] is null. Write a list.",
            ],
            Problems(reader));
    }

    [Fact]
    public void Strings_leaves_out_and_reports_entries_that_are_not_text_and_refuses_a_non_array()
    {
        var (reader, root) = Read("""{"tags": ["a", 1, null, "b"], "none": {"a": 1}}""");

        Assert.Equal(["a", "b"], reader.Strings(Member(root, "tags"))!);
        Assert.Null(reader.Strings(Member(root, "none")));

        Assert.Equal(
            [
                "PPX010 1:16-1:17 $.tags[1] The element $.tags[1] is the number 1; write text in double quotes.",
                "PPX010 1:19-1:23 $.tags[2] The element $.tags[2] is null; write text in double quotes.",
                "PPX010 1:39-1:47 $.none \"none\" is an object. Write an array of strings, such as [\"a\", \"b\"].",
            ],
            Problems(reader));
    }

    [Fact]
    public void Long_names_and_texts_are_shortened_to_40_characters_in_messages()
    {
        var name = new string('n', 41);
        var text = new string('t', 41);
        var (reader, root) = Read("{\"" + name + "\": \"" + text + "\"}");

        reader.Integer(root.Children[0]);

        var message = Assert.Single(reader.Problems.ToValueArray()).Message;
        Assert.Equal("\"" + new string('n', 40) + "...\" is \"" + new string('t', 40) + "...\"; write a whole number.", message);
    }

    [Fact]
    public void An_unknown_property_is_reported_at_its_name_with_the_allowed_names()
    {
        var (reader, root) = Read("{\"id\": 1,\n  \"colour\": \"red\"}");

        reader.Unknown(Member(root, "colour"), "id, color");

        var problem = Assert.Single(reader.Problems.ToValueArray());
        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
        Assert.False(reader.Problems.HasErrors);
        Assert.Equal(
            "PPX011 2:3-2:11 $.colour Unknown property \"colour\"; it would be ignored. Fix its spelling or delete it (expected id, color).",
            Assert.Single(Problems(reader)));
    }

    [Fact]
    public void Report_puts_a_custom_message_over_the_whole_value()
    {
        var (reader, root) = Read("{\"range\": [3,\n 1]}");

        reader.Report(Member(root, "range"), "The range runs backwards.");

        Assert.True(reader.Problems.HasErrors);
        Assert.Equal("PPX010 1:11-2:4 $.range The range runs backwards.", Assert.Single(Problems(reader)));
    }
}
