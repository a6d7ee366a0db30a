using System.Text;
using PeerPractice.Matching;
using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>Profiles as CSV: the same members as JSON, read streaming, and every bad input a located problem that names the column.</summary>
public class ProfileCsvTests
{
    private const string Source = "members.csv";

    private static LoadResult<PeerPractice.Collections.ValueArray<MemberProfile>> Load(string csv) =>
        ProfileLoader.LoadCsv(new StringReader(csv), sourceName: Source);

    private static string Csv(IEnumerable<MemberProfile> members)
    {
        var writer = new StringWriter();
        ProfileLoader.SaveCsv(writer, members);
        return writer.ToString();
    }

    [Fact]
    public void Csv_and_json_of_the_same_members_load_to_equal_profiles()
    {
        // Generated members have snoozes, opt-outs, private exclusions and two languages; the default cohort has more variety of text.
        var generated = MemberGenerator.Generate(400, seed: 7, today: new DateOnly(2026, 11, 23));
        var fromCsv = Load(Csv(generated));
        var fromJson = ProfileLoader.Load(ProfileLoader.Save(generated));
        var defaults = Load(Csv(DefaultMembers.All));
        Assert.True(defaults.Succeeded, string.Join("\n", defaults.Problems));
        Assert.Equal(DefaultMembers.All, defaults.Value);

        Assert.True(fromCsv.Succeeded, string.Join("\n", fromCsv.Problems));
        Assert.Empty(fromCsv.Problems);
        Assert.Equal(generated, fromCsv.Value);
        Assert.Equal(fromJson.Value, fromCsv.Value);
        Assert.Contains(fromCsv.Value, m => m.SnoozedUntil is not null);
        Assert.Contains(fromCsv.Value, m => !m.DoNotPair.IsEmpty);
        Assert.Contains(fromCsv.Value, m => m.Languages.Count == 2);
    }

    [Fact]
    public void Streamed_json_writing_loads_back_to_the_same_members()
    {
        var members = MemberGenerator.Stream(150, seed: 3).ToList();
        using var stream = new MemoryStream();
        ProfileLoader.Save(stream, members);
        var loaded = ProfileLoader.Load(Encoding.UTF8.GetString(stream.ToArray()));
        Assert.True(loaded.Succeeded);
        Assert.Equal(members, loaded.Value);
        Assert.Equal(MemberGenerator.Generate(150, seed: 3), loaded.Value);
    }

    [Fact]
    public void Columns_in_any_order_and_empty_cells_take_the_json_defaults()
    {
        var csv = Load("organization,id,formats,concerns,roleLevel\r\nAcme,a,InPerson;Virtual,cybersecurity; ai-integration,\r\n\r\nGlobex,b,,,Executive\r\n");
        var json = ProfileLoader.Load("""{ "members": [ { "id": "a", "organization": "Acme", "formats": "InPerson, Virtual", "concerns": ["cybersecurity", "ai-integration"] }, { "id": "b", "organization": "Globex", "roleLevel": "Executive" } ] }""");
        Assert.True(csv.Succeeded, string.Join("\n", csv.Problems));
        Assert.Equal(json.Value, csv.Value);
        Assert.Equal(MeetingFormats.Any, csv.Value[0].Formats);
    }

