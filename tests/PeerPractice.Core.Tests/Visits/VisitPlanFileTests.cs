using PeerPractice.Core.Tests.Agendas;
using PeerPractice.Samples;
using PeerPractice.Visits;

namespace PeerPractice.Core.Tests.Visits;

public class VisitPlanFileTests
{
    /// <summary>The smallest valid plan (the message tests start from it too).</summary>
    internal const string Minimal = """
        {
          "id": "acme-visits-globex",
          "title": "Acme at Globex",
          "visitorOrganization": "Acme",
          "hostOrganization": "Globex",
          "start": "2027-02-03T09:00:00+01:00",
          "timeZone": "Europe/Vienna",
          "objectives": [{ "question": "How do you run change?" }],
          "team": [{ "id": "ana", "name": "Ana Moreno", "role": "CIO" }]
        }
        """;

    private static string SampleFile => Path.Combine(TestPaths.RepositoryRoot, "samples", "PeerPractice.ConsoleHost", "Visits", "northwind-visits-contoso.visit-plan.json");

    [Fact]
    public void A_written_plan_loads_back_equal()
    {
        var text = VisitPlanWriter.Write(SampleDocuments.VisitPlan);
        var result = VisitPlanLoader.Load(text, "sample.visit-plan.json");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        Assert.Empty(result.Problems);
        Assert.Equal(SampleDocuments.VisitPlan, result.Value);
        Assert.Equal(text, VisitPlanWriter.Write(result.Value));
    }

    [Fact]
    public void The_sample_file_is_the_sample_plan()
    {
        var result = VisitPlanLoader.LoadFile(SampleFile);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(SampleDocuments.VisitPlan, result.Value);
    }

    [Fact]
    public void A_minimal_plan_loads_with_defaults()
    {
        var result = VisitPlanLoader.Load(Minimal);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal("Globex", result.Value.HostOrganization);
        Assert.Equal(new DateTimeOffset(2027, 2, 3, 9, 0, 0, TimeSpan.FromHours(1)), result.Value.Start);
        Assert.Null(result.Value.Debrief);
        Assert.Empty(result.Value.FollowUp.Calls);
        Assert.Null(result.Value.ReciprocalOf);
    }

