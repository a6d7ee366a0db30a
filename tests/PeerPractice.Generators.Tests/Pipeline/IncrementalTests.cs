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
        AgendaGenerator.Steps.Namespace,
        AgendaGenerator.Steps.Identities,
        AgendaGenerator.Steps.Duplicates,
        AgendaGenerator.Steps.Output,
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

        var result = driver.ReplaceAdditionalText(texts[1], replacement)
            .RunGenerators(compilation, TestContext.Current.CancellationToken)
            .GetRunResult().Results.Single();

        Assert.Equal(
            [IncrementalStepRunReason.Cached, IncrementalStepRunReason.Modified, IncrementalStepRunReason.Cached],
            Reasons(result, AgendaGenerator.Steps.Models));
        var outputs = Reasons(result, AgendaGenerator.Steps.Output);
        Assert.Equal(IncrementalStepRunReason.Modified, outputs[1]);
        Assert.All(outputs.Where((_, i) => i != 1), reason => Assert.True(reason is IncrementalStepRunReason.Cached or IncrementalStepRunReason.Unchanged, reason.ToString()));
        var sourceOutputs = result.TrackedOutputSteps.SelectMany(step => step.Value).SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
        Assert.Single(sourceOutputs, reason => reason == IncrementalStepRunReason.Modified);
        Assert.Equal(4, sourceOutputs.Count); // three agendas and the namespace's diagnostics output
        Assert.All(Reasons(result, AgendaGenerator.Steps.Namespace), reason => Assert.Equal(IncrementalStepRunReason.Cached, reason));
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

    private static (GeneratorDriver Driver, Compilation Compilation, List<AdditionalText> Texts) RunThreeAgendas()
    {
        var texts = AgendaTexts();
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

    private static List<IncrementalStepRunReason> Reasons(GeneratorRunResult result, string step) =>
        result.TrackedSteps[step].SelectMany(run => run.Outputs).Select(output => output.Reason).ToList();
}
