using PeerPractice.Agendas;
using static PeerPractice.Core.Tests.Agendas.ProblemAssert;

namespace PeerPractice.Core.Tests.Agendas;

/// <summary>One or more tests per rule of the format: each problem with its id, place and severity.</summary>
public class AgendaRuleTests
{
    private static string Item(string body) => $$"""
        {
          "id": "a",
          "title": "A",
          "format": "pair",
          "sections": [
            { "id": "s", "title": "S", "items": [
              {{body}}
            ] }
          ]
        }
        """;

    [Fact]
    public void Unknown_property_is_PPA021_at_its_name_with_a_suggestion()
    {
        var problem = Single(Item("""{ "id": "one", "prompt": "P", "turns": "each", "timebox": "PT1M", "timebx": "PT2M" }"""), "PPA021");

        At(problem, 7, 73, "$.sections[0].items[0].timebx");
        Assert.Contains("Did you mean \"timebox\"?", problem.Message);
        Assert.Equal(ProblemSeverity.Error, problem.Severity);
        Assert.Equal(8, problem.Span.Length);
    }

    [Fact]
    public void Every_missing_required_property_is_reported_not_just_the_first()
    {
        var result = Ids(Item("""{ "id": "one" }"""), "PPA022", "PPA022", "PPA022");

        Assert.Equal(
            ["$.sections[0].items[0].prompt", "$.sections[0].items[0].turns", "$.sections[0].items[0].timebox"],
            result.Problems.Select(p => p.JsonPath));
        Assert.All(result.Problems, p => At(p, 7, 7, p.JsonPath!));
        Assert.Null(result.Value);
    }

    [Fact]
    public void Missing_root_properties_are_each_reported()
    {
        var result = Parse("""{ "id": "x" }""");

        Assert.Equal(["PPA022", "PPA022", "PPA034"], result.Problems.Select(p => p.Id));
        Assert.Equal(["$.title", "$.format", "$.sections"], result.Problems.Select(p => p.JsonPath));
        Assert.All(result.Problems, p => At(p, 1, 1, p.JsonPath!));
    }

    [Theory]
    [InlineData("\"\"")]
    [InlineData("\"   \"")]
    [InlineData("\"\\u00a0\\t\"")]
    public void Empty_or_blank_required_text_is_PPA023(string prompt)
    {
        var problem = Single(Item($$"""{ "id": "one", "prompt": {{prompt}}, "turns": "each", "timebox": "PT1M" }"""), "PPA023");

        At(problem, 7, 32, "$.sections[0].items[0].prompt");
    }

    [Fact]
    public void A_number_where_text_belongs_is_PPA024_and_says_to_quote_it()
    {
        var problem = Single(Item("""{ "id": "one", "prompt": 42, "turns": "each", "timebox": "PT1M" }"""), "PPA024");

        At(problem, 7, 32, "$.sections[0].items[0].prompt");
        Assert.Contains("Put the value in double quotes", problem.Message);
    }

    [Theory]
    [InlineData("\"format\": \"trio\"", "$.format")]
    [InlineData("\"format\": \"pair\", \"rotation\": \"random\"", "$.rotation")]
    public void Values_outside_the_allowed_set_are_PPA025(string fields, string path)
    {
        var text = $$"""{ "id": "a", "title": "A", {{fields}}, "sections": [ { "id": "s", "title": "S", "items": [ { "id": "i", "prompt": "P", "turns": "each", "timebox": "PT1M" } ] } ] }""";

        Assert.Equal(path, Single(text, "PPA025").JsonPath);
    }

    [Theory]
    [InlineData("open-floor")]
    [InlineData("role:")]
    [InlineData("everyone")]
    public void Unknown_turn_policies_are_PPA025(string turns) =>
        Single(Item($$"""{ "id": "one", "prompt": "P", "turns": "{{turns}}", "timebox": "PT1M" }"""), "PPA025");

    [Theory]
    [InlineData("Biggest-Problem", "biggest-problem")]
    [InlineData("biggest_problem", "biggest-problem")]
    [InlineData("biggestProblem", "biggest-problem")]
    [InlineData("1st", null)]
    [InlineData("a--b", "a-b")]
    [InlineData("trailing-", "trailing")]
    [InlineData("caf\u00e9", "caf")]
    [InlineData("\u0431\u043e\u043b\u044c", null)]
    public void Ids_that_are_not_kebab_case_are_PPA026_with_a_suggestion(string id, string? suggestion)
    {
        var problem = Single(Item($$"""{ "id": "{{id}}", "prompt": "P", "turns": "each", "timebox": "PT1M" }"""), "PPA026");

        Assert.Equal("$.sections[0].items[0].id", problem.JsonPath);
        if (suggestion is null)
        {
            Assert.DoesNotContain("such as", problem.Message);
        }
        else
        {
            Assert.Contains($"such as \"{suggestion}\"", problem.Message);
        }
    }

