using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PeerPractice.Agendas;
using PeerPractice.Generators.Tests.Infrastructure;

namespace PeerPractice.Generators.Tests.Fuzz;

/// <summary>
/// For every mutated agenda, either the generator reports a PeerPractice error, or its code
/// compiles with no errors or warnings and builds a definition equal to the runtime loader's.
/// Never a generator exception (CS8785), never broken code without a PeerPractice diagnostic.
/// </summary>
public partial class FuzzTests
{
    private const int Cases = 1000;
    private const int BatchSize = 150;
    private const int Seed = 20261123;

    [Fact(Timeout = TestTimeouts.Fuzz)]
    public void Mutated_agendas_give_a_PeerPractice_diagnostic_or_code_that_compiles_and_matches_the_loader()
    {
        var stopwatch = System.Diagnostics.Stopwatch.StartNew();
        var seeds = SeedAgendas();
        var generated = new List<FuzzCase>();
        var diagnosed = 0;
        for (var i = 0; i < Cases; i++)
        {
            var text = new AgendaMutator(Seed + i).Mutate(seeds[i % seeds.Count]);
            var fuzzCase = Run(i, text);
            if (fuzzCase.Source is null)
            {
                Assert.True(fuzzCase.HasPeerPracticeError, $"case {i}: no code and no PeerPractice error\n{text}");
                diagnosed++;
            }
            else
            {
                generated.Add(fuzzCase);
            }
        }

        var generating = stopwatch.Elapsed;
        foreach (var batch in generated.Chunk(BatchSize))
        {
            CompileAndCompare(batch);
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{Cases} cases: {generated.Count} generated and compiled, {diagnosed} reported; generator runs {generating.TotalSeconds:F1} s, compile and compare {(stopwatch.Elapsed - generating).TotalSeconds:F1} s.");

        // The mutations must exercise both outcomes, or the fuzz proves little.
        Assert.InRange(generated.Count, Cases / 10, Cases - (Cases / 10));
        Assert.Equal(Cases, generated.Count + diagnosed);
    }

    /// <summary>
    /// Errors the JSON Schema cannot express, so a schema-valid agenda may still carry them: duplicate JSON keys
    /// (JSON.parse keeps the last; PPA003), unique ids (PPA027), ids that make the same C# name (PPA028),
    /// min above max (PPA032), turns for an undeclared role (PPA033), and the generator's own naming checks
    /// (PPG001 to PPG005: an id whose C# name clashes with a generated member, namespace or class name).
    /// </summary>
    private static readonly HashSet<string> BeyondSchema = ["PPA003", "PPA027", "PPA028", "PPA032", "PPA033", "PPG001", "PPG002", "PPG003", "PPG004", "PPG005"];

    [Fact(Timeout = TestTimeouts.Process)]
    public void The_JSON_Schema_judged_by_ajv_agrees_with_the_generator_on_every_mutated_agenda()
    {
        var seeds = SeedAgendas();
        var cases = new List<FuzzCase>();
        for (var i = 0; i < Cases; i++)
        {
            cases.Add(Run(i, new AgendaMutator(Seed + i).Mutate(seeds[i % seeds.Count])));
        }

        var schema = Path.Combine(RepositoryPaths.Root, "src", "PeerPractice.Core", "Agendas", "Schema", "agenda.schema.json");
        var verdicts = AjvRunner.CheckTexts(schema, cases.Select(c => c.Text).ToList(), ".agenda.json");
        var disagreements = new List<string>();
        var schemaInvalid = 0;
        var beyondSchemaOnly = 0;
        for (var i = 0; i < cases.Count; i++)
        {
            var (valid, errors) = verdicts[i];
            var ids = cases[i].ErrorIds;
            if (!valid)
            {
                schemaInvalid++;
                if (ids.Count == 0)
                {
                    disagreements.Add($"case {i}: ajv refuses [{string.Join("; ", errors)}] but the generator reports no error\n{cases[i].Text}");
                }
            }
            else if (ids.Count > 0)
            {
                if (ids.All(BeyondSchema.Contains))
                {
                    beyondSchemaOnly++;
                }
                else
                {
                    disagreements.Add($"case {i}: ajv accepts but the generator reports [{string.Join(", ", ids)}]\n{cases[i].Text}");
                }
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine($"{Cases} cases: ajv refused {schemaInvalid}, accepted {Cases - schemaInvalid} ({beyondSchemaOnly} of them with only beyond-schema errors).");
        Assert.True(disagreements.Count == 0, $"{disagreements.Count} disagreements; first:\n{string.Join("\n\n", disagreements.Take(3))}");

        // Both judges must see both outcomes, or the agreement proves little.
        Assert.InRange(schemaInvalid, Cases / 10, Cases - (Cases / 10));
    }

    private static FuzzCase Run(int index, string text)
    {
        var path = $"/fuzz/case{index}.agenda.json";
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["build_property.PeerPracticeAgendaNamespace"] = $"Fuzz.Case{index}" });
        var driver = GeneratorHarness.CreateDriver([new InMemoryAdditionalText(path, text)], options)
            .RunGenerators(Empty.Value, TestContext.Current.CancellationToken);
        var result = driver.GetRunResult().Results.Single();

        Assert.True(result.Exception is null, $"case {index}: generator threw {result.Exception}\n{text}");
        Assert.DoesNotContain(driver.GetRunResult().Diagnostics, d => d.Id == "CS8785");
        var errorIds = result.Diagnostics
            .Where(d => d.Id.StartsWith("PP", StringComparison.Ordinal) && d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.Id)
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        var hasError = errorIds.Count > 0;
        var source = result.GeneratedSources.SingleOrDefault().SourceText?.ToString();
        Assert.False(hasError && source is not null, $"case {index}: code generated despite an error\n{text}");
        return new FuzzCase(index, path, text, source, errorIds);
    }

    private static void CompileAndCompare(FuzzCase[] batch)
    {
        var trees = batch.Select(c => CSharpSyntaxTree.ParseText(c.Source!, GeneratorHarness.ParseOptions, path: $"case{c.Index}.g.cs", cancellationToken: TestContext.Current.CancellationToken));
        var compilation = CSharpCompilation.Create($"Fuzz{batch[0].Index}", trees, References.All, GeneratorHarness.CompilationOptions);
        var compiled = CompilationProblems(compilation);
        if (compiled.Problems.Count > 0)
        {
            var first = compiled.Problems[0];
            var culprit = batch.FirstOrDefault(c => first.Location.SourceTree?.FilePath == $"case{c.Index}.g.cs");
            Assert.Fail($"{compiled.Problems.Count} compiler problems without a PeerPractice diagnostic; first: {first}\n{culprit?.Text}");
        }

        using var assembly = compiled.Assembly!;
        foreach (var fuzzCase in batch)
        {
            var className = ClassName().Match(fuzzCase.Source!).Groups[1].Value;
            var expected = AgendaLoader.Parse(fuzzCase.Text, fuzzCase.Path).Value;
            Assert.Equal(expected, assembly.Definition($"Fuzz.Case{fuzzCase.Index}.{className}"));
        }
    }

    // One emit (with doc comments) both checks the code and gives the assembly to compare with.
    private static (IReadOnlyList<Diagnostic> Problems, GeneratedAssembly? Assembly) CompilationProblems(Compilation compilation)
    {
        try
        {
            var assembly = new GeneratedAssembly(compilation, out var problems);
            if (problems.Count == 0)
            {
                return (problems, assembly);
            }

            assembly.Dispose();
            return (problems, null);
        }
        catch (Xunit.Sdk.XunitException)
        {
            return (compilation.GetDiagnostics(TestContext.Current.CancellationToken).Where(d => d.Severity >= DiagnosticSeverity.Error).ToList(), null);
        }
    }

    private static List<string> SeedAgendas()
    {
        var seeds = new List<string>
        {
            AgendaJson.Pair("peer-brainstorm", "Peer brainstorm", "biggest-problem", "why-it-matters", "whats-being-done"),
            VisitAgenda,
        };
        seeds.AddRange(RepositoryPaths.BuiltInAgendas().Select(path => File.ReadAllText(Path.Combine(RepositoryPaths.Root, path))));
        return seeds;
    }

    private const string VisitAgenda = """
        {
          "id": "site-visit",
          "title": "Site visit",
          "summary": "A visitor learns from a host organization.",
          "format": "visit",
          "participants": { "min": 2, "max": 6, "roles": [ { "name": "host", "description": "Shows the site." }, { "name": "visitor" } ] },
          "duration": "PT3H",
          "cadence": "P3M",
          "agreements": [ { "id": "confidentiality", "text": "What we see stays here." } ],
          "rotation": "fixed",
          "sections": [
            { "id": "tour", "title": "Tour", "items": [
              { "id": "walk-through", "prompt": "Show us how work flows.", "turns": "role:host", "timebox": "PT45M", "guidance": "Keep it concrete." },
              { "id": "questions", "prompt": "What surprised you?", "turns": "each", "timebox": "PT5M", "response": { "kind": "questions", "timebox": "PT2M" } } ] },
            { "id": "debrief", "title": "Debrief", "items": [
              { "id": "open-floor", "prompt": "What will you take home?", "turns": "open", "timebox": "PT20M" } ] }
          ],
          "closing": { "actionItems": true, "scheduleNext": false }
        }
        """;

    private static readonly Lazy<Compilation> Empty = new(() => GeneratorHarness.CreateCompilation("FuzzBase", "internal static class Placeholder { }"));

    [GeneratedRegex(@"public static partial class (\w+)")]
    private static partial Regex ClassName();

    private sealed record FuzzCase(int Index, string Path, string Text, string? Source, IReadOnlyList<string> ErrorIds)
    {
        public bool HasPeerPracticeError => ErrorIds.Count > 0;
    }
}
