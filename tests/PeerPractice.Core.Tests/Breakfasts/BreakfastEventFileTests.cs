using PeerPractice.Breakfasts;
using PeerPractice.Core.Tests.Agendas;
using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Breakfasts;

public class BreakfastEventFileTests
{
    private const string Minimal = """
        {
          "id": "march-breakfast",
          "title": "CIO breakfast",
          "start": "2027-03-04T08:00:00-05:00",
          "duration": "PT2H",
          "timeZone": "America/New_York",
          "topics": ["security"],
          "invitees": ["m1", "m2"]
        }
        """;

    private static readonly BreakfastEvent _full = new(
        "march-breakfast", "CIO breakfast", new DateTimeOffset(2027, 3, 4, 8, 0, 0, TimeSpan.FromHours(-5)), TimeSpan.FromHours(2), "America/New_York", "Midtown",
        ["security", "mobile-technology"], ["m1", "m2", "m3"])
    {
        Rsvps = [new("m1", RsvpAnswer.Accepted, new DateTimeOffset(2027, 2, 20, 10, 0, 0, TimeSpan.Zero)), new("m2", RsvpAnswer.Declined, new DateTimeOffset(2027, 2, 21, 10, 0, 0, TimeSpan.Zero))],
        Tables = [new Table(["m1", "m3"], 140)],
        Attended = ["m1", "m3"],
        HistoryRound = 4,
    };

