extern alias Generator;
using Generator::PeerPractice.Generators.Diagnostics;
using Microsoft.CodeAnalysis;
using PeerPractice.Generators.Tests.Infrastructure;

namespace PeerPractice.Generators.Tests.Pipeline;

public class DiagnosticsTests
{
    [Fact]
    public void A_problem_in_the_json_is_reported_at_its_line_and_column_with_the_catalog_id()
    {
        var text = AgendaJson.Pair("broken");
        var first = text.IndexOf("\"turns\": \"each\"", StringComparison.Ordinal);
        text = text[..first] + "\"turns\": \"sometimes\"" + text[(first + "\"turns\": \"each\"".Length)..];
        var outcome = GeneratorHarness.Run("/repo/Agendas/broken.agenda.json", text);

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "PPA025");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        var span = diagnostic.Location.GetLineSpan();
        Assert.Equal("/repo/Agendas/broken.agenda.json", span.Path);
        var expectedOffset = text.IndexOf("\"sometimes\"", StringComparison.Ordinal);
        var expectedLine = text[..expectedOffset].Count(c => c == '\n');
        Assert.Equal(expectedLine, span.StartLinePosition.Line);
        Assert.Equal(expectedOffset - text.LastIndexOf('\n', expectedOffset) - 1, span.StartLinePosition.Character);
        Assert.Contains("[$.sections[0].items[0].turns]", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(diagnostic.Descriptor.HelpLinkUri));
        Assert.Empty(outcome.Sources);
        Assert.Empty(outcome.CompileProblems());
    }

    [Fact]
    public void A_warning_is_reported_and_the_class_still_generated()
    {
        var text = AgendaJson.Pair("tight").Replace("\"duration\": \"PT30M\"", "\"duration\": \"PT5M\"", StringComparison.Ordinal);
        var outcome = GeneratorHarness.Run("/repo/Agendas/tight.agenda.json", text);

        Assert.Equal(DiagnosticSeverity.Warning, Assert.Single(outcome.GeneratorDiagnostics).Severity);
        Assert.Single(outcome.Sources);
        Assert.Empty(outcome.CompileProblems());
    }

    [Fact]
    public void Two_files_with_the_same_id_generate_the_first_in_path_order_and_report_the_other()
    {
        var outcome = GeneratorHarness.Run(
        [
            ("/repo/b/same.agenda.json", AgendaJson.Pair("same", "From b")),
            ("/repo/a/same.agenda.json", AgendaJson.Pair("same", "From a")),
        ]);

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("PPG001", diagnostic.Id);
        Assert.Equal("/repo/b/same.agenda.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(1, 8), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(1, 14), diagnostic.Location.GetLineSpan().EndLinePosition);
        Assert.Contains("/repo/a/same.agenda.json", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("From a", Assert.Single(outcome.Sources).SourceText.ToString(), StringComparison.Ordinal);
        Assert.Empty(outcome.CompileProblems());
    }

    [Fact]
    public void A_file_without_a_class_is_never_reported_as_a_duplicate_even_at_a_left_out_files_path()
    {
        // The duplicate check matches by path; a file with errors makes no class, so it must not inherit
        // the PPG001 of another text at the same path (an IDE can hold two texts for one path).
        var outcome = GeneratorHarness.Run(
        [
            ("/repo/b/same.agenda.json", AgendaJson.Pair("same", "From b")),
            ("/repo/a/same.agenda.json", AgendaJson.Pair("same", "From a")),
            ("/repo/b/same.agenda.json", "{ \"id\": "),
        ]);

        Assert.Single(outcome.GeneratorDiagnostics, d => d.Id == "PPG001");
        Assert.All(outcome.GeneratorDiagnostics.Where(d => d.Id != "PPG001"), d => Assert.Equal(DiagnosticSeverity.Error, d.Severity));
        Assert.Contains("From a", Assert.Single(outcome.Sources).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Two_ids_making_the_same_class_name_are_reported()
    {
        var outcome = GeneratorHarness.Run(
        [
            ("/repo/one.agenda.json", AgendaJson.Pair("a-1")),
            ("/repo/two.agenda.json", AgendaJson.Pair("a1")),
        ]);

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("PPG002", diagnostic.Id);
        Assert.Equal("/repo/two.agenda.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(1, 8), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(1, 12), diagnostic.Location.GetLineSpan().EndLinePosition);
        Assert.Single(outcome.Sources);
        Assert.Empty(outcome.CompileProblems());
    }

    [Fact]
    public void A_member_name_clash_is_reported_at_the_id_that_loses()
    {
        var text = "\uFEFF" + AgendaJson.Pair("clash", "Clash", "definition", "keep-me", "definition-item");
        var outcome = GeneratorHarness.Run("/repo/clash.agenda.json", text);

        var diagnostic = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("PPG003", diagnostic.Id);
        var json = text[1..];
        var offset = json.IndexOf("\"definition-item\"", StringComparison.Ordinal);
        var line = json[..offset].Count(c => c == '\n');
        var column = offset - json.LastIndexOf('\n', offset) - 1;
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(line, column), diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Empty(outcome.Sources);
    }

    [Fact]
    public void An_unreadable_file_is_reported()
    {
        var outcome = GeneratorHarness.Run("/repo/gone.agenda.json", null!);

        Assert.Equal("PPG006", Assert.Single(outcome.GeneratorDiagnostics).Id);
    }

    [Fact]
    public void Files_that_are_not_agendas_are_ignored()
    {
        var outcome = GeneratorHarness.Run("/repo/settings.json", "{ not json");

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Empty(outcome.Sources);
    }

    [Fact]
    public void An_unexpected_exception_becomes_one_diagnostic_that_says_where_to_report_it()
    {
        var spec = AgendaDiagnostics.Failure("/repo/x.agenda.json", new InvalidOperationException("boom"));
        var diagnostic = AgendaDiagnostics.ToDiagnostic(spec);

        Assert.Equal("PPG999", diagnostic.Id);
        var message = diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);
        Assert.Contains("System.InvalidOperationException: boom", message, StringComparison.Ordinal);
        Assert.Contains(AgendaDiagnostics.IssuesUrl, message, StringComparison.Ordinal);
        Assert.Equal("/repo/x.agenda.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Equal(default, diagnostic.Location.GetLineSpan().StartLinePosition);
        Assert.Equal(Location.None, AgendaDiagnostics.ToDiagnostic(AgendaDiagnostics.Failure(null, new InvalidOperationException("boom"))).Location);
    }

    [Fact]
    public void A_file_whose_text_cannot_be_read_is_reported_as_PPG006_at_the_file()
    {
        var result = RunOver([new UnreadableAdditionalText("/repo/locked.agenda.json")], TestOptionsProvider.WithRootNamespace("Contoso.Circle"));

        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(("PPG006", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
        Assert.Equal("The agenda file '/repo/locked.agenda.json' could not be read", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("/repo/locked.agenda.json", diagnostic.Location.GetLineSpan().Path);
        Assert.Empty(result.GeneratedSources);
    }

    [Fact]
    public void Options_that_throw_give_one_project_wide_PPG999_and_the_classes_go_in_the_default_namespace()
    {
        var result = RunOver([new InMemoryAdditionalText("/repo/ns.agenda.json", AgendaJson.Pair("ns"))], new ThrowingOptionsProvider());

        Assert.Null(result.Exception);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("PPG999", diagnostic.Id);
        Assert.Equal(Location.None, diagnostic.Location);
        Assert.Contains("(System.InvalidOperationException: options broke)", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
        Assert.Contains("namespace Agendas;", Assert.Single(result.GeneratedSources).SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_cancelled_parse_throws_OperationCanceledException_instead_of_reporting_PPG999()
    {
        var file = new Generator::PeerPractice.Generators.Model.AgendaFile("/repo/ns.agenda.json", AgendaJson.Pair("ns"));

        Assert.Throws<OperationCanceledException>(() => Generator::PeerPractice.Generators.AgendaGenerator.Parser.Parse(file, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void A_span_that_ends_before_it_starts_is_reported_as_a_point_at_its_start()
    {
        var location = new Generator::PeerPractice.Generators.Model.LocationSpec("/repo/x.agenda.json", new Generator::PeerPractice.SourceSpan(5, 0, 3, 4, 2, 1)).ToLocation();

        var span = location.GetLineSpan();
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(2, 3), span.StartLinePosition);
        Assert.Equal(new Microsoft.CodeAnalysis.Text.LinePosition(2, 3), span.EndLinePosition);
    }

    [Theory]
    [InlineData(null, "Az09.Za90.Café", "az-09", "Az09.Za90.Caf_.Az09Agenda.g.cs")]
    [InlineData(null, null, "peer-brainstorm", "Agendas.PeerBrainstormAgenda.g.cs")]
    [InlineData("Contoso.Circle", null, "ns", "Contoso.Circle.Agendas.NsAgenda.g.cs")]
    public void The_generated_file_is_named_after_namespace_and_class_in_ASCII(string? root, string? configured, string id, string expected)
    {
        var outcome = GeneratorHarness.Run([("/repo/" + id + ".agenda.json", AgendaJson.Pair(id))], Options(root, configured));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Equal(expected, Assert.Single(outcome.Sources).HintName);
    }

    [Theory]
    [InlineData(null, "My-Company", "The namespace 'My-Company' (from PeerPracticeAgendaNamespace) is not a valid C# namespace; agenda classes go in 'My_Company' instead")]
    [InlineData("My-Company", null, "The namespace 'My-Company.Agendas' (from RootNamespace) is not a valid C# namespace; agenda classes go in 'My_Company.Agendas' instead")]
    public void The_namespace_warning_names_the_property_it_corrected(string? root, string? configured, string expected)
    {
        var outcome = GeneratorHarness.Run([("/repo/ns.agenda.json", AgendaJson.Pair("ns"))], Options(root, configured));

        var warning = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal("PPG005", warning.Id);
        Assert.Equal(expected, warning.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Location.None, warning.Location);
    }

    [Theory]
    [InlineData(null, null, "Agendas")]
    [InlineData("Contoso.Circle", null, "Contoso.Circle.Agendas")]
    [InlineData("Contoso.Circle", "Contoso.Practice", "Contoso.Practice")]
    [InlineData("Contoso.Circle", "   ", "Contoso.Circle.Agendas")]
    [InlineData(null, "Contoso.@class", "Contoso.@class")]
    public void The_namespace_comes_from_the_root_namespace_or_the_override(string? root, string? configured, string expected)
    {
        var outcome = GeneratorHarness.Run([("/repo/ns.agenda.json", AgendaJson.Pair("ns"))], Options(root, configured));

        Assert.Empty(outcome.GeneratorDiagnostics);
        Assert.Contains("namespace " + expected + ";", Assert.Single(outcome.Sources).SourceText.ToString(), StringComparison.Ordinal);
        Assert.Empty(outcome.CompileProblems());
    }

    [Theory]
    [InlineData("My-Company.2025.class", "My_Company._2025.@class")]
    [InlineData("..", "Agendas")]
    public void An_invalid_namespace_is_corrected_with_a_warning(string configured, string expected)
    {
        var outcome = GeneratorHarness.Run([("/repo/ns.agenda.json", AgendaJson.Pair("ns"))], Options(null, configured));

        var warning = Assert.Single(outcome.GeneratorDiagnostics);
        Assert.Equal(("PPG005", DiagnosticSeverity.Warning), (warning.Id, warning.Severity));
        Assert.Contains("namespace " + expected + ";", Assert.Single(outcome.Sources).SourceText.ToString(), StringComparison.Ordinal);
        Assert.Empty(outcome.CompileProblems());
    }

    private static TestOptionsProvider Options(string? root, string? configured)
    {
        var values = new Dictionary<string, string>();
        if (root is not null)
        {
            values["build_property.RootNamespace"] = root;
        }

        if (configured is not null)
        {
            values["build_property.PeerPracticeAgendaNamespace"] = configured;
        }

        return new TestOptionsProvider(values);
    }

    private static GeneratorRunResult RunOver(AdditionalText[] agendas, Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider options) =>
        GeneratorHarness.CreateDriver(agendas, options)
            .RunGenerators(GeneratorHarness.CreateCompilation("Consumer", "internal static class Placeholder { }"), TestContext.Current.CancellationToken)
            .GetRunResult().Results.Single();

    private sealed class UnreadableAdditionalText(string path) : AdditionalText
    {
        public override string Path { get; } = path;

        public override Microsoft.CodeAnalysis.Text.SourceText GetText(CancellationToken cancellationToken = default) =>
            throw new System.IO.IOException("The file is locked.");
    }

    private sealed class ThrowingOptionsProvider : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptionsProvider
    {
        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GlobalOptions { get; } = new ThrowingOptions();

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(SyntaxTree tree) => TestOptionsProvider.WithRootNamespace("Unused").GetOptions(tree);

        public override Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions GetOptions(AdditionalText textFile) => TestOptionsProvider.WithRootNamespace("Unused").GetOptions(textFile);
    }

    private sealed class ThrowingOptions : Microsoft.CodeAnalysis.Diagnostics.AnalyzerConfigOptions
    {
        public override bool TryGetValue(string key, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? value) =>
            throw new InvalidOperationException("options broke");
    }
}
