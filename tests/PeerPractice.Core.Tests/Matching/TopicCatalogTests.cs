using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching;

public class TopicCatalogTests
{
    [Fact]
    public void Built_in_catalog_has_every_site_visit_area_and_the_breakfast_topics()
    {
        var catalog = TopicCatalog.BuiltIn;
        string[] visitAreas = ["workforce-talent", "service-management", "customer-experience", "roi-measurement", "cybersecurity", "cultural-dynamics", "ai-integration"];
        Assert.Equal(visitAreas, catalog.Topics.Where(t => t.Origin == TopicOrigin.Visit).Select(t => t.Id).ToArray());
        Assert.Contains(catalog.Topics, t => t.Origin == TopicOrigin.Breakfast && t.Id == "business-alignment");
        Assert.All(catalog.Topics, t => Assert.NotEmpty(t.Questions));
        Assert.Contains("zero trust", catalog.Find("cybersecurity")!.Summary);
    }

    [Fact]
    public void Authors_extend_and_replace_topics()
    {
        var extension = TopicCatalogParser.Parse(
            """
            { "topics": [
              { "id": "cybersecurity", "title": "Security, our way", "questions": ["What would you stop doing?"] },
              { "id": "open-source", "title": "Open source", "origin": "custom", "questions": ["Which open source project would you fund first?"] }
            ] }
            """,
            "ours.json");
        Assert.True(extension.Succeeded, string.Join("\n", extension.Problems));
        var merged = TopicCatalog.BuiltIn.ExtendWith(extension.Value!);
        Assert.Equal("Security, our way", merged.Find("cybersecurity")!.Title);
        Assert.Equal(TopicCatalog.BuiltIn.Topics.Count + 1, merged.Topics.Count);
        Assert.Equal("open-source", merged.Topics[^1].Id);
        Assert.Equal(TopicCatalog.BuiltIn.Topics.Select(t => t.Id).ToArray().IndexOf("cybersecurity"), merged.Topics.Select(t => t.Id).ToArray().IndexOf("cybersecurity"));
    }

    [Fact]
    public void Problems_carry_id_file_line_column_and_path()
    {
        var text = "{\n  \"topics\": [\n    { \"id\": \"Bad Id\", \"title\": \"x\", \"questions\": [\"q\"] },\n    { \"id\": \"dup\", \"title\": \"a\", \"questions\": [\"q\"] },\n    { \"id\": \"dup\", \"title\": \"b\", \"questions\": [], \"colour\": \"red\", \"origin\": \"lunch\" }\n  ]\n}";
        var result = TopicCatalogParser.Parse(text, "topics.json");
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
        var problems = result.Problems.ToList();
        var kebab = problems.Single(p => p.Id == "PPT005");
        Assert.Equal((3, 13), (kebab.Span.Line, kebab.Span.Column));
        Assert.Equal("$.topics[0].id", kebab.JsonPath);
        Assert.StartsWith("topics.json(3,13): error PPT005:", kebab.ToString());
        var duplicate = problems.Single(p => p.Id == "PPT006");
        Assert.Equal(5, duplicate.Span.Line);
        Assert.Contains(problems, p => p.Id == "PPT003" && p.JsonPath == "$.topics[2].colour" && p.Span.Line == 5);
        Assert.Contains(problems, p => p.Id == "PPT007" && p.JsonPath == "$.topics[2].origin");
        Assert.Contains(problems, p => p.Id == "PPT004" && p.JsonPath == "$.topics[2].questions");
    }

    [Theory]
    [InlineData("{ \"topics\": [ { \"id\": \"a\", ", "PPT001", 1)]
    [InlineData("[]", "PPT002", 1)]
    [InlineData("{ \"topics\": 3 }", "PPT002", 1)]
    [InlineData("{\n\n}", "PPT004", 1)]
    [InlineData("{ \"topics\": [ { \"title\": \"t\", \"questions\": [\"q\"] } ] }", "PPT004", 1)]
    [InlineData("{ \"topics\": [ { \"id\": \"a\", \"title\": \"t\", \"questions\": [\"q\", 4] } ] }", "PPT002", 1)]
    public void Malformed_catalogs_are_located(string text, string id, int line)
    {
        var result = TopicCatalogParser.Parse(text, null);
        var problem = Assert.Single(result.Problems, p => p.Id == id);
        Assert.Equal(line, problem.Span.Line);
        Assert.True(problem.Span.Column >= 1);
    }

    [Fact]
    public void Multi_byte_text_before_a_problem_counts_columns_in_characters()
    {
        var result = TopicCatalogParser.Parse("{ \"topics\": [ { \"title\": \"Grüße 東京\", \"id\": \"BAD\", \"questions\": [\"q\"] } ] }", null);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(44, problem.Span.Column); // 50 if bytes were counted
    }

    [Fact]
    public void A_catalog_holds_sixty_four_topics_and_refuses_a_sixty_fifth()
    {
        static List<Topic> Topics(int count) =>
            [.. Enumerable.Range(0, count).Select(i => new Topic($"topic-{i}", $"Topic {i}", TopicOrigin.Custom, "About it.", ["Why?"]))];

        Assert.Equal(TopicCatalog.MaxTopics, new TopicCatalog(Topics(64)).Topics.Count);
        var error = Assert.Throws<ArgumentException>(() => new TopicCatalog(Topics(65)));
        Assert.Equal("topics", error.ParamName);
        Assert.StartsWith("A topic catalog holds at most 64 topics; got 65.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Titles_of_a_mask_ignore_bits_beyond_the_catalog()
    {
        Assert.Equal(["Harbour logistics", "Cold chain"], TestMembers.HarbourCatalog.TitlesOf(ulong.MaxValue));
        Assert.Equal(["Cold chain"], TestMembers.HarbourCatalog.TitlesOf(0b110));
    }

    [Theory]
    [InlineData("Q", "q")]
    [InlineData("AI integration", "AI integration")]
    [InlineData("Cybersecurity", "cybersecurity")]
    public void A_title_in_a_sentence_is_lower_cased_unless_it_starts_with_an_acronym(string title, string expected) =>
        Assert.Equal(expected, TopicCatalog.InSentence(title));
}
