using System.Text.RegularExpressions;
using PeerPractice.Agendas;
using PeerPractice.Generators.Tests.Infrastructure;

namespace PeerPractice.Generators.Tests.Golden;

/// <summary>
/// The generator and the runtime loader, each against the hand-written models of <see cref="ExpectedAgendas"/>
/// rather than against each other.
/// </summary>
public partial class HandWrittenModelTests
{
    public static TheoryData<string> Agendas => [.. RepositoryPaths.BuiltInAgendas()];

    [Fact]
    public void Every_shipped_agenda_has_a_hand_written_model_and_every_model_a_shipped_agenda()
    {
        var shipped = RepositoryPaths.BuiltInAgendas().Select(Path.GetFileName).Order(StringComparer.Ordinal);
        Assert.Equal(ExpectedAgendas.ByFileName.Keys.Order(StringComparer.Ordinal), shipped);
    }

    [Theory]
    [MemberData(nameof(Agendas))]
    public void Generated_definition_equals_the_hand_written_model(string agenda)
    {
        var expected = ExpectedAgendas.ByFileName[Path.GetFileName(agenda)]();
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Root, agenda));
        var outcome = GeneratorHarness.Run([(agenda, text)], assemblyName: "HandWritten_" + Path.GetFileName(agenda).Replace('.', '_').Replace('-', '_'));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.CompileProblems());
        using var assembly = new GeneratedAssembly(outcome.Output);
        var className = ClassName().Match(outcome.Sources.Single().SourceText.ToString()).Groups[1].Value;
        AssertSameAgenda(expected, assembly.Definition("Contoso.Circle.Agendas." + className));
    }

    [Theory]
    [MemberData(nameof(Agendas))]
    public void Runtime_loader_result_equals_the_hand_written_model(string agenda)
    {
        var expected = ExpectedAgendas.ByFileName[Path.GetFileName(agenda)]();
        AssertSameAgenda(expected, AgendaLoader.LoadFile(Path.Combine(RepositoryPaths.Root, agenda)));
    }

    // Compares part by part first, so a failure names the part that differs, then the whole record.
    private static void AssertSameAgenda(AgendaDefinition expected, AgendaDefinition actual)
    {
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Title, actual.Title);
        Assert.Equal(expected.Summary, actual.Summary);
        Assert.Equal(expected.Format, actual.Format);
        Assert.Equal(expected.Participants, actual.Participants);
        Assert.Equal(expected.Duration, actual.Duration);
        Assert.Equal(expected.Cadence, actual.Cadence);
        Assert.Equal(expected.Agreements, actual.Agreements);
        Assert.Equal(expected.Rotation, actual.Rotation);
        Assert.Equal(expected.Sections.Count, actual.Sections.Count);
        for (var s = 0; s < expected.Sections.Count; s++)
        {
            Assert.Equal(expected.Sections[s].Id, actual.Sections[s].Id);
            Assert.Equal(expected.Sections[s].Title, actual.Sections[s].Title);
            Assert.Equal(expected.Sections[s].Items, actual.Sections[s].Items);
        }

        Assert.Equal(expected.Closing, actual.Closing);
        Assert.Equal(expected.Items, actual.Items);
        Assert.Equal(expected, actual);
    }

    [GeneratedRegex(@"public static partial class (\w+)")]
    private static partial Regex ClassName();
}