    [Fact]
    public void A_written_event_loads_back_equal()
    {
        var text = BreakfastEventWriter.Write(_full);
        var result = BreakfastEventLoader.Load(text, "march.event.json");
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Problems));
        Assert.Equal(_full, result.Value);
        Assert.Contains(DataSchema.BreakfastEvent.Id, text, StringComparison.Ordinal);
        Assert.Contains(DataSchema.BreakfastEvent.Id, DataSchema.BreakfastEvent.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\"duration\": \"PT2H\",", "", "PPE002", "$.duration")]
    [InlineData("\"duration\": \"PT2H\",", "\"duration\": \"2 hours\",", "PPE008", "$.duration")]
    [InlineData("\"topics\": [\"security\"],", "\"topics\": [\"golf\"],", "PPE009", "$.topics[0]")]
    [InlineData("\"invitees\": [\"m1\", \"m2\"]", "\"invitees\": [\"m1\", \"m1\"]", "PPE010", "$")]
    [InlineData("\"invitees\": [\"m1\", \"m2\"]", "\"invitees\": [\"m1\"], \"rsvps\": [{ \"member\": \"m9\", \"answer\": \"accepted\", \"at\": \"2027-03-01T08:00:00Z\" }]", "PPE010", "$")]
    [InlineData("\"id\": \"march-breakfast\",", "\"id\": \"March\",", "PPE007", "$.id")]
    [InlineData("\"title\"", "\"titel\"", "PPE006", "$.titel")]
    [InlineData("\"invitees\": [\"m1\", \"m2\"]", "\"invitees\": [\"m1\", \"m2\"], \"rsvps\": [{ \"member\": \"m1\", \"answer\": \"maybe\", \"at\": \"2027-03-01T08:00:00Z\" }]", "PPE001", "$.rsvps[0].answer")]
    public void A_bad_event_is_refused_with_a_located_problem(string find, string replace, string id, string path)
    {
        var result = BreakfastEventLoader.Load(Minimal.Replace(find, replace, StringComparison.Ordinal), "bad.event.json");
        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems, p => p.Id == id);
        Assert.Equal(path, problem.JsonPath);
        Assert.True(problem.Line >= 1);
    }

    [Fact]
    public void A_tentative_answer_and_an_absent_location_load_back_as_written()
    {
        var tentative = _full with { Location = "", Rsvps = [new("m3", RsvpAnswer.Tentative, new DateTimeOffset(2027, 2, 22, 10, 0, 0, TimeSpan.Zero))] };
        var text = BreakfastEventWriter.Write(tentative);
        Assert.Contains("\"tentative\"", text, StringComparison.Ordinal);
        Assert.Equal(tentative, BreakfastEventLoader.Load(text, "t.event.json").Value);
        Assert.Equal("", BreakfastEventLoader.Load(Minimal, "m.event.json").Value!.Location);
    }

    [Theory]
    [InlineData("\"id\": \"march-breakfast\",", "\"$schema\": 1, \"id\": \"march-breakfast\",")]
    [InlineData("\"invitees\": [\"m1\", \"m2\"]", "\"invitees\": [\"m1\", \"m2\"], \"rsvps\": { \"m1\": 1 }")]
    public void A_value_of_the_wrong_kind_is_one_problem(string find, string replace)
    {
        var result = BreakfastEventLoader.Load(Minimal.Replace(find, replace, StringComparison.Ordinal), "bad.event.json");
        Assert.Null(result.Value);
        Assert.Equal("PPE001", Assert.Single(result.Problems).Id);
    }

    [Fact]
    public void Every_id_is_distinct_and_documented()
    {
        var ids = BreakfastEventProblems.All.Select(d => d.Id).ToList();
        Assert.Equal(ids.Distinct().Count(), ids.Count);
        var doc = File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "docs", "lifecycle.md"));
        Assert.All(ids, id => Assert.Contains("| " + id + " |", doc, StringComparison.Ordinal));
    }

    [Fact(Timeout = TestTimeouts.Process)]
    public void Schema_and_loader_agree()
    {
        string[] beyondSchema = ["PPE003", "PPE009", "PPE010"];
        var cases = new List<(string Text, string? Id)>
        {
            (Minimal, null),
            (BreakfastEventWriter.Write(_full), null),
            (Minimal.Replace("\"duration\": \"PT2H\",", "", StringComparison.Ordinal), "PPE002"),
            (Minimal.Replace("PT2H", "PT0M", StringComparison.Ordinal), "PPE008"),
            (Minimal.Replace("2027-03-04T08:00:00-05:00", "2027-03-04", StringComparison.Ordinal), "PPE008"),
            (Minimal.Replace("\"title\"", "\"titel\"", StringComparison.Ordinal), "PPE006"),
            (Minimal.Replace("march-breakfast", "March", StringComparison.Ordinal), "PPE007"),
            (Minimal.Replace("\"security\"", "\"golf\"", StringComparison.Ordinal), "PPE009"),
            (Minimal.Replace("[\"m1\", \"m2\"]", "[\"m1\", \"m1\"]", StringComparison.Ordinal), "PPE010"),
            (Minimal.Replace("\"timeZone\": \"America/New_York\",", "\"timeZone\": \"America/New_York\", \"timeZone\": \"UTC\",", StringComparison.Ordinal), "PPE003"),
            (Minimal.Replace("[\"m1\", \"m2\"]", "[\"m1\"], \"tables\": [{ \"affinity\": 3 }]", StringComparison.Ordinal), "PPE002"),
            (Minimal.Replace("[\"m1\", \"m2\"]", "[\"m1\"], \"historyRound\": \"one\"", StringComparison.Ordinal), "PPE001"),
            ("\"event\"", "PPE001"),
        };
        var folder = Directory.CreateTempSubdirectory("pp-event-schema-");
        try
        {
            var files = cases.Select((c, i) => Path.Combine(folder.FullName, $"case{i:00}.event.json")).ToList();
            for (var i = 0; i < cases.Count; i++)
            {
                File.WriteAllText(files[i], cases[i].Text);
            }

            var verdicts = AjvRunner.Check(Path.Combine(TestPaths.RepositoryRoot, "src", "PeerPractice.Core", "Breakfasts", "Schema", "event.schema.json"), files);
            var disagreements = new List<string>();
            for (var i = 0; i < cases.Count; i++)
            {
                var errors = BreakfastEventLoader.LoadFile(files[i]).Problems.Where(p => p.IsError).Select(p => p.Id).Distinct().ToList();
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

    [Fact]
    public void A_contradiction_is_not_reported_on_top_of_an_error_elsewhere_in_the_file()
    {
        var text = Minimal
            .Replace("\"topics\": [\"security\"],", "\"topics\": [\"golf\"],", StringComparison.Ordinal)
            .Replace("\"invitees\": [\"m1\", \"m2\"]", "\"invitees\": [\"m1\", \"m1\"]", StringComparison.Ordinal);
        var result = BreakfastEventLoader.Load(text, "bad.event.json");
        Assert.Null(result.Value);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(("PPE009", "$.topics[0]"), (problem.Id, problem.JsonPath));
    }
}