    [Theory]
    [InlineData("class", "Class")]
    [InlineData("int", "Int")]
    [InlineData("namespace", "Namespace")]
    public void Ids_that_are_CSharp_keywords_are_fine_because_their_CSharp_name_is_PascalCase(string id, string name)
    {
        var result = Parse(Item($$"""{ "id": "{{id}}", "prompt": "P", "turns": "each", "timebox": "PT1M" }"""));

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(name, AgendaIdentifiers.ToPascalCase(id));
    }

    [Fact]
    public void The_same_item_id_twice_is_PPA027_on_the_second()
    {
        var result = Ids(
            Item("""{ "id": "one", "prompt": "P", "turns": "each", "timebox": "PT1M" }, { "id": "one", "prompt": "Q", "turns": "each", "timebox": "PT1M" }"""),
            "PPA027");

        At(result.Problems[0], 7, 83, "$.sections[0].items[1].id");
        Assert.Contains("line 7", result.Problems[0].Message);
    }

    [Fact]
    public void Items_are_unique_across_sections_but_sections_and_items_are_separate_scopes()
    {
        var text = """
            { "id": "a", "title": "A", "format": "pair", "sections": [
              { "id": "wrap-up", "title": "S", "items": [ { "id": "wrap-up", "prompt": "P", "turns": "each", "timebox": "PT1M" } ] },
              { "id": "two", "title": "T", "items": [ { "id": "wrap-up", "prompt": "P", "turns": "each", "timebox": "PT1M" } ] }
            ] }
            """;

        var problem = Assert.Single(Parse(text).Problems);
        Assert.Equal(("PPA027", "$.sections[1].items[0].id"), (problem.Id, problem.JsonPath));
    }

    [Fact]
    public void Two_ids_that_make_the_same_CSharp_name_are_PPA028()
    {
        var problem = Single(
            Item("""{ "id": "item-1", "prompt": "P", "turns": "each", "timebox": "PT1M" }, { "id": "item1", "prompt": "Q", "turns": "each", "timebox": "PT1M" }"""),
            "PPA028");

        Assert.Equal("$.sections[0].items[1].id", problem.JsonPath);
        Assert.Contains("Item1", problem.Message);
    }

    [Fact]
    public void Big_scopes_report_duplicates_and_clashes_like_small_ones()
    {
        var items = Enumerable.Range(0, 40).Select(i => $"item-x{i}").Concat(["item-x3", "itemx-5", "item-x-7"]).ToList();
        var body = string.Join(", ", items.Select(id => $$"""{ "id": "{{id}}", "prompt": "P", "turns": "each", "timebox": "PT1M" }"""));

        var result = Parse(Item(body));

        Assert.Equal(["PPA027", "PPA028"], result.Problems.Select(p => p.Id));
        Assert.Equal(["$.sections[0].items[40].id", "$.sections[0].items[42].id"], result.Problems.Select(p => p.JsonPath));
    }

    [Fact]
    public void The_pairwise_name_check_agrees_with_ToPascalCase()
    {
        var random = new Random(7);
        const string Alphabet = "ab1-";
        for (var n = 0; n < 5000; n++)
        {
            string Id() => "a" + new string(Enumerable.Range(0, random.Next(0, 5)).Select(_ => Alphabet[random.Next(Alphabet.Length)]).ToArray());
            var (a, b) = (Id(), Id());
            if (!AgendaIdentifiers.IsKebabCase(a) || !AgendaIdentifiers.IsKebabCase(b))
            {
                continue;
            }

            Assert.Equal(AgendaIdentifiers.ToPascalCase(a) == AgendaIdentifiers.ToPascalCase(b), PeerPractice.Agendas.AgendaRules.SamePascalName(a, b));
        }
    }

    [Theory]
    [InlineData("5 minutes")]
    [InlineData("PT5")]
    [InlineData("P5M")]
    [InlineData("PT")]
    [InlineData("P")]
    [InlineData("PT1.5M")]
    [InlineData("pt5m")]
    [InlineData("PT12345678M")]
    [InlineData("PT5M ")]
    [InlineData("5M")]
    [InlineData("5min")]
    [InlineData("30m1h")]
    [InlineData("1.5m")]
    [InlineData("5m ")]
    [InlineData("1d")]
    [InlineData("12345678m")]
    public void Durations_that_do_not_parse_are_PPA029(string timebox)
    {
        var problem = Single(Item($$"""{ "id": "one", "prompt": "P", "turns": "each", "timebox": "{{timebox}}" }"""), "PPA029");

        Assert.Equal("$.sections[0].items[0].timebox", problem.JsonPath);
    }

