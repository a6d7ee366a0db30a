extern alias Generator;
using System.Collections.Immutable;
using Generator::PeerPractice.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PeerPractice.Generators.Tests.Infrastructure;

/// <summary>Runs the generator the way the compiler does, and compiles what it produces.</summary>
internal static class GeneratorHarness
{
    /// <summary>C# 10 (the oldest the generated code promises) with doc comments checked, as a consumer with GenerateDocumentationFile sees them.</summary>
    public static CSharpParseOptions ParseOptions { get; } = new(LanguageVersion.CSharp10, DocumentationMode.Diagnose);

    public static CSharpCompilationOptions CompilationOptions { get; } = new(
        OutputKind.DynamicallyLinkedLibrary,
        nullableContextOptions: NullableContextOptions.Enable,
        deterministic: true);

    public static GeneratorDriver CreateDriver(IEnumerable<AdditionalText> agendas, AnalyzerConfigOptionsProvider? options = null) =>
        CSharpGeneratorDriver.Create(
            [new AgendaGenerator().AsSourceGenerator()],
            agendas,
            ParseOptions,
            options ?? TestOptionsProvider.WithRootNamespace("Contoso.Circle"),
            new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));

    public static CSharpCompilation CreateCompilation(string assemblyName, params string[] sources) =>
        CSharpCompilation.Create(
            assemblyName,
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Consumer{i}.cs")),
            References.All,
            CompilationOptions);

    /// <summary>Runs the generator over <paramref name="agendas"/> in a fresh compilation.</summary>
    public static GeneratorOutcome Run(IEnumerable<(string Path, string Text)> agendas, AnalyzerConfigOptionsProvider? options = null, string assemblyName = "Consumer")
    {
        var compilation = CreateCompilation(assemblyName, "internal static class Placeholder { }");
        var driver = CreateDriver(agendas.Select(a => (AdditionalText)new InMemoryAdditionalText(a.Path, a.Text)), options)
            .RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        return new GeneratorOutcome(driver, output, driverDiagnostics);
    }

    public static GeneratorOutcome Run(string path, string text) => Run([(path, text)]);
}

/// <summary>What one generator run gave: its diagnostics, sources and the compiled result.</summary>
internal sealed record GeneratorOutcome(GeneratorDriver Driver, Compilation Output, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    public GeneratorRunResult Result => Driver.GetRunResult().Results.Single();

    public ImmutableArray<Diagnostic> GeneratorDiagnostics => Result.Diagnostics;

    public IReadOnlyList<GeneratedSourceResult> Sources => Result.GeneratedSources;

    /// <summary>Compiler warnings and errors in the consumer's compilation (generated code included).</summary>
    public IReadOnlyList<Diagnostic> CompileProblems() =>
        Output.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();

    public bool HasPeerPracticeDiagnostic => GeneratorDiagnostics.Any(d => d.Id.StartsWith("PP", StringComparison.Ordinal));
}
