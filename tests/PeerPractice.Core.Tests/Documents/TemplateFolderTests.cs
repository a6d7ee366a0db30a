using PeerPractice.Documents;
using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>Issue 18, item 1: a template folder is a set of documents with front matter; check locates every problem.</summary>
public sealed class TemplateFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pp-template-folder-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string fileName, string text)
    {
        var path = Path.Combine(_folder, fileName);
        File.WriteAllText(path, text);
        return path;
    }

    private Problem SingleProblem()
    {
        var result = TemplateChecker.CheckFolder(_folder, SampleDocuments.ForTemplates);
        Assert.False(result.Succeeded);
        return Assert.Single(result.Problems);
    }

    [Fact]
    public void A_new_template_with_front_matter_extends_the_built_ins_and_renders_its_kind()
    {
        Write("one-pager.md.sbn", "---\nkind: session\ndescription: A board-style one-pager\n---\n# {{ agenda.title }} ({{ session.duration }})\n");
        var set = TemplateSet.FromFolder(_folder, out var problems);

        Assert.Empty(problems);
        var source = set.Find("one-pager.md")!;
        Assert.Equal((DocumentKind.Session, OutputFormat.Markdown, 5, false), (source.Kind, source.Format, source.FirstLine, source.OverridesBuiltIn));
        Assert.Equal(BuiltInTemplates.Names.Count + 1, set.Names.Count());
        var output = new TemplateRenderer(set).Render("one-pager.md", DocumentModel.FromSession(SampleDocuments.Session, Attribution.Attributed), TestContext.Current.CancellationToken);
        Assert.Equal("# Peer brainstorm (1 h 25 min)\n", output);
        Assert.True(TemplateChecker.CheckFolder(_folder, SampleDocuments.ForTemplates).Succeeded);
    }

    [Fact]
    public void Front_matter_format_overrides_the_extension()
    {
        Write("note.txt.sbn", "---\nkind: agenda\nformat: html\n---\n{{ agenda.title }}");
        var set = TemplateSet.FromFolder(_folder, out _);
        var agenda = SampleDocuments.Agenda with { Title = "<b>" };

        Assert.Equal("&lt;b&gt;", new TemplateRenderer(set).Render("note.txt", DocumentModel.FromAgenda(agenda), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void An_unknown_kind_is_located_at_its_value()
    {
        var path = Write("intro.md.sbn", "---\nkind: breakfast-invite\n---\nHello");

        var problem = SingleProblem();

        Assert.Equal(("PPD006", path, 2, 7), (problem.Id, problem.Source, problem.Line, problem.Column));
        Assert.Contains("'breakfast-invite' is not a document kind; kinds: session, visit-plan, visit-pair, agenda, introduction, breakfast.", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("---\nkind: session\ncolour: blue\n---\nx", 3, 1, "'colour' is not a front matter key")]
    [InlineData("---\nkind: session\nformat: pdf\n---\nx", 3, 9, "'pdf' is not an output format")]
    [InlineData("---\nformat: html\n---\nx", 1, 1, "must name the document's kind")]
    [InlineData("---\nkind: session\nx", 1, 1, "no closing '---'")]
    [InlineData("---\nkind: session\nkind: agenda\n---\nx", 3, 1, "'kind' is given twice")]
    [InlineData("---\njust words\n---\nx", 2, 1, "'key: value'")]
    public void Front_matter_mistakes_are_located_errors(string text, int line, int column, string message)
    {
        Write("doc.md.sbn", text);

        var problem = SingleProblem();

        Assert.Equal(("PPD006", line, column), (problem.Id, problem.Line, problem.Column));
        Assert.Contains(message, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_override_may_not_change_the_built_in_kind()
    {
        Write("summary.md.sbn", "---\nkind: agenda\n---\n{{ agenda.title }}");

        Assert.Contains("overrides a built-in template of kind 'session'", SingleProblem().Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_members_are_found_on_branches_the_samples_do_not_take_and_located_in_the_file()
    {
        // The sample session is attributed and finished, so rendering alone would never visit this branch.
        var path = Write("recap.md.sbn", "---\nkind: session\n---\n{{ if false }}\n  {{ for note in session.notes }}{{ note.autor }}{{ end }}\n{{ end }}");

        var problem = SingleProblem();

        Assert.Equal(("PPD007", path, 5, 42), (problem.Id, problem.Source, problem.Line, problem.Column));
        Assert.Contains("'autor' is not a member here; members: at, author, item, text.", problem.Message, StringComparison.Ordinal);
        Assert.Contains("recap.md.sbn(5,42): error PPD007:", problem.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Members_of_a_list_only_the_attributed_sample_fills_are_still_checked_and_spanned()
    {
        // Under the Chatham House Rule the participants list is empty, so only the attributed sample shows its members.
        var path = Write("roll.md.sbn", "---\nkind: session\n---\n{{ if false }}{{ for p in session.participants }}{{ p.nmae }}{{ end }}{{ end }}\n");

        var problem = SingleProblem();

        Assert.Equal(("PPD007", path, new SourceSpan(54, 4, 4, 55, 4, 59)), (problem.Id, problem.Source, problem.Span));
        Assert.Contains("'nmae' is not a member here; members: name, role.", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_member_inside_a_piped_loop_list_is_found()
    {
        var path = Write("short.md.sbn", "---\nkind: agenda\n---\n{{ for s in agenda.sectons | array.limit 1 }}{{ s.title }}{{ end }}\n");

        var problem = SingleProblem();

        Assert.Equal(("PPD007", path, 4, 20), (problem.Id, problem.Source, problem.Line, problem.Column));
        Assert.Contains("'sectons' is not a member here", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Syntax_errors_infinite_loops_and_output_bombs_are_located_after_the_front_matter()
    {
        Write("a-syntax.md.sbn", "---\nkind: agenda\n---\nline\n{{ if }}");
        Write("b-loop.md.sbn", "---\nkind: agenda\n---\n{{ while true }}x{{ end }}");
        Write("c-bomb.md.sbn", "---\nkind: agenda\n---\n{{ for i in 1..100000 }}{{ agenda.title | string.pad_left 900 }}{{ end }}");

        var result = TemplateChecker.CheckFolder(_folder, SampleDocuments.ForTemplates);

        Assert.Equal(
            [("a-syntax.md.sbn", "PPD003", 5), ("b-loop.md.sbn", "PPD004", 4), ("c-bomb.md.sbn", "PPD004", 4)],
            result.Problems.Select(p => (Path.GetFileName(p.Source)!, p.Id, p.Line)));
    }

    [Fact]
    public void Every_registered_kind_has_a_sample_and_a_name_that_round_trips()
    {
        foreach (var name in DocumentKinds.Names)
        {
            var kind = DocumentKinds.Find(name)!.Value;
            Assert.Equal(name, DocumentKinds.NameOf(kind));
            Assert.NotNull(SampleDocuments.ForTemplates.ModelFor(kind, Attribution.ChathamHouse));
        }

        Assert.Equal(Enum.GetValues<DocumentKind>().Length, DocumentKinds.Names.Count);
    }
}
