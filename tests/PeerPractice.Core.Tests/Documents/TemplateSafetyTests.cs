using System.Diagnostics;
using PeerPractice.Documents;
using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>The Bad input list of issue 7: every hostile template ends in a located error, quickly.</summary>
public class TemplateSafetyTests
{
    private static Problem RenderFails(string templateText, RenderLimits? limits = null, CancellationTokenSource? cancel = null)
    {
        var set = TemplateSet.BuiltIn.With(new TemplateSource(BuiltInTemplates.Handout, templateText, "/overrides/handout.md.sbn"));
        var renderer = new TemplateRenderer(set, limits);
        var model = DocumentModel.FromAgenda(SampleDocuments.Agenda);
        var clock = Stopwatch.StartNew();
        var error = Assert.Throws<TemplateRenderException>(() => renderer.Render(BuiltInTemplates.Handout, model, cancel?.Token ?? TestContext.Current.CancellationToken));
        // A termination check, not a speed target: without the limits these templates never end.
        // The bound is generous so a loaded machine cannot fail it; speed lives in the benchmarks.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"took {clock.Elapsed}");
        Assert.Equal(BuiltInTemplates.Handout, Path.GetFileNameWithoutExtension(error.Problem.Source));
        Assert.Equal("/overrides/handout.md.sbn", error.Problem.Source);
        Assert.Contains("/overrides/handout.md.sbn(", error.Message);
        return error.Problem;
    }

    [Fact]
    public void Syntax_error_names_template_line_and_column_one_based()
    {
        var problem = RenderFails("# Title\nline two\n   {{ for x in }}\n{{ end }}");
        Assert.Equal(3, problem.Line);
        Assert.True(problem.Column >= 4, $"column {problem.Column}");
        Assert.StartsWith("Syntax error", problem.Message);
    }

