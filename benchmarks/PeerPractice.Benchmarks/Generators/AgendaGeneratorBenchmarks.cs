using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace PeerPractice.Benchmarks.Generators;

/// <summary>
/// The agenda generator over 100 agendas: a cold run (new driver), and warm re-runs after editing
/// one agenda, after reindenting one agenda (whitespace only: re-parsed, re-reported, not
/// regenerated) and after editing an unrelated C# file. Each warm benchmark toggles between two
/// versions of the edited input, so every invocation is a real edit the driver must react to.
/// </summary>
[MemoryDiagnoser]
public class AgendaGeneratorBenchmarks
{
    private const int AgendaCount = 100;

    private readonly CSharpParseOptions _parseOptions = new(LanguageVersion.CSharp10);
    private ImmutableArray<ISourceGenerator> _generator;
    private List<AdditionalText> _agendas = [];
    private AdditionalText _editedA = null!;
    private AdditionalText _editedB = null!;
    private AdditionalText _reindented = null!;
    private CSharpCompilation _compilationA = null!;
    private CSharpCompilation _compilationB = null!;
    private GeneratorDriver _agendaDriver = null!;
    private GeneratorDriver _csharpDriver = null!;
    private GeneratorDriver _whitespaceDriver = null!;
    private bool _toggleAgenda;
    private bool _toggleWhitespace;
    private bool _toggleCSharp;

    [GlobalSetup]
    public void Setup()
    {
        _generator = GeneratorFile.Load();
        _agendas = Enumerable.Range(0, AgendaCount)
            .Select(i => (AdditionalText)new BenchmarkText($"/bench/agenda-{i}.agenda.json", Agenda($"agenda-{i}", "Agenda " + i)))
            .ToList();
        _editedA = _agendas[AgendaCount / 2];
        _editedB = new BenchmarkText(_editedA.Path, Agenda($"agenda-{AgendaCount / 2}", "Agenda retitled"));
        var original = _editedA.GetText()!.ToString();
        _reindented = new BenchmarkText(_editedA.Path, "\n" + original.Replace("\n", "\n    ", StringComparison.Ordinal));

        var references = new[] { MetadataReference.CreateFromFile(typeof(object).Assembly.Location) };
        var other = CSharpSyntaxTree.ParseText("internal static class Other { }", _parseOptions);
        _compilationA = CSharpCompilation.Create(
            "Bench",
            [CSharpSyntaxTree.ParseText("internal static class Edited { public static int Value => 1; }", _parseOptions), other],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary));
        _compilationB = _compilationA.ReplaceSyntaxTree(
            _compilationA.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("internal static class Edited { public static int Value => 2; }", _parseOptions));

        var check = Cold().GetRunResult();
        if (check.GeneratedTrees.Length != AgendaCount || !check.Diagnostics.IsEmpty)
        {
            throw new InvalidOperationException($"Expected {AgendaCount} clean sources; got {check.GeneratedTrees.Length} and {check.Diagnostics.Length} diagnostics.");
        }

        _agendaDriver = Cold();
        _csharpDriver = Cold();
        _whitespaceDriver = Cold();
    }

    [Benchmark(Baseline = true, Description = "cold: 100 agendas")]
    public GeneratorDriver Cold() =>
        CSharpGeneratorDriver.Create(_generator, _agendas, _parseOptions)
            .RunGenerators(_compilationA);

    [Benchmark(Description = "warm: one agenda edited")]
    public GeneratorDriver EditOneAgenda()
    {
        _toggleAgenda = !_toggleAgenda;
        var (from, to) = _toggleAgenda ? (_editedA, _editedB) : (_editedB, _editedA);
        return _agendaDriver = _agendaDriver.ReplaceAdditionalText(from, to).RunGenerators(_compilationA);
    }

    [Benchmark(Description = "warm: one agenda reindented")]
    public GeneratorDriver ReindentOneAgenda()
    {
        _toggleWhitespace = !_toggleWhitespace;
        var (from, to) = _toggleWhitespace ? (_editedA, _reindented) : (_reindented, _editedA);
        return _whitespaceDriver = _whitespaceDriver.ReplaceAdditionalText(from, to).RunGenerators(_compilationA);
    }

    [Benchmark(Description = "warm: unrelated C# edited")]
    public GeneratorDriver EditCSharp()
    {
        _toggleCSharp = !_toggleCSharp;
        return _csharpDriver = _csharpDriver.RunGenerators(_toggleCSharp ? _compilationB : _compilationA);
    }

    private static string Agenda(string id, string title)
    {
        var items = new StringBuilder();
        for (var i = 0; i < 8; i++)
        {
            items.Append(CultureInfo.InvariantCulture, $$"""
                { "id": "item-{{i}}", "prompt": "Question {{i}} of {{title}}?", "turns": "each", "timebox": "PT3M", "response": { "kind": "perspective", "timebox": "PT1M" } }
                """).Append(i < 7 ? ",\n" : "\n");
        }

        return $$"""
            {
              "id": "{{id}}",
              "title": "{{title}}",
              "summary": "A benchmark agenda.",
              "format": "group",
              "participants": { "min": 2, "max": 8 },
              "agreements": [ { "id": "confidentiality", "text": "What we discuss stays here." } ],
              "rotation": "round-robin",
              "sections": [ { "id": "main", "title": "Main", "items": [
            {{items}}  ] } ],
              "closing": { "actionItems": true, "scheduleNext": true }
            }
            """;
    }

    private sealed class BenchmarkText(string path, string text) : AdditionalText
    {
        private readonly SourceText _text = SourceText.From(text, Encoding.UTF8);

        public override string Path { get; } = path;

        public override SourceText GetText(CancellationToken cancellationToken = default) => _text;
    }
}
