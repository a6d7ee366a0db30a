using PeerPractice.Documents;
using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>
/// The renderer's own error paths and context settings: failures Scriban raises outside any template node (a value
/// that cannot be printed, a cancellation observed while printing), parser spans that end before they start, list
/// bounds, line endings and .NET objects in the model; each against the documented promise of a located error and
/// of a model that holds no .NET members.
/// </summary>
public class TemplateRenderFailureTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static TemplateRenderer Renderer(TemplateSource source) => new(TemplateSet.BuiltIn.With(source));

    /// <summary>An agenda model with one extra top-level value, as if a .NET object had slipped into the model.</summary>
    private static DocumentModel AgendaWith(string name, object value)
    {
        var model = DocumentModel.FromAgenda(SampleDocuments.Agenda);
        model.Root.IsReadOnly = false;
        model.Root[name] = value;
        model.Root.IsReadOnly = true;
        return model;
    }

    /// <summary>Prints as whatever its function gives.</summary>
    private sealed class Printed(Func<string?> text)
    {
        public override string? ToString() => text();
    }

    /// <summary>A .NET object with a public property a template must not reach.</summary>
    private sealed class Secretive
    {
        public string Secret => "s3cret";
    }

    [Fact]
    public void A_text_template_that_returns_a_self_referencing_object_fails_at_its_first_line_with_the_reason()
    {
        // Scriban prints a page's returned value after the last node has run, so the failure has no node to point at.
        var source = new TemplateSource("loop.txt", "{{ x = {}\nx.self = x\nret x }}", "/t/loop.txt.sbn") { FirstLine = 4 };

        var error = Assert.Throws<TemplateRenderException>(() => Renderer(source).Render("loop.txt", DocumentModel.FromAgenda(SampleDocuments.Agenda), Ct));

        Assert.Equal(
            (TemplateProblems.RenderFailed.Id, "Structure is too deeply nested or contains reference loops.", "/t/loop.txt.sbn", SourceSpan.At(4, 1)),
            (error.Problem.Id, error.Problem.Message, error.Problem.Source, error.Problem.Span));
        Assert.IsType<InvalidOperationException>(error.InnerException);
    }

    [Fact]
    public void A_value_that_observes_the_callers_cancellation_while_printed_ends_in_a_located_cancelled_error()
    {
        using var cancel = new CancellationTokenSource();
        var model = AgendaWith("slow", new Printed(() =>
        {
            cancel.Cancel();
            cancel.Token.ThrowIfCancellationRequested();
            return "never";
        }));
        var source = new TemplateSource("notes.txt", "Notes\n{{ ret slow }}", "/t/notes.txt.sbn") { FirstLine = 3 };

        var error = Assert.Throws<TemplateRenderException>(() => Renderer(source).Render("notes.txt", model, cancel.Token));

        Assert.Equal(
            (TemplateProblems.RenderFailed.Id, "The render was cancelled.", "/t/notes.txt.sbn", SourceSpan.At(3, 1)),
            (error.Problem.Id, error.Problem.Message, error.Problem.Source, error.Problem.Span));
        Assert.IsType<OperationCanceledException>(error.InnerException);
    }

    [Fact]
    public void A_syntax_error_whose_span_ends_before_it_starts_is_located_as_a_point_at_its_start()
    {
        // Scriban ends this error's span at offset 0, before its start at the `}}` after `func`.
        var source = new TemplateSource(BuiltInTemplates.Handout, "{{ func }}", null);

        var problem = Assert.Throws<TemplateRenderException>(() => Renderer(source).Render(BuiltInTemplates.Handout, DocumentModel.FromAgenda(SampleDocuments.Agenda), Ct)).Problem;

        Assert.Equal("Syntax error: Error while parsing function statement: Expecting a variable instead of `}}` in: func <variable> ... end", problem.Message);
        Assert.Equal(new SourceSpan(3, 0, 1, 4, 1, 4), problem.Span);
    }

    [Theory]
    [InlineData("{{ 1 +", 1, 7)]
    [InlineData("# Notes\n\n{{ x =", 3, 7)]
    [InlineData("# Notes\n{{ agenda.title | ", 2, 19)]
    public void A_syntax_error_at_the_end_of_the_text_is_located_just_after_its_last_character(string text, int line, int column)
    {
        // Scriban reports an error it meets at the end of the text without a position (line -1); the problem
        // points where the author has to go on writing, counted in the file (front matter before it).
        var source = new TemplateSource(BuiltInTemplates.Handout, text, null) { FirstLine = 3 };

        var problem = Assert.Throws<TemplateRenderException>(() => Renderer(source).Render(BuiltInTemplates.Handout, DocumentModel.FromAgenda(SampleDocuments.Agenda), Ct)).Problem;

        Assert.Equal("PPD003", problem.Id);
        Assert.Equal((line + 2, column, text.Length, 0), (problem.Line, problem.Column, problem.Span.Offset, problem.Span.Length));
    }

    [Fact]
    public void An_index_past_the_end_of_a_model_list_is_an_error_not_empty_text()
    {
        var source = new TemplateSource(BuiltInTemplates.Handout, "{{ agenda.sections[5] }}", null);

        var problem = Assert.Throws<TemplateRenderException>(() => Renderer(source).Render(BuiltInTemplates.Handout, DocumentModel.FromAgenda(SampleDocuments.Agenda), Ct)).Problem;

        Assert.StartsWith("The index 5 is out of bounds", problem.Message);
        Assert.Equal((1, 20), (problem.Line, problem.Column));
    }

    [Fact]
    public void A_table_row_ends_its_lines_with_a_line_feed()
    {
        var source = new TemplateSource("rows.txt", "{{ tablerow x in [1, 2] cols: 1 }}{{ x }}{{ end }}", null);

        var output = Renderer(source).Render("rows.txt", DocumentModel.FromAgenda(SampleDocuments.Agenda), Ct);

        Assert.Equal("<tr class=\"row1\"><td class=\"col1\">1</td></tr>\n<tr class=\"row2\"><td class=\"col1\">2</td></tr>\n", output);
    }

    [Fact]
    public void A_dotnet_object_in_the_model_shows_none_of_its_members()
    {
        var source = new TemplateSource(BuiltInTemplates.Handout, "{{ thing.secret }}", null);

        var error = Assert.Throws<TemplateRenderException>(() => Renderer(source).Render(BuiltInTemplates.Handout, AgendaWith("thing", new Secretive()), Ct));

        Assert.Equal("Cannot get member with name secret.", error.Problem.Message);
        Assert.DoesNotContain("s3cret", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_value_that_prints_as_null_prints_nothing()
    {
        var source = new TemplateSource(BuiltInTemplates.Handout, "a{{ nothing }}b", null);

        Assert.Equal("ab", Renderer(source).Render(BuiltInTemplates.Handout, AgendaWith("nothing", new Printed(() => null)), Ct));
    }
}
