using PeerPractice.Documents;
using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>
/// The template sandbox refuses, with a whole message, what would let a template author read files,
/// reach .NET members, or change what the next render sees.
/// </summary>
public class TemplateSandboxTests
{
    private static TemplateRenderer Renderer(string templateText) =>
        new(TemplateSet.BuiltIn.With(new TemplateSource(BuiltInTemplates.Handout, templateText, null)));

    private static string Render(TemplateRenderer renderer) =>
        renderer.Render(BuiltInTemplates.Handout, DocumentModel.FromAgenda(SampleDocuments.Agenda), TestContext.Current.CancellationToken);

    private static Problem Fails(string templateText) =>
        Assert.Throws<TemplateRenderException>(() => Render(Renderer(templateText))).Problem;

    [Theory]
    [InlineData("{{ include \"handout.md\" }}", "The variable or function `include` was not found")]
    [InlineData("{{ include_join [\"handout.md\"] \",\" }}", "The variable or function `include_join` was not found")]
    public void Include_is_not_a_function_a_template_can_call(string templateText, string message)
    {
        var problem = Fails(templateText);
        Assert.Equal(message, problem.Message);
        Assert.Equal((1, 4), (problem.Line, problem.Column));
    }

    [Theory]
    [InlineData("{{ string.leak = \"x\" }}", "Unexpected exception while accessing target expression: The object is readonly")]
    [InlineData("{{ date.leak = \"x\" }}", "Unexpected exception while accessing target expression: The object is readonly")]
    [InlineData("{{ object.leak = \"x\" }}", "Unexpected exception while accessing target expression: The object is readonly")]
    public void Builtins_cannot_be_written(string templateText, string message)
    {
        Assert.Equal(message, Fails(templateText).Message);
    }

    [Fact]
    public void A_write_to_a_builtin_does_not_reach_the_next_render()
    {
        var renderer = Renderer("{{ string.leak = \"x\" }}{{ object.leak = \"y\" }}");
        Assert.ThrowsAny<Exception>(() => Render(renderer));
        var reader = Renderer("{{ string.leak }}|{{ object.leak }}");
        Assert.Equal("Cannot get member with name leak.", Assert.Throws<TemplateRenderException>(() => Render(reader)).Problem.Message);
    }

    [Theory]
    [InlineData("{{ agenda.no_such_member }}", "Cannot get member with name no_such_member.")]
    [InlineData("{{ x = null }}{{ x.y }}", "Object `x` is null. Cannot access member: x.y")]
    [InlineData("{{ x = null }}{{ x[0] }}", "Object `x` is null. Cannot access indexer: x[0]")]
    [InlineData("{{ x = null }}{{ x 1 }}", "The function `x` was not found")]
    public void Members_of_missing_values_are_errors_not_empty_text(string templateText, string message)
    {
        Assert.Equal(message, Fails(templateText).Message);
    }

    [Fact]
    public void A_syntax_error_has_its_whole_span()
    {
        var problem = Fails("# Title\n{{ for x in }}\n{{ end }}");
        Assert.Equal("Syntax error: Error while parsing for statement: Expecting <expression> instead of `}}` in: for <variable> in <expression> ... end", problem.Message);
        // The `}}` token: both characters, from column 13 to just after column 14 (Scriban's own span ends at
        // the token's last character; editors underline up to the position after it).
        Assert.Equal(new SourceSpan(20, 2, 2, 13, 2, 15), problem.Span);
        Assert.Equal("}}", "# Title\n{{ for x in }}\n{{ end }}".Substring(problem.Span.Offset, problem.Span.Length));
    }

    [Fact]
    public void A_too_deep_expression_is_a_syntax_error_not_a_render_error()
    {
        var problem = Fails("{{ " + new string('(', 100) + "1" + new string(')', 100) + " }}");
        Assert.Equal("Syntax error: The statement depth limit `64` was reached when parsing this statement", problem.Message);
    }

    [Fact]
    public void Checking_an_unknown_template_names_the_known_ones()
    {
        var problem = Assert.Single(TemplateChecker.Check(new TemplateRenderer(), "nope.md", SampleDocuments.ForTemplates));
        Assert.Equal("Unknown template; known templates: " + string.Join(", ", TemplateSet.BuiltIn.Names) + ".", problem.Message);
        Assert.Equal("nope.md", problem.Source);
        Assert.Equal("visit-plan.md, invitation.md, reciprocal-invitation.md, follow-up.md, handout.md, handout.html, summary.md, summary.html, introduction.md, breakfast-invitation.md", string.Join(", ", TemplateSet.BuiltIn.Names));
    }
}