    [Fact]
    public void A_duration_in_months_says_months_have_no_fixed_length() =>
        Assert.Contains("no fixed length", Single(Item("""{ "id": "one", "prompt": "P", "turns": "each", "timebox": "P1M" }"""), "PPA029").Message);

    [Theory]
    [InlineData("PT0M")]
    [InlineData("P0D")]
    [InlineData("PT0H0M0S")]
    [InlineData("-PT5M")]
    [InlineData("0m")]
    [InlineData("0h0m0s")]
    [InlineData("-5m")]
    public void Zero_or_negative_durations_are_PPA030(string timebox) =>
        Single(Item($$"""{ "id": "one", "prompt": "P", "turns": "each", "timebox": "{{timebox}}" }"""), "PPA030");

    [Theory]
    [InlineData("PT1H30M", 90 * 60)]
    [InlineData("P1DT2H", 26 * 3600)]
    [InlineData("PT90S", 90)]
    [InlineData("PT05M", 300)]
    [InlineData("5m", 300)]
    [InlineData("1h30m", 90 * 60)]
    [InlineData("90s", 90)]
    [InlineData("2h", 2 * 3600)]
    [InlineData("1m30s", 90)]
    [InlineData("1h0m5s", 3605)]
    public void Accepted_durations_have_their_length(string timebox, int seconds)
    {
        var result = Parse(Item($$"""{ "id": "one", "prompt": "P", "turns": "each", "timebox": "{{timebox}}" }"""));

        Assert.Equal(TimeSpan.FromSeconds(seconds), result.Value!.Items[0].Timebox);
    }

