using PeerPractice.Documents;
using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Documents;

public sealed class TemplateOverrideTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "pp-templates-" + Guid.NewGuid().ToString("N"));

    public TemplateOverrideTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private void Write(string fileName, string text) => File.WriteAllText(Path.Combine(_folder, fileName), text);

    [Fact]
    public void Folder_overrides_replace_built_ins_by_name()
    {
        Write("handout.md.sbn", "Custom handout for {{ agenda.title }}");
        var set = TemplateSet.FromFolder(_folder, out var problems);
        Assert.Empty(problems);
        var output = new TemplateRenderer(set).Render(BuiltInTemplates.Handout, DocumentModel.FromAgenda(SampleDocuments.Agenda), TestContext.Current.CancellationToken);
        Assert.Equal("Custom handout for Peer brainstorm", output);
        Assert.Null(set.Find(BuiltInTemplates.Summary)!.FilePath);
    }

    [Fact]
    public void Check_reports_each_bad_file_with_its_location()
    {
        Write("handout.md.sbn", "fine {{ agenda.title }}");
        Write("summary.md.sbn", "line 1\n{{ if }}");
        Write("visit-plan.md.sbn", "{{ plan.title }}\n{{ plan.no_such_field.x }}");
        Write("invitation.md.sbn", "{{ unknown_variable }}");
        Write("memo.md.sbn", "not a built-in");
        var result = TemplateChecker.CheckFolder(_folder, SampleDocuments.ForTemplates);
        Assert.Equal(4, result.Value);
        Assert.False(result.Succeeded);
        var byName = result.Problems.ToDictionary(p => Path.GetFileNameWithoutExtension(p.Source!));
        Assert.Equal(2, byName["summary.md"].Line);
        Assert.Equal(2, byName["visit-plan.md"].Line);
        Assert.Equal(1, byName["invitation.md"].Line);
        Assert.Contains("unknown_variable", byName["invitation.md"].Message);
        Assert.Contains("Not a built-in template name", byName["memo.md"].Message);
        Assert.False(byName.ContainsKey("handout.md"));
        Assert.All(result.Problems, p => Assert.StartsWith(_folder, p.Source));
    }

    [Fact]
    public void Positions_are_1_based_even_for_whole_file_problems_and_come_in_file_line_column_order()
    {
        // Regression (issue 12, defect 8): whole-template problems were reported at (0,0), and in discovery order.
        Write("summary.md.sbn", "line 1\n{{ if }}");
        Write("memo.md.sbn", "not a built-in");
        Write("handout.md.sbn", "{{ unknown_variable }}");
        var result = TemplateChecker.CheckFolder(_folder, SampleDocuments.ForTemplates);
        Assert.All(result.Problems, p => Assert.True(p.Line >= 1 && p.Column >= 1, p.ToString()));
        var memo = Assert.Single(result.Problems, p => Path.GetFileName(p.Source) == "memo.md.sbn");
        Assert.Equal((1, 1), (memo.Line, memo.Column));
        Assert.Contains("memo.md.sbn(1,1): error PPD", memo.ToString(), StringComparison.Ordinal);
        Assert.Equal(result.Problems.Select(p => p.Source).Order(StringComparer.Ordinal), result.Problems.Select(p => p.Source));
    }

    [Fact]
    public void Check_of_a_good_folder_succeeds()
    {
        Write("summary.md.sbn", "{{ agenda.title }}: {{ for a in session.action_items }}{{ a.text }};{{ end }}");
        var result = TemplateChecker.CheckFolder(_folder, SampleDocuments.ForTemplates);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal(1, result.Value);
    }

    [Fact]
    public void Missing_folder_is_a_problem()
    {
        var result = TemplateChecker.CheckFolder(Path.Combine(_folder, "absent"), SampleDocuments.ForTemplates);
        Assert.False(result.Succeeded);
    }
}
