using System.Text;
using PeerPractice.Matching;
using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// The profile formats at their edges: the first and last allowed hours, a caller's topic catalog, the defaults of
/// fields left out, names matched without regard to case, where a problem starts in the text, and how the writers lay
/// out what they write; each against the documented format.
/// </summary>
public class ProfileLoaderBoundaryTests
{
    private static LoadResult<PeerPractice.Collections.ValueArray<MemberProfile>> Csv(string csv, TopicCatalog? topics = null) =>
        ProfileLoader.LoadCsv(new StringReader(csv), topics, "m.csv");

    [Theory]
    [InlineData(0, 1)]
    [InlineData(23, 24)]
    public void The_first_and_last_hours_of_the_day_are_a_valid_range(int from, int to)
    {
        var json = ProfileLoader.Load($$"""{ "members": [ { "id": "a", "organization": "A", "availableFromHour": {{from}}, "availableToHour": {{to}} } ] }""");
        var csv = Csv($"id,organization,availableFromHour,availableToHour\na,A,{from},{to}\n");

        Assert.Empty(json.Problems);
        Assert.Empty(csv.Problems);
        Assert.Equal((from, to), (json.Value[0].AvailableFromHour, json.Value[0].AvailableToHour));
        Assert.Equal(json.Value, csv.Value);
    }

    [Fact]
    public void A_callers_topic_catalog_decides_which_topics_are_known_in_json_and_csv()
    {
        var json = ProfileLoader.Load("""{ "members": [ { "id": "a", "organization": "A", "concerns": ["cold-chain"] } ] }""", TestMembers.HarbourCatalog);
        var csv = Csv("id,organization,concerns\na,A,cold-chain\n", TestMembers.HarbourCatalog);

        Assert.Empty(json.Problems);
        Assert.Empty(csv.Problems);
        Assert.Equal(["cold-chain"], json.Value[0].Concerns);
        Assert.Equal(json.Value, csv.Value);
    }

    [Fact]
    public void A_member_without_optional_text_loads_it_empty()
    {
        var member = Assert.Single(ProfileLoader.Load("""{ "members": [ { "id": "a", "organization": "A" } ] }""").Value);

        Assert.Equal(("", "", ""), (member.Industry, member.Title, member.Metro));
    }

    [Fact]
    public void Csv_enum_and_flag_names_are_read_in_any_case()
    {
        var member = Assert.Single(Csv("id,organization,formats,roleLevel\na,A,virtual;INPERSON,executive\n").Value);

        Assert.Equal((MeetingFormats.Any, RoleLevel.Executive), (member.Formats, member.RoleLevel));
    }

    [Fact]
    public void A_csv_problem_span_starts_at_the_fields_character_offset()
    {
        var problem = Assert.Single(Csv("id,organization\nab,A\nab,B\n").Problems);

        Assert.Equal(new SourceSpan(21, 2, 3, 1, 3, 3), problem.Span);
    }

    [Theory]
    [InlineData("concerns")]
    [InlineData("strengths")]
    [InlineData("languages")]
    public void A_list_entry_with_a_semicolon_cannot_be_written_as_csv_and_the_message_names_the_field(string field)
    {
        var member = TestMembers.Make("a", "Acme");
        member = field switch
        {
            "concerns" => member with { Concerns = ["x;y"] },
            "strengths" => member with { Strengths = ["x;y"] },
            _ => member with { Languages = ["x;y"] },
        };

        var exception = Assert.Throws<ArgumentException>(() => ProfileLoader.SaveCsv(new StringWriter(), [member]));

        Assert.StartsWith($"Member 'a' has 'x;y' in {field}; CSV separates list entries with ';'", exception.Message);
    }

    [Fact]
    public void A_csv_field_starting_with_a_comma_or_a_quote_is_quoted()
    {
        var member = TestMembers.Make("a", ",Acme") with { Name = "\"Ana\" Lee" };
        var writer = new StringWriter();

        ProfileLoader.SaveCsv(writer, [member]);

        Assert.StartsWith("a,\"\"\"Ana\"\" Lee\",\",Acme\",", writer.ToString().Split("\r\n")[1]);
        Assert.Equal([member], Csv(writer.ToString()).Value);
    }

    [Fact]
    public void Streamed_json_is_laid_out_like_the_in_memory_writer()
    {
        var members = MemberGenerator.Generate(3, seed: 5, today: new DateOnly(2026, 11, 23));
        using var stream = new MemoryStream();

        ProfileLoader.Save(stream, members);

        Assert.Equal(ProfileLoader.Save(members), Encoding.UTF8.GetString(stream.ToArray()));
    }

    [Fact]
    public void Streamed_json_reaches_the_stream_before_the_last_member_is_read()
    {
        using var stream = new MemoryStream();
        var lengthsSeen = new List<long>();
        IEnumerable<MemberProfile> Watched()
        {
            foreach (var member in MemberGenerator.Stream(600, seed: 3))
            {
                lengthsSeen.Add(stream.Length);
                yield return member;
            }
        }

        ProfileLoader.Save(stream, Watched());

        Assert.InRange(lengthsSeen[^1], 1, stream.Length - 1);
        Assert.True(ProfileLoader.Load(Encoding.UTF8.GetString(stream.ToArray())).Succeeded);
    }

    [Fact]
    public void Saved_json_leaves_out_an_empty_do_not_pair_list()
    {
        var without = ProfileLoader.Save([TestMembers.Make("a", "Acme")]);
        var with = ProfileLoader.Save([TestMembers.Make("a", "Acme") with { DoNotPair = ["b"] }]);

        Assert.DoesNotContain("doNotPair", without, StringComparison.Ordinal);
        Assert.Contains("\"doNotPair\": [", with, StringComparison.Ordinal);
    }
}