    [Fact]
    public void Quoted_fields_keep_commas_quotes_and_line_breaks_and_later_lines_are_still_located()
    {
        var result = Load("id,name,organization,title\n\"a,1\",\"Dana \"\"DB\"\" Berg\",\"Harbor, Inc.\",\"CIO\r\nand CTO\"\nb,Bo,Acme,Boss\nc,Cy,,CIO\n");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("PPM004", 5, 6), (problem.Id, problem.Line, problem.Column)); // the empty organization of c, after a quoted line break
        Assert.Contains("column 'organization'", problem.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Value.Count);
        var a = result.Value[0];
        Assert.Equal(("a,1", "Dana \"DB\" Berg", "Harbor, Inc.", "CIO\nand CTO"), (a.Id, a.Name, a.Organization, a.Title));
    }

    [Fact]
    public void A_byte_order_mark_is_not_part_of_the_first_column()
    {
        var result = Load("\uFEFFid,organization\na,Acme\n");
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("a", Assert.Single(result.Value).Id);

        using var bytes = new MemoryStream([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes("id,organization,roleLevel\na,Acme,Boss\n")]);
        var fromFile = ProfileLoader.LoadCsv(new StreamReader(bytes, Encoding.UTF8, detectEncodingFromByteOrderMarks: true), sourceName: Source);
        Assert.Equal((2, 8), (Assert.Single(fromFile.Problems).Line, fromFile.Problems[0].Column));
    }

    [Theory]
    [InlineData("", "PPM016", 1, 1, "empty")]
    [InlineData("id,name\na,Bo\n", "PPM004", 1, 1, "'organization' column")]
    [InlineData("name,organization\nBo,Acme\n", "PPM002", 1, 1, "'id' column")]
    [InlineData("id,organization,color\na,Acme,red\n", "PPM015", 1, 17, "Unknown column 'color'")]
    [InlineData("id,organization,id\na,Acme,b\n", "PPM012", 1, 17, "'id' is in the header row twice")]
    [InlineData("id,organization,roleLevel\na,Acme,Boss\n", "PPM001", 2, 8, "Column 'roleLevel' is 'Boss'; write one of Manager, Director")]
    [InlineData("id,organization,formats\na,Acme,InPerson;Phone\n", "PPM001", 2, 8, "Column 'formats'")]
    [InlineData("id,organization,roleLevel\na,Acme,2\n", "PPM001", 2, 8, "Column 'roleLevel' is '2'")]
    [InlineData("id,organization,utcOffsetMinutes\na,Acme,1.5\n", "PPM001", 2, 8, "Column 'utcOffsetMinutes' is '1.5'; write a whole number")]
    [InlineData("id,organization,snoozedUntil\na,Acme,31/12/2026\n", "PPM001", 2, 8, "a date as yyyy-MM-dd")]
    [InlineData("id,organization,meetEveryoneBeforeRepeating\na,Acme,yes\n", "PPM001", 2, 8, "true or false")]
    [InlineData("id,organization\na,Acme,extra\n", "PPM016", 2, 1, "This row has 3 fields but the header has 2")]
    [InlineData("id,organization\na\n", "PPM016", 2, 1, "This row has 1 fields but the header has 2")]
    [InlineData("id,organization\n\"a,Acme\n", "PPM016", 2, 1, "not closed before the end of the file")]
    [InlineData("id,organization\n\"a\"x,Acme\n", "PPM016", 2, 4, "Text follows a closing quote")]
    [InlineData("id,organization\na\"b,Acme\n", "PPM016", 2, 2, "A quote inside an unquoted field")]
    [InlineData("id,organization,concerns\na,Acme,cybersecurity;blockchain\n", "PPM005", 2, 8, "Unknown topic 'blockchain'")]
    [InlineData("id,organization\na,Acme\na,Globex\n", "PPM003", 3, 1, "Duplicate id 'a': the member on line 2 has it already")]
    [InlineData("id,organization,doNotPair\na,Acme,b;a\n", "PPM006", 2, 8, "cannot exclude themselves")]
    [InlineData("id,organization,availableFromHour,availableToHour\na,Acme,18,9\n", "PPM007", 2, 11, "not a range")]
    public void Bad_input_is_one_located_problem_that_says_what_to_do(string csv, string id, int line, int column, string message)
    {
        var result = Load(csv);
        var problem = Assert.Single(result.Problems);
        Assert.Equal((id, line, column), (problem.Id, problem.Line, problem.Column));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
        Assert.Equal(Source, problem.Source);
        Assert.False(result.Succeeded); // the host refuses the whole file; Value keeps only rows without problems, as Load does
        Assert.DoesNotContain(result.Value, m => m.Id is "b" or "c" || m.Organization == "Globex");
        Assert.StartsWith("members.csv(", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_not_profiles_stops_after_a_bounded_number_of_problems()
    {
        var text = new StringBuilder("id,organization\n");
        for (var i = 0; i < 10_000; i++)
        {
            text.Append("x\n");
        }

        var problems = Load(text.ToString()).Problems;
        Assert.Equal(201, problems.Count);
        Assert.Contains("Reading stopped after 200 problems", problems[^1].Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Writing_refuses_a_list_entry_that_holds_the_separator()
    {
        var member = DefaultMembers.All[0] with { DoNotPair = PeerPractice.Collections.ValueArray.Create("x;y") };
        var error = Assert.Throws<ArgumentException>(() => ProfileLoader.SaveCsv(new StringWriter(), [member]));
        Assert.Contains("doNotPair", error.Message, StringComparison.Ordinal);
    }
}
