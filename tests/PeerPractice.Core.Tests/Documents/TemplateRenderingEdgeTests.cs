using PeerPractice.Documents;
using PeerPractice.Samples;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>
/// The renderer, checker and template set at their edges: the caller's clock, one-character error spans, renders of
/// an already parsed template, <c>raw</c> of null and a replaced escape function, the checker on a single
/// template and a folder's problems in order, and the names of formats; each against the documented behaviour.
/// </summary>
public sealed class TemplateRenderingEdgeTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pp-template-edges-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DocumentModel Agenda => DocumentModel.FromAgenda(SampleDocuments.Agenda);

    private static TemplateRenderer Renderer(string name, string templateText, string? filePath = null) =>
        new(TemplateSet.BuiltIn.With(new TemplateSource(name, templateText, filePath)));

    private static string Render(string name, string templateText) => Renderer(name, templateText).Render(name, Agenda, Ct);

    private static Problem Fails(string name, string templateText) =>
        Assert.Throws<TemplateRenderException>(() => Render(name, templateText)).Problem;

    /// <summary>The system clock, counting the timers made from it.</summary>
    private sealed class CountingClock : TimeProvider
    {
        public int Timers { get; private set; }

        public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
        {
            Timers++;
            return base.CreateTimer(callback, state, dueTime, period);
        }
    }

    [Fact]
    public void The_render_deadline_is_measured_with_the_callers_clock()
    {
        var clock = new CountingClock();
        var renderer = new TemplateRenderer(time: clock);

        renderer.Render(BuiltInTemplates.Handout, Agenda, Ct);

        Assert.Equal(1, clock.Timers);
    }

    [Fact]
    public void A_syntax_error_at_one_character_spans_that_character()
    {
        var problem = Fails(BuiltInTemplates.Handout, "{{ end }}");

        Assert.Equal(new SourceSpan(5, 1, 1, 6, 1, 7), problem.Span);
    }

    [Fact]
    public void An_already_parsed_template_renders_the_model_and_keeps_its_assignments_out_of_it()
    {
        var renderer = new TemplateRenderer();
        var handout = renderer.Templates.Find(BuiltInTemplates.Handout)!;
        var model = Agenda;

        Assert.Equal(renderer.Render(BuiltInTemplates.Handout, model, Ct), renderer.RenderParsed(renderer.Parse(handout), model));
        var assigning = renderer.Parse(new TemplateSource(BuiltInTemplates.Handout, "{{ agenda_copy = agenda }}{{ x = 1 }}{{ x }}", null));
        Assert.Equal("1", renderer.RenderParsed(assigning, model));
        Assert.Equal("1", renderer.RenderParsed(assigning, model));
        Assert.False(model.Root.ContainsKey("x"));
    }

    [Fact]
    public void Raw_of_null_prints_nothing()
    {
        Assert.Equal("a|b", Render(BuiltInTemplates.Handout, "a|{{ null | raw }}b"));
    }

    [Fact]
    public void A_template_that_replaces_the_escape_function_fails_at_the_value_it_would_print()
    {
        var problem = Fails(BuiltInTemplates.Handout, "{{ escape_markdown_value = 1 }}{{ \"*\" }}");

        Assert.Equal("Invalid target function `1` (int)", problem.Message);
        Assert.Equal(new SourceSpan(34, 3, 1, 35, 1, 38), problem.Span);
    }

    [Fact]
    public void The_exception_made_without_a_problem_says_template_error()
    {
        Assert.Equal("Template error.", new TemplateRenderException().Problem.Message);
    }

    [Theory]
    [InlineData(OutputFormat.Text, "text")]
    [InlineData(OutputFormat.Markdown, "markdown")]
    [InlineData(OutputFormat.Html, "html")]
    public void Each_output_format_has_its_front_matter_name(OutputFormat format, string name)
    {
        Assert.Equal(name, OutputFormats.NameOf(format));
        Assert.Equal(format, OutputFormats.Parse(name));
    }

    [Fact]
    public void Only_a_file_named_like_a_built_in_template_overrides_it()
    {
        Assert.True(new TemplateSource(BuiltInTemplates.Summary, "x", "/t/summary.md.sbn").OverridesBuiltIn);
        Assert.False(new TemplateSource(BuiltInTemplates.Summary, "x", null).OverridesBuiltIn);
        Assert.False(new TemplateSource("one-pager.md", "x", "/t/one-pager.md.sbn").OverridesBuiltIn);
    }

    [Fact]
    public void An_empty_folder_path_is_refused()
    {
        Assert.Throws<ArgumentException>(() => TemplateSet.FromFolder("", out _));
    }

    [Fact]
    public void A_folders_problems_come_in_file_name_order()
    {
        foreach (var name in new[] { "m", "c", "x", "a", "q", "f", "z", "b", "k", "t" })
        {
            File.WriteAllText(Path.Combine(_folder, name + "-extra.md.sbn"), "no front matter");
        }

        TemplateSet.FromFolder(_folder, out var problems);

        var sources = problems.Select(p => p.Source!).ToList();
        Assert.Equal(10, sources.Distinct().Count());
        Assert.Equal(sources.Order(StringComparer.Ordinal), sources);
    }

    [Fact]
    public void Checking_one_template_reports_its_unknown_member()
    {
        var problem = Assert.Single(TemplateChecker.Check(Renderer(BuiltInTemplates.Handout, "{{ agenda.nope }}"), BuiltInTemplates.Handout, SampleDocuments.ForTemplates));

        Assert.Equal(TemplateProblems.UnknownMember.Id, problem.Id);
    }

    [Fact]
    public void Checking_a_template_of_no_kind_says_so_at_its_file()
    {
        var problem = Assert.Single(TemplateChecker.Check(Renderer("one-pager.md", "x", "/t/one-pager.md.sbn"), "one-pager.md", SampleDocuments.ForTemplates));

        Assert.Equal(
            (TemplateProblems.UnknownTemplate.Id, "The template names no document kind; add front matter such as 'kind: session'.", "/t/one-pager.md.sbn", SourceSpan.At(1, 1)),
            (problem.Id, problem.Message, problem.Source, problem.Span));
    }

    [Fact]
    public void A_template_that_writes_out_one_of_several_private_notes_is_caught_in_both_modes()
    {
        var session = SampleDocuments.Session with
        {
            Notes = [.. SampleDocuments.Session.Notes, new SessionNote("ana", "Another private remark", NoteVisibility.Private, SampleDocuments.Session.Notes[0].At, null)],
        };
        var samples = SampleDocuments.ForTemplates with { Session = session };
        var renderer = Renderer(BuiltInTemplates.Summary, "Leak: " + SampleDocuments.PrivateNoteText, "/t/summary.md.sbn");

        var problems = TemplateChecker.Check(renderer, BuiltInTemplates.Summary, samples);

        Assert.Equal(2, problems.Count);
        Assert.All(problems, p => Assert.Equal(
            (TemplateProblems.PrivateNoteInOutput.Id, "The output contains a private note.", "/t/summary.md.sbn"),
            (p.Id, p.Message, p.Source)));
    }

    [Fact]
    public void A_folders_check_lists_problems_by_line_then_column()
    {
        File.WriteAllText(Path.Combine(_folder, "one-pager.md.sbn"), "---\nkind: session\n---\n{{ doc.nope }} {{ doc.nah }}\n{{ doc.zip }}\n");

        var result = TemplateChecker.CheckFolder(_folder, SampleDocuments.ForTemplates);

        Assert.Equal([(4, 8), (4, 23), (5, 8)], result.Problems.Select(p => (p.Line, p.Column)));
    }
}
