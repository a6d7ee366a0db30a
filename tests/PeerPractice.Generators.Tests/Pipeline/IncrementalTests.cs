extern alias Generator;
using Generator::PeerPractice.Generators;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using PeerPractice.Generators.Tests.Infrastructure;

namespace PeerPractice.Generators.Tests.Pipeline;

public class IncrementalTests
{
    private static readonly string[] _trackedSteps =
    [
        AgendaGenerator.Steps.Files,
        AgendaGenerator.Steps.Models,
        AgendaGenerator.Steps.Classes,
        AgendaGenerator.Steps.Namespace,
        AgendaGenerator.Steps.Identities,
        AgendaGenerator.Steps.Duplicates,
        AgendaGenerator.Steps.Output,
        AgendaGenerator.Steps.Diagnostics,
        AgendaGenerator.Steps.ProjectDiagnostics,
    ];

    [Fact]
    public void Editing_a_CSharp_file_reruns_none_of_the_agenda_work()
    {
        var (driver, compilation, _) = RunThreeAgendas();
        var edited = compilation.ReplaceSyntaxTree(
            compilation.SyntaxTrees.First(),
            CSharpSyntaxTree.ParseText("internal static class Placeholder { public static int Changed => 1; }", GeneratorHarness.ParseOptions, cancellationToken: TestContext.Current.CancellationToken));

        var result = driver.RunGenerators(edited, TestContext.Current.CancellationToken).GetRunResult().Results.Single();

        foreach (var step in _trackedSteps)
        {
            var reasons = Reasons(result, step);
            Assert.NotEmpty(reasons);
            Assert.All(reasons, reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, $"{step}: {reason}"));
        }

        Assert.All(
            result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs),
            output => Assert.Equal(IncrementalStepRunReason.Cached, output.Reason));
    }

    [Fact]
    public void Editing_one_agenda_regenerates_that_agenda_alone()
    {
        var (driver, compilation, texts) = RunThreeAgendas();
        var replacement = new InMemoryAdditionalText(texts[1].Path, AgendaJson.Pair("second", "The second agenda, retitled"));

        var result = Rerun(driver, compilation, texts[1], replacement);

        Assert.Equal(
            [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached],
            Reasons(result, AgendaGenerator.Steps.Models));
        var outputs = Reasons(result, AgendaGenerator.Steps.Output);
        Assert.Equal(IncrementalStepRunReason.Modified, outputs[1]);
        Assert.All(outputs.Where((_, i) => i != 1), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        var sourceOutputs = OutputReasons(result, AgendaGenerator.Steps.Output);
        Assert.Equal([IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached], sourceOutputs);
        var allOutputs = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
        Assert.Single(allOutputs, reason => reason == IncrementalStepRunReason.Modified);
        Assert.Equal(7, allOutputs.Count); // per agenda a source and a diagnostics output, and the project's diagnostics output
        Assert.All(Reasons(result, AgendaGenerator.Steps.Namespace), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
    }

    [Fact]
    public void A_whitespace_edit_to_an_agenda_regenerates_nothing_but_moves_its_diagnostics()
    {
        // The second agenda has a warning (its timeboxes overrun the duration), so there is a location to move.
        var tight = AgendaJson.Pair("second").Replace("\"duration\": \"PT30M\"", "\"duration\": \"PT5M\"", StringComparison.Ordinal);
        List<AdditionalText> texts =
        [
            new InMemoryAdditionalText("/repo/Agendas/first.agenda.json", AgendaJson.Pair("first")),
            new InMemoryAdditionalText("/repo/Agendas/second.agenda.json", tight),
            new InMemoryAdditionalText("/repo/Agendas/third.agenda.json", AgendaJson.Pair("third")),
        ];
        var (driver, compilation, _) = RunThreeAgendas(texts);
        var before = driver.GetRunResult().Results.Single();
        var reindented = new InMemoryAdditionalText(texts[1].Path, "\n\n" + tight.Replace("\n", "\n    ", StringComparison.Ordinal));

        var result = Rerun(driver, compilation, texts[1], reindented);

        // The file is read and parsed again (its text changed) ...
        Assert.Equal(
            [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached],
            Reasons(result, AgendaGenerator.Steps.Models));
        // ... but what is generated from it is equal, so the change stops before the source output.
        Assert.Equal(
            [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged, IncrementalStepRunReason.Cached],
            Reasons(result, AgendaGenerator.Steps.Classes));
        Assert.All(Reasons(result, AgendaGenerator.Steps.Output), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        Assert.All(OutputReasons(result, AgendaGenerator.Steps.Output), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Equal(3, OutputReasons(result, AgendaGenerator.Steps.Output).Count);
        Assert.Equal(
            before.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())),
            result.GeneratedSources.Select(source => (source.HintName, source.SourceText.ToString())));

        // The warning is reported again, two lines further down.
        Assert.Equal(
            [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached],
            OutputReasons(result, AgendaGenerator.Steps.Diagnostics));
        var moved = Assert.Single(result.Diagnostics);
        Assert.Equal("PPA031", moved.Id);
        Assert.Equal(
            Assert.Single(before.Diagnostics).Location.GetLineSpan().StartLinePosition.Line + 2,
            moved.Location.GetLineSpan().StartLinePosition.Line);
    }

    [Fact]
    public void Changing_the_namespace_reparses_nothing()
    {
        var (driver, compilation, _) = RunThreeAgendas();

        var result = driver
            .WithUpdatedAnalyzerConfigOptions(TestOptionsProvider.WithRootNamespace("Fabrikam"))
            .RunGenerators(compilation, TestContext.Current.CancellationToken)
            .GetRunResult().Results.Single();

        Assert.All(Reasons(result, AgendaGenerator.Steps.Models), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
        Assert.Equal([IncrementalStepRunReason.Modified], Reasons(result, AgendaGenerator.Steps.Namespace));
    }

    private static GeneratorRunResult Rerun(GeneratorDriver driver, Compilation compilation, AdditionalText edited, AdditionalText replacement) =>
        driver.ReplaceAdditionalText(edited, replacement)
            .RunGenerators(compilation, TestContext.Current.CancellationToken)
            .GetRunResult().Results.Single();

    private static (GeneratorDriver Driver, Compilation Compilation, List<AdditionalText> Texts) RunThreeAgendas(List<AdditionalText>? agendas = null)
    {
        var texts = agendas ?? AgendaTexts();
        var compilation = GeneratorHarness.CreateCompilation("Incremental", "internal static class Placeholder { }");
        var driver = GeneratorHarness.CreateDriver(texts).RunGenerators(compilation, TestContext.Current.CancellationToken);
        return (driver, compilation, texts);
    }

    // The same instances across runs, as the compiler keeps them while files are unchanged.
    private static readonly List<AdditionalText> _texts =
    [
        new InMemoryAdditionalText("/repo/Agendas/first.agenda.json", AgendaJson.Pair("first")),
        new InMemoryAdditionalText("/repo/Agendas/second.agenda.json", AgendaJson.Pair("second")),
        new InMemoryAdditionalText("/repo/Agendas/third.agenda.json", AgendaJson.Pair("third")),
    ];

    private static List<AdditionalText> AgendaTexts() => _texts;

    // Every source output is tracked as "SourceOutput"; they are told apart by the step that feeds them.
    private static List<IncrementalStepRunReason> OutputReasons(GeneratorRunResult result, string inputStep) =>
        result.TrackedOutputSteps.SelectMany(step => step.Value)
            .Where(run => run.Inputs.Any(input => input.Source.Name == inputStep))
            .SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
}
