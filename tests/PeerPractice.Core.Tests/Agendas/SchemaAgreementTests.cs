using PeerPractice.Agendas;

namespace PeerPractice.Core.Tests.Agendas;

/// <summary>
/// Holds agenda.schema.json and the validator in agreement, using the standard validator ajv
/// (draft 2020-12) through node: on every corpus file, the built-in library and the sample agenda,
/// the schema refuses exactly what the validator refuses, except for the rules a schema cannot
/// express (listed in <see cref="BeyondSchema"/> and in docs/agenda-format.md).
/// </summary>
public class SchemaAgreementTests
{
    /// <summary>Errors only the validator can find: duplicate JSON keys (JSON.parse keeps the last), unique ids, C# names, roles, min/max.</summary>
    private static readonly HashSet<string> BeyondSchema = ["PPA003", "PPA027", "PPA028", "PPA032", "PPA033"];

    private static string CorpusFolder => Path.Combine(TestPaths.RepositoryRoot, "tests", "PeerPractice.Core.Tests", "Agendas", "Corpus");

    [Fact(Timeout = TestTimeouts.Process)]
    public void Schema_and_validator_agree_on_every_corpus_and_library_agenda()
    {
        var files = Directory.GetFiles(Path.Combine(CorpusFolder, "valid"), "*.json")
            .Concat(Directory.GetFiles(Path.Combine(CorpusFolder, "invalid"), "*.json"))
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "src", "PeerPractice.Core", "Agendas", "Library"), "*.agenda.json"))
            .Concat(Directory.GetFiles(Path.Combine(TestPaths.RepositoryRoot, "samples"), "*.agenda.json", SearchOption.AllDirectories))
            .Order(StringComparer.Ordinal)
            .ToArray();
        Assert.True(files.Length > 50, "The corpus looks incomplete: " + files.Length + " files.");

        var verdicts = RunAjv(files);
        var disagreements = new List<string>();
        foreach (var file in files)
        {
            var schemaValid = verdicts[file].Valid;
            var result = AgendaLoader.ParseFile(file);
            var errors = result.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => p.Id).Distinct().ToList();
            var name = Path.GetFileName(file);
            var agrees = schemaValid ? errors.All(BeyondSchema.Contains) : errors.Count > 0;
            if (!agrees)
            {
                disagreements.Add($"{name}: ajv valid={schemaValid} [{string.Join("; ", verdicts[file].Errors)}]; validator [{string.Join(", ", errors)}]");
            }

            // The corpus itself must be filed right: valid/ has no errors, invalid/<ID>-... has that error,
            // and a beyond-schema file really passes the schema (else it proves nothing).
            var folder = Path.GetFileName(Path.GetDirectoryName(file));
            if (folder == "invalid")
            {
                var expected = name[..6];
                if (!errors.Contains(expected) || (BeyondSchema.Contains(expected) && !schemaValid))
                {
                    disagreements.Add($"{name}: filed as {expected} but validator [{string.Join(", ", errors)}], ajv valid={schemaValid}");
                }
            }
            else if (errors.Count > 0 || !schemaValid)
            {
                disagreements.Add($"{name}: expected valid, validator [{string.Join(", ", errors)}], ajv valid={schemaValid}");
            }
        }

        Assert.True(disagreements.Count == 0, string.Join(Environment.NewLine, disagreements));
    }

    [Fact(Timeout = TestTimeouts.Process)]
    public void Every_schema_expressible_error_id_has_a_corpus_file()
    {
        var filed = Directory.GetFiles(Path.Combine(CorpusFolder, "invalid")).Select(f => Path.GetFileName(f)[..6]).ToHashSet();
        var notInCorpus = new HashSet<string> { "PPA002", "PPA006", "PPA008", "PPA009" }; // tested in code: deep nesting, bytes, I/O, size

        var missing = AgendaProblemCatalog.All
            .Where(d => d.DefaultSeverity == ProblemSeverity.Error && !filed.Contains(d.Id) && !notInCorpus.Contains(d.Id))
            .Select(d => d.Id)
            .ToList();

        Assert.Empty(missing);
    }

    private sealed record Verdict(bool Valid, string[] Errors);

    private static Dictionary<string, Verdict> RunAjv(string[] files)
    {
        var schema = Path.Combine(TestPaths.RepositoryRoot, "src", "PeerPractice.Core", "Agendas", "Schema", "agenda.schema.json");
        return AjvRunner.Check(schema, files).ToDictionary(pair => pair.Key, pair => new Verdict(pair.Value.Valid, pair.Value.Errors), StringComparer.Ordinal);
    }
}
