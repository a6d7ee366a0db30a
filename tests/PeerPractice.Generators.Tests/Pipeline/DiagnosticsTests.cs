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
    }

    [Theory]
    [InlineData(null, null, "Agendas")]
    [InlineData("Contoso.Circle", null, "Contoso.Circle.Agendas")]
    [InlineData("Contoso.Circle", "Contoso.Practice", "Contoso.Practice")]
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
}