    [Fact]
    public void Infinite_loop_stops_at_the_loop_limit()
    {
        var problem = RenderFails("ok\n{{ while true }}x{{ end }}");
        Assert.Equal(2, problem.Line);
        Assert.Contains("loop", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Runaway_recursion_stops_at_the_recursion_limit()
    {
        var problem = RenderFails("{{ func down(x) }}{{ down(x + 1) }}{{ end }}\n{{ down(1) }}");
        Assert.True(problem.Line is 1 or 2);
        Assert.Contains("recursive", problem.Message, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Huge_output_stops_at_the_output_limit_in_bounded_memory()
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        var problem = RenderFails("{{ for i in 1..15000 }}{{ \"x\" | string.pad_right 1000 }}{{ end }}");
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.Equal(1, problem.Line);
        Assert.True(allocated < 64L * 1024 * 1024, $"allocated {allocated} bytes");
    }

    [Fact]
    public void One_huge_string_is_refused_before_it_is_allocated()
    {
        var problem = RenderFails("{{ \"x\" | string.pad_right 500000000 }}");
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Unknown_variable_is_an_error_with_its_position()
    {
        var problem = RenderFails("# {{ agenda.title }}\n\n  {{ no_such_thing }}");
        Assert.Equal(3, problem.Line);
        Assert.Equal(6, problem.Column);
        Assert.Contains("no_such_thing", problem.Message);
    }

    [Theory]
    [InlineData("{{ object.eval \"1 + 1\" }}")]
    [InlineData("{{ object.eval_template \"{{ 1 }}\" }}")]
    [InlineData("{{ include \"handout.md\" }}")]
    [InlineData("{{ include_join [\"handout.md\"] \",\" }}")]
    [InlineData("{{ date.now }}")]
    [InlineData("{{ agenda.title.Length }}")]
    [InlineData("{{ agenda.GetType }}")]
    [InlineData("{{ agenda.sections[0].items[0].GetType().Assembly }}")]
    public void Reaching_outside_the_model_is_an_error(string templateText)
    {
        var problem = RenderFails(templateText);
        Assert.Equal(1, problem.Line);
        Assert.True(problem.Column >= 1);
    }

    [Fact]
    public void Catastrophic_regex_backtracking_times_out()
    {
        var problem = RenderFails("{{ \"" + new string('a', 40) + "!\" | regex.match `(a+)+$` }}");
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Malformed_json_in_a_template_is_a_located_error()
    {
        var problem = RenderFails("\n{{ \"{ not json\" | object.from_json }}");
        Assert.Equal(2, problem.Line);
    }

    [Fact]
    public void Concurrent_renders_share_one_renderer_safely()
    {
        var renderer = new TemplateRenderer();
        var model = DocumentModel.FromSession(SampleDocuments.Session, Attribution.Attributed);
        var expected = renderer.Render(BuiltInTemplates.SummaryHtml, model, TestContext.Current.CancellationToken);
        var outputs = new string[32];
        Parallel.For(0, outputs.Length, i => outputs[i] = renderer.Render(BuiltInTemplates.SummaryHtml, model, TestContext.Current.CancellationToken));
        Assert.All(outputs, output => Assert.Equal(expected, output));
    }

    [Fact]
    public void Deeply_nested_expression_is_refused_at_parse_time()
    {
        var text = "{{ " + new string('(', 500) + "1" + new string(')', 500) + " }}";
        var problem = RenderFails(text);
        Assert.Equal(1, problem.Line);
    }

    [Fact]
    public void Deadline_stops_a_render_that_no_count_limit_catches()
    {
        var limits = RenderLimits.Default with { LoopIterations = 0, Deadline = TimeSpan.FromMilliseconds(200) };
        var problem = RenderFails("start\n{{ while true }}{{ end }}", limits);
        Assert.Contains("deadline", problem.Message);
    }

    [Fact]
    public void Caller_cancellation_stops_the_render()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var limits = RenderLimits.Default with { LoopIterations = 0 };
        var problem = RenderFails("{{ while true }}{{ end }}", limits, cancelled);
        Assert.Contains("cancelled", problem.Message);
    }

    [Fact]
    public void A_template_cannot_change_the_model_for_the_next_render()
    {
        var set = TemplateSet.BuiltIn.With(new TemplateSource(BuiltInTemplates.Handout, "{{ agenda.title = \"hijacked\" }}", null));
        var renderer = new TemplateRenderer(set);
        var model = DocumentModel.FromAgenda(SampleDocuments.Agenda);
        Assert.Throws<TemplateRenderException>(() => renderer.Render(BuiltInTemplates.Handout, model, TestContext.Current.CancellationToken));
        var handout = new TemplateRenderer().Render(BuiltInTemplates.Handout, model, TestContext.Current.CancellationToken);
        Assert.StartsWith("# Peer brainstorm", handout);
        Assert.DoesNotContain("hijacked", handout);
    }

    [Fact]
    public void A_template_cannot_assign_into_a_model_list_for_the_next_render()
    {
        var set = TemplateSet.BuiltIn.With(new TemplateSource(BuiltInTemplates.Handout, "{{ agenda.sections[0] = \"hijacked\" }}", null));
        var model = DocumentModel.FromAgenda(SampleDocuments.Agenda);

        var problem = Assert.Throws<TemplateRenderException>(() => new TemplateRenderer(set).Render(BuiltInTemplates.Handout, model, TestContext.Current.CancellationToken)).Problem;

        Assert.Equal((1, 4), (problem.Line, problem.Column));
        Assert.Contains("readonly", problem.Message, StringComparison.Ordinal);
        var reader = TemplateSet.BuiltIn.With(new TemplateSource(BuiltInTemplates.Handout, "{{ agenda.sections[0].title }}", null));
        Assert.Equal("Biggest problem", new TemplateRenderer(reader).Render(BuiltInTemplates.Handout, model, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Top_level_assignments_stay_inside_one_render()
    {
        var set = TemplateSet.BuiltIn.With(new TemplateSource(BuiltInTemplates.Handout, "{{ if counter == null }}{{ counter = 0 }}{{ end }}{{ counter = counter + 1 }}{{ counter }}", null));
        var renderer = new TemplateRenderer(set, RenderLimits.Default);
        var model = DocumentModel.FromAgenda(SampleDocuments.Agenda);
        Assert.Throws<TemplateRenderException>(() => renderer.Render(BuiltInTemplates.Handout, model, TestContext.Current.CancellationToken));
        var counting = TemplateSet.BuiltIn.With(new TemplateSource(BuiltInTemplates.Handout, "{{ counter = 1 }}{{ counter }}", null));
        var again = new TemplateRenderer(counting);
        Assert.Equal("1", again.Render(BuiltInTemplates.Handout, model, TestContext.Current.CancellationToken));
        Assert.Equal("1", again.Render(BuiltInTemplates.Handout, model, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Unknown_template_name_is_an_error()
    {
        var error = Assert.Throws<TemplateRenderException>(() => new TemplateRenderer().Render("nope.md", DocumentModel.FromAgenda(SampleDocuments.Agenda), TestContext.Current.CancellationToken));
        Assert.Contains("Unknown template", error.Message);
    }
}
