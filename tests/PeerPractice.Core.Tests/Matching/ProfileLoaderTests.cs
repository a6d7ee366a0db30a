using PeerPractice.Matching;
using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Matching;

public class ProfileLoaderTests
{
    [Fact]
    public void Valid_file_loads_with_defaults()
    {
        var result = ProfileLoader.Load("""{ "members": [ { "id": "a", "organization": "Acme", "concerns": ["mobile-technology"], "roleLevel": "Executive" } ] }""");
        Assert.True(result.Succeeded);
        var m = Assert.Single(result.Value);
        Assert.Equal("a", m.Name);
        Assert.Equal(["en"], m.Languages);
        Assert.Equal(PeerPractice.Matching.RoleLevel.Executive, m.RoleLevel);
    }

    [Fact]
    public void Malformed_json_gives_line_column_and_record()
    {
        var json = "{ \"members\": [\n  { \"id\": \"a\", \"organization\": \"Acme\" },\n  { \"id\": \"b\", \"roleLevel\": 12x }\n] }";
        var problem = Assert.Single(ProfileLoader.Load(json, sourceName: "members.json").Problems);
        Assert.Equal("PPM001", problem.Id);
        Assert.Equal((3, 31), (problem.Line, problem.Column));
        Assert.Equal("$.members[1]", problem.JsonPath);
        Assert.StartsWith("members.json(3,31): error PPM001:", problem.ToString());
    }

    [Fact]
    public void Unknown_enum_value_is_located()
    {
        var problem = Assert.Single(ProfileLoader.Load("""{ "members": [ { "id": "a", "organization": "A", "roleFamily": "Wizard" } ] }""").Problems);
        Assert.Equal("PPM001", problem.Id);
        Assert.Equal("$.members[0].roleFamily", problem.JsonPath);
        Assert.Equal((1, 64), (problem.Line, problem.Column));
        Assert.Contains("Wizard", problem.Message);
    }

    [Fact]
    public void Duplicate_ids_are_reported_and_the_second_is_left_out()
    {
        var result = ProfileLoader.Load("""{ "members": [ { "id": "a", "organization": "A" }, { "id": "a", "organization": "B" } ] }""");
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("PPM003", "$.members[1].id"), (problem.Id, problem.JsonPath));
        Assert.Contains("'a'", problem.Message);
        Assert.Contains("member #0", problem.Message);
        Assert.Single(result.Value);
    }

    [Fact]
    public void Missing_organization_is_reported()
    {
        var problem = Assert.Single(ProfileLoader.Load("""{ "members": [ { "id": "a" } ] }""").Problems);
        Assert.Equal(("PPM004", "$.members[0].organization"), (problem.Id, problem.JsonPath));
    }

    [Fact]
    public void Missing_id_is_reported()
    {
        var problem = Assert.Single(ProfileLoader.Load("""{ "members": [ { "organization": "A" } ] }""").Problems);
        Assert.Equal("PPM002", problem.Id);
    }

    [Fact]
    public void Unknown_topic_points_at_the_entry()
    {
        var problem = Assert.Single(ProfileLoader.Load("""{ "members": [ { "id": "a", "organization": "A", "strengths": ["mobile-technology", "blockchain"] } ] }""").Problems);
        Assert.Equal(("PPM005", "$.members[0].strengths[1]"), (problem.Id, problem.JsonPath));
        Assert.Contains("blockchain", problem.Message);
    }

    [Fact]
    public void Self_exclusion_is_reported()
    {
        var problem = Assert.Single(ProfileLoader.Load("""{ "members": [ { "id": "a", "organization": "A", "doNotPair": ["b", "a"] } ] }""").Problems);
        Assert.Equal(("PPM006", "$.members[0].doNotPair[1]"), (problem.Id, problem.JsonPath));
    }

    [Fact]
    public void Bad_hours_and_no_format_are_reported()
    {
        var problems = ProfileLoader.Load("""{ "members": [ { "id": "a", "organization": "A", "availableFromHour": 18, "availableToHour": 9, "formats": "None" } ] }""").Problems;
        Assert.Equal(["PPM007", "PPM008"], problems.Select(p => p.Id));
    }

    [Fact]
    public void Default_members_load_and_round_trip()
    {
        var members = DefaultMembers.All;
        Assert.Equal(200, members.Count);
        var again = ProfileLoader.Load(ProfileLoader.Save(members));
        Assert.True(again.Succeeded);
        Assert.Equal(members, again.Value);
    }

    [Fact]
    public void A_profile_made_in_code_leaves_its_optional_text_empty()
    {
        var member = new MemberProfile { Id = "a", Name = "Ana", Organization = "Acme" };
        Assert.Equal(("", "", ""), (member.Industry, member.Title, member.Metro));
    }
}