    [Theory]
    [InlineData("\"start\": \"2027-02-03T09:00:00+01:00\",", "", "PPV002", "$.start", 1, 1)]
    [InlineData("\"title\": \"Acme at Globex\",", "\"titel\": \"Acme at Globex\",", "PPV006", "$.titel", 3, 3)]
    [InlineData("\"start\": \"2027-02-03T09:00:00+01:00\",", "\"start\": \"2027-02-03 09:00\",", "PPV008", "$.start", 6, 12)]
    [InlineData("\"id\": \"acme-visits-globex\",", "\"id\": \"Acme Visits\",", "PPV007", "$.id", 2, 9)]
    [InlineData("\"timeZone\": \"Europe/Vienna\",", "\"timeZone\": \"Europe/Vienna\", \"timeZone\": \"UTC\",", "PPV003", "$.timeZone", 7, 32)]
    [InlineData("\"location\"", "\"location\"", "PPV001", "$", 0, 0)]
    public void A_bad_plan_is_refused_with_a_located_problem(string find, string replace, string id, string path, int line, int column)
    {
        var text = id == "PPV001" ? "[1, 2]" : Minimal.Replace(find, replace, StringComparison.Ordinal);
        var result = VisitPlanLoader.Load(text, "bad.visit-plan.json");
        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems, p => p.Id == id);
        Assert.Equal(path, problem.JsonPath);
        Assert.Equal("bad.visit-plan.json", problem.Source);
        if (line > 0)
        {
            Assert.Equal(line, problem.Line);
            Assert.Equal(column, problem.Column);
        }
    }

    [Fact]
    public void An_unknown_topic_and_a_comment_and_a_trailing_comma_are_all_reported_at_once()
    {
        var text = Minimal
            .Replace("\"team\"", "// who comes\n  \"slots\": [{ \"offset\": \"PT0M\", \"duration\": \"PT1H\", \"title\": \"Tour\", \"topic\": \"golf\", }],\n  \"team\"", StringComparison.Ordinal);
        var result = VisitPlanLoader.Load(text);
        Assert.Null(result.Value);
        Assert.Contains(result.Problems, p => p.Id == "PPV004");
        Assert.Contains(result.Problems, p => p.Id == "PPV005");
    }

    [Fact]
    public void An_unknown_slot_topic_names_the_catalog()
    {
        var text = Minimal.Replace("\"team\"", "\"slots\": [{ \"offset\": \"PT0M\", \"duration\": \"PT1H\", \"title\": \"Tour\", \"topic\": \"golf\" }],\n  \"team\"", StringComparison.Ordinal);
        var result = VisitPlanLoader.Load(text);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("PPV009", problem.Id);
        Assert.Equal("$.slots[0].topic", problem.JsonPath);
        Assert.Contains("service-management", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_slot_topic_of_the_callers_catalog_is_known_to_the_loader_and_the_validator()
    {
        var text = Minimal.Replace("\"team\"", "\"slots\": [{ \"offset\": \"PT0M\", \"duration\": \"PT1H\", \"title\": \"Quay walk\", \"topic\": \"harbour-logistics\" }],\n  \"team\"", StringComparison.Ordinal);
        var result = VisitPlanLoader.Load(text, catalog: Matching.TestMembers.HarbourCatalog);
        Assert.Empty(result.Problems);
        Assert.DoesNotContain(VisitPlanValidator.Validate(result.Value!, Matching.TestMembers.HarbourCatalog), p => p.Message.Contains("harbour-logistics", StringComparison.Ordinal));
        Assert.Contains(VisitPlanValidator.Validate(result.Value!), p => p.Message.Contains("harbour-logistics", StringComparison.Ordinal));
        Assert.Contains(VisitPlanLoader.Load(text).Problems, p => p.Id == "PPV009");
    }

    [Fact]
    public void A_plan_not_ready_loads_with_warnings_located_at_the_part_to_fix()
    {
        var text = Minimal.Replace("\"team\": [{ \"id\": \"ana\", \"name\": \"Ana Moreno\", \"role\": \"CIO\" }]", "\"team\": []", StringComparison.Ordinal);
        var result = VisitPlanLoader.Load(text);
        Assert.True(result.Succeeded);
        var warning = Assert.Single(result.Problems);
        Assert.Equal("PPV010", warning.Id);
        Assert.Equal(ProblemSeverity.Warning, warning.Severity);
        Assert.Equal("$.team", warning.JsonPath);
    }

    [Fact]
    public void An_unreadable_file_is_one_problem()
    {
        var result = VisitPlanLoader.LoadFile(Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".visit-plan.json"));
        Assert.Null(result.Value);
        Assert.Equal("PPV001", Assert.Single(result.Problems).Id);
    }

    [Fact]
    public void Every_id_is_documented_once()
    {
        var ids = VisitPlanProblems.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "templates.md"));
        Assert.All(ids, id => Assert.Contains("| " + id + " |", doc, StringComparison.Ordinal));
    }

    [Fact]
    public void The_schema_is_embedded()
    {
        Assert.Contains(DataSchema.VisitPlan.Id, DataSchema.VisitPlan.Text, StringComparison.Ordinal);
    }

    [Fact(Timeout = TestTimeouts.Process)]
    public void Schema_and_loader_agree()
    {
        // Each case: the file, and the error id the loader gives (null: valid). Duplicate properties
        // (JSON.parse keeps the last) and catalog topics are beyond a schema, so ajv accepts those.
        string[] beyondSchema = ["PPV003", "PPV009"];
        var cases = new List<(string Text, string? Id)>
        {
            (Minimal, null),
            (VisitPlanWriter.Write(SampleDocuments.VisitPlan), null),
            (VisitPlanWriter.Write(SampleDocuments.VisitPair.Reciprocal), null),
            (Minimal.Replace("\"start\": \"2027-02-03T09:00:00+01:00\",", "", StringComparison.Ordinal), "PPV002"),
            (Minimal.Replace("\"title\"", "\"titel\"", StringComparison.Ordinal), "PPV006"),
            (Minimal.Replace("2027-02-03T09:00:00+01:00", "2027-02-03 09:00", StringComparison.Ordinal), "PPV008"),
            (Minimal.Replace("acme-visits-globex", "Acme Visits", StringComparison.Ordinal), "PPV007"),
            (Minimal.Replace("\"timeZone\": \"Europe/Vienna\",", "\"timeZone\": \"Europe/Vienna\", \"timeZone\": \"UTC\",", StringComparison.Ordinal), "PPV003"),
            (Minimal.Replace("\"team\"", "\"slots\": [{ \"offset\": \"PT0M\", \"duration\": \"PT1H\", \"title\": \"Tour\", \"topic\": \"golf\" }], \"team\"", StringComparison.Ordinal), "PPV009"),
            (Minimal.Replace("\"team\"", "\"slots\": [{ \"offset\": \"PT0M\", \"duration\": \"PT0M\", \"title\": \"Tour\" }], \"team\"", StringComparison.Ordinal), "PPV008"),
            (Minimal.Replace("\"team\"", "\"notes\": [{ \"author\": \"ana\", \"text\": \"x\", \"at\": \"2027-02-03T09:00:00+01:00\", \"visibility\": \"secret\" }], \"team\"", StringComparison.Ordinal), "PPV001"),
            (Minimal.Replace("\"title\": \"Acme at Globex\"", "\"title\": \"  \"", StringComparison.Ordinal), "PPV001"),
            (Minimal.Replace("{ \"question\": \"How do you run change?\" }", "{ \"why\": \"x\" }", StringComparison.Ordinal), "PPV002"),
            ("[]", "PPV001"),
        };
        var folder = Directory.CreateTempSubdirectory("pp-visit-schema-");
        try
        {
            var files = cases.Select((c, i) => Path.Combine(folder.FullName, $"case{i:00}.visit-plan.json")).ToList();
            for (var i = 0; i < cases.Count; i++)
            {
                File.WriteAllText(files[i], cases[i].Text);
            }

            var schema = Path.Combine(TestPaths.RepositoryRoot, "src", "PeerPractice.Core", "Visits", "Schema", "visit-plan.schema.json");
            var verdicts = AjvRunner.Check(schema, files);
            var disagreements = new List<string>();
            for (var i = 0; i < cases.Count; i++)
            {
                var errors = VisitPlanLoader.LoadFile(files[i]).Problems.Where(p => p.IsError).Select(p => p.Id).Distinct().ToList();
                var expected = cases[i].Id;
                var (valid, ajvErrors) = verdicts[files[i]];
                var loaderRight = expected is null ? errors.Count == 0 : errors.Contains(expected);
                var schemaRight = expected is null || beyondSchema.Contains(expected) ? valid : !valid;
                if (!loaderRight || !schemaRight)
                {
                    disagreements.Add($"case {i} ({expected ?? "valid"}): loader [{string.Join(", ", errors)}], ajv valid={valid} [{string.Join("; ", ajvErrors)}]");
                }
            }

            Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
