using System.Text.RegularExpressions;
using PeerPractice.Agendas;
using PeerPractice.Generators.Tests.Infrastructure;

namespace PeerPractice.Generators.Tests.Golden;

/// <summary>
/// The generated source of every agenda that ships is kept under review: a change in the output
/// fails here until accepted. To accept, run with <c>PEERPRACTICE_ACCEPT_GOLDEN=1</c> and review
/// the diff of <c>tests/PeerPractice.Generators.Tests/Golden/*.g.cs.txt</c> before committing.
/// </summary>
public partial class GoldenTests
{
    private const string AcceptVariable = "PEERPRACTICE_ACCEPT_GOLDEN";

    public static TheoryData<string> Agendas => [.. RepositoryPaths.BuiltInAgendas()];

    [Fact]
    public void There_are_agendas_to_check() => Assert.NotEmpty(RepositoryPaths.BuiltInAgendas());

    [Theory]
    [MemberData(nameof(Agendas))]
    public void Generated_source_matches_its_golden_file(string agenda)
    {
        var source = Normalize(Generate(agenda).Sources.Single().SourceText.ToString());
        var golden = Path.Combine(RepositoryPaths.GoldenDirectory, Path.GetFileName(agenda).Replace(".agenda.json", ".g.cs.txt", StringComparison.Ordinal));

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            File.WriteAllText(golden, source);
            return;
        }

        Assert.True(File.Exists(golden), $"No golden file {golden}: run the tests with {AcceptVariable}=1, review and commit it.");
        var expected = File.ReadAllText(golden).ReplaceLineEndings("\n");
        Assert.True(
            expected == source,
            $"The generated source of {agenda} changed. If the change is intended, run the tests with {AcceptVariable}=1 and review the diff of {golden}.");
    }

    [Theory]
    [MemberData(nameof(Agendas))]
    public void Generated_code_compiles_and_its_definition_equals_the_runtime_loader_result(string agenda)
    {
        var outcome = Generate(agenda);

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompileProblems());
        using var assembly = new GeneratedAssembly(outcome.Output);
        var loaded = AgendaLoader.LoadFile(Path.Combine(RepositoryPaths.Root, agenda));
        var className = Regex.Match(outcome.Sources.Single().SourceText.ToString(), @"public static partial class (\w+)").Groups[1].Value;
        Assert.Equal(loaded, assembly.Definition("Contoso.Circle.Agendas." + className));
    }

    private static GeneratorOutcome Generate(string agenda)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, agenda));
        return GeneratorHarness.Run([(agenda, text)], assemblyName: "Golden_" + Path.GetFileName(agenda).Replace('.', '_').Replace('-', '_'));
    }

    // The generator's version is not part of what reviewers approve.
    private static string Normalize(string source) => VersionPattern().Replace(source, "GeneratedCode(\"PeerPractice.Generators\", \"<version>\")");

    [GeneratedRegex("GeneratedCode\\(\"PeerPractice\\.Generators\", \"[^\"]*\"\\)")]
    private static partial Regex VersionPattern();
}
