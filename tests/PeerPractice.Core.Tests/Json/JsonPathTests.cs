using PeerPractice.Agendas;

namespace PeerPractice.Core.Tests.Json;

/// <summary>
/// The JSON path a problem names: dotted for plain names, bracketed and escaped for names a dotted path
/// cannot spell, with array indexes, so the user can find the place in any JSON tool.
/// </summary>
public class JsonPathTests
{
    private static string PathOfUnknown(string name)
    {
        var escaped = name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        var text = """
            { "id": "minimal", "title": "Minimal", "format": "pair", "sections": [
              { "id": "only", "title": "Only", "items": [
                { "id": "one", "prompt": "How are you?", "turns": "each", "timebox": "PT1M" },
                { "id": "two", "prompt": "And now?", "turns": "each", "timebox": "PT1M", "NAME": 1 } ] } ] }
            """.Replace("NAME", escaped, StringComparison.Ordinal);
        var problem = Assert.Single(AgendaLoader.Parse(text).Problems);
        Assert.Equal("PPA021", problem.Id);
        return problem.JsonPath!;
    }

    [Theory]
    [InlineData("extra", "$.sections[0].items[1].extra")]
    [InlineData("Extra_Field-2$", "$.sections[0].items[1].Extra_Field-2$")]
    [InlineData("z9", "$.sections[0].items[1].z9")]
    [InlineData("two words", "$.sections[0].items[1]['two words']")]
    [InlineData("", "$.sections[0].items[1]['']")]
    [InlineData("it's", "$.sections[0].items[1]['it\\'s']")]
    [InlineData("back\\slash", "$.sections[0].items[1]['back\\\\slash']")]
    [InlineData("dot.ted", "$.sections[0].items[1]['dot.ted']")]
    [InlineData("é", "$.sections[0].items[1]['é']")]
    [InlineData("a[0]", "$.sections[0].items[1]['a[0]']")]
    public void Problems_name_plain_members_dotted_and_others_bracketed_with_quotes_and_backslashes_escaped(string name, string path) =>
        Assert.Equal(path, PathOfUnknown(name));

    [Fact]
    public void A_problem_at_the_top_level_names_the_root()
    {
        var problem = Assert.Single(AgendaLoader.Parse("""{ "id": "minimal", "title": "Minimal", "format": "pair", "sections": [], "x y": 1 }""").Problems, p => p.Id == "PPA021");
        Assert.Equal("$['x y']", problem.JsonPath);
    }
}