    [Fact]
    public void Timeboxes_that_overrun_the_duration_are_a_PPA031_warning_and_the_agenda_is_still_built()
    {
        // Two participants: (5 + 3) * 2 + (10 + 3) * 2 + 10 (open) = 52 minutes, over 45.
        var text = """
            { "id": "a", "title": "A", "format": "pair", "duration": "PT45M", "sections": [ { "id": "s", "title": "S", "items": [
              { "id": "one", "prompt": "P", "turns": "each", "timebox": "PT5M", "response": { "kind": "perspective", "timebox": "PT3M" } },
              { "id": "two", "prompt": "P", "turns": "each", "timebox": "PT10M", "response": { "kind": "questions", "timebox": "PT3M" } },
              { "id": "three", "prompt": "P", "turns": "open", "timebox": "PT10M" }
            ] } ] }
            """;

        var result = Parse(text);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("PPA031", ProblemSeverity.Warning, "$.duration"), (problem.Id, problem.Severity, problem.JsonPath));
        Assert.Contains("52 min", problem.Message);
        Assert.Contains("7 min more", problem.Message);
        Assert.True(result.Succeeded);
    }

    [Fact]
    public void Timeboxes_that_fit_exactly_give_no_warning()
    {
        var text = """
            { "id": "a", "title": "A", "format": "pair", "duration": "PT16M", "sections": [ { "id": "s", "title": "S", "items": [
              { "id": "one", "prompt": "P", "turns": "each", "timebox": "PT5M", "response": { "kind": "perspective", "timebox": "PT3M" } }
            ] } ] }
            """;

        Assert.Empty(Parse(text).Problems);
    }

    [Fact]
    public void Min_above_max_is_PPA032_on_min()
    {
        var text = AgendaSamples.PeerBrainstorm.Replace("\"min\": 2, \"max\": 2", "\"min\": 3, \"max\": 2", StringComparison.Ordinal);

        var problem = Single(text, "PPA032");

        Assert.Equal("$.participants.min", problem.JsonPath);
        At(problem, 7, 28, "$.participants.min");
    }

    [Fact]
    public void A_role_the_agenda_does_not_declare_is_PPA033()
    {
        var text = """
            { "id": "a", "title": "A", "format": "visit",
              "participants": { "min": 2, "max": 4, "roles": [ { "name": "host" }, { "name": "visitor" } ] },
              "sections": [ { "id": "s", "title": "S", "items": [
                { "id": "tour", "prompt": "P", "turns": "role:host", "timebox": "PT30M" },
                { "id": "tea", "prompt": "P", "turns": "role:guide", "timebox": "PT30M" }
              ] } ] }
            """;

        var problem = Single(text, "PPA033");

        Assert.Equal("$.sections[0].items[1].turns", problem.JsonPath);
        Assert.Contains("\"host\", \"visitor\"", problem.Message);
    }

    [Fact]
    public void A_role_turn_without_any_roles_is_PPA033() =>
        Single(Item("""{ "id": "tour", "prompt": "P", "turns": "role:host", "timebox": "PT30M" }"""), "PPA033");

    [Theory]
    [InlineData("""{ "id": "a", "title": "A", "format": "pair", "sections": [] }""", "$.sections")]
    [InlineData("""{ "id": "a", "title": "A", "format": "pair" }""", "$.sections")]
    public void An_agenda_without_sections_is_PPA034(string text, string path) =>
        Assert.Equal(path, Single(text, "PPA034").JsonPath);

    [Fact]
    public void A_section_without_items_is_PPA035() =>
        Assert.Equal("$.sections[0].items", Single("""{ "id": "a", "title": "A", "format": "pair", "sections": [ { "id": "s", "title": "S", "items": [] } ] }""", "PPA035").JsonPath);

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("2.5")]
    [InlineData("-1")]
    [InlineData("1e300")]
    public void Participant_counts_outside_1_to_1000_are_PPA036(string min)
    {
        var text = AgendaSamples.PeerBrainstorm.Replace("\"min\": 2", "\"min\": " + min, StringComparison.Ordinal);

        Assert.Equal("$.participants.min", Single(text, "PPA036").JsonPath);
    }

    [Fact]
    public void Whole_numbers_written_with_a_fraction_or_exponent_are_accepted_as_schema_integer_is()
    {
        var text = AgendaSamples.PeerBrainstorm.Replace("\"min\": 2, \"max\": 2", "\"min\": 2.0, \"max\": 2e0", StringComparison.Ordinal);

        Assert.Equal(2, Parse(text).Value!.Participants.Max);
    }

    [Theory]
    [InlineData("monthly")]
    [InlineData("PT1H")]
    [InlineData("P1MT2H")]
    [InlineData("P12345M")]
    public void Cadences_that_do_not_parse_are_PPA037(string cadence) =>
        Single(AgendaSamples.PeerBrainstorm.Replace("\"P1M\"", $"\"{cadence}\"", StringComparison.Ordinal), "PPA037");

    [Theory]
    [InlineData("P3M", 3, 0)]
    [InlineData("P2W", 0, 14)]
    [InlineData("P1Y", 12, 0)]
    [InlineData("P1M15D", 1, 15)]
    public void Accepted_cadences_keep_months_apart_from_days(string cadence, int months, int days)
    {
        var agenda = Parse(AgendaSamples.PeerBrainstorm.Replace("\"P1M\"", $"\"{cadence}\"", StringComparison.Ordinal)).Value!;

        Assert.Equal(new PeerPractice.Agendas.Cadence(months, days), agenda.Cadence);
    }

    [Fact]
    public void A_zero_cadence_is_PPA030() =>
        Single(AgendaSamples.PeerBrainstorm.Replace("\"P1M\"", "\"P0M\"", StringComparison.Ordinal), "PPA030");

    [Fact]
    public void A_response_on_an_open_item_is_a_PPA038_warning()
    {
        var problem = Single(Item("""{ "id": "one", "prompt": "P", "turns": "open", "timebox": "PT10M", "response": { "kind": "questions", "timebox": "PT2M" } }"""), "PPA038");

        Assert.Equal(ProblemSeverity.Warning, problem.Severity);
    }

    [Fact]
    public void Many_different_problems_in_one_file_are_all_reported_in_document_order()
    {
        var text = """
            {
              "id": "Bad Id",
              "title": 7,
              "format": "trio",
              "participants": { "min": 5, "max": 2, "extra": true },
              "duration": "90 minutes",
              "sections": [
                { "id": "s", "title": "", "items": [
                  { "id": "x", "prompt": "P", "turns": "role:boss", "timebox": "PT0M" },
                  { "id": "x", "prompt": "P", "turns": "each", "timebox": "PT1M" }
                ] }
              ]
            }
            """;

        var result = Parse(text);

        Assert.Equal(
            ["PPA026", "PPA024", "PPA025", "PPA032", "PPA021", "PPA029", "PPA023", "PPA033", "PPA030", "PPA027"],
            result.Problems.Select(p => p.Id));
        Assert.Equal(result.Problems.OrderBy(p => p.Span.Offset).ToArray(), result.Problems.ToArray());
        Assert.Null(result.Value);
    }

    [Fact]
    public void Every_reported_id_is_in_the_catalog()
    {
        var text = """{ "id": "Bad", "title": 1, "format": "x", "sections": [ { "items": [ { "turns": "role:z", "timebox": "-P1D" } ] } ] }""";

        Assert.All(Parse(text).Problems, p => Assert.NotNull(AgendaProblemCatalog.Find(p.Id)));
    }
}
