using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Documents;
using PeerPractice.Samples;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>
/// Issue 18, item 3: every built-in template escapes every user string for its output format, so a
/// note with Markdown, table pipes, a disguised link or a script tag shows as typed and injects nothing.
/// </summary>
public class EscapingTests
{
    private const string Hostile = "*bold* | a | b [click](https://evil.example) <script>alert(1)</script> & _x_ `code`";
    private const string HostileLine = "# Fired\n- not a list\n1. not ordered";

    public static TheoryData<string> TemplateNames => [.. BuiltInTemplates.Names];

    private static DocumentModel HostileModel(string templateName, Attribution attribution)
    {
        var at = SampleDocuments.VisitPlan.Start;
        ValueArray<SessionNote> notes =
        [
            new("ben", Hostile, NoteVisibility.Shareable, at, null),
            new("dev", HostileLine, NoteVisibility.Shareable, at, null),
        ];
        var plan = SampleDocuments.VisitPlan with
        {
            Title = "Visit " + Hostile,
            Notes = notes,
            Objectives = [new VisitObjective(Hostile, HostileLine)],
            Debrief = new VisitDebrief([Hostile], [Hostile], [Hostile], HostileLine + "\n" + Hostile),
        };
        var pair = new VisitPair(SampleDocuments.VisitPair.First with { Title = "First " + Hostile }, SampleDocuments.VisitPair.Reciprocal with { Title = "Return " + Hostile, Notes = notes });
        var session = SampleDocuments.Session with
        {
            Notes = notes,
            ActionItems = [new ActionItem(SampleDocuments.Session.Participants[0].Id, Hostile, null, null)],
            Agenda = HostileAgenda(),
        };
        return BuiltInTemplates.KindOf(templateName) switch
        {
            DocumentKind.VisitPlan => DocumentModel.FromVisitPlan(plan, attribution),
            DocumentKind.VisitPair => DocumentModel.FromVisitPair(pair, attribution),
            DocumentKind.Agenda => DocumentModel.FromAgenda(HostileAgenda()),
            DocumentKind.Session => DocumentModel.FromSession(session, attribution),
            DocumentKind.Introduction => DocumentModel.FromIntroduction(SampleDocuments.Introduction with { Peer = SampleDocuments.Introduction.Peer with { Name = "Peer " + Hostile } }),
            DocumentKind.Breakfast => DocumentModel.FromBreakfast(
                SampleDocuments.Breakfast with { Title = "Breakfast " + Hostile, Location = HostileLine },
                [.. SampleDocuments.ForTemplates.BreakfastInvitees.Select((m, i) => i == 0 ? m with { Title = Hostile } : m)]),
            _ => throw new InvalidOperationException(templateName),
        };
    }

    private static AgendaDefinition HostileAgenda()
    {
        var json = System.Text.Json.JsonSerializer.Serialize(Hostile);
        var text = $$"""
            { "id": "hostile", "title": {{json}}, "summary": {{json}}, "format": "pair", "duration": "1h30m",
              "sections": [ { "id": "s", "title": {{json}}, "items": [ { "id": "one", "prompt": {{json}}, "turns": "each", "timebox": "5m", "guidance": {{json}} } ] } ] }
            """;
        return AgendaLoader.Parse(text).Value!;
    }

    [Theory]
    [MemberData(nameof(TemplateNames))]
    public void Every_built_in_template_escapes_hostile_user_text(string templateName)
    {
        var renderer = new TemplateRenderer();
        foreach (var attribution in new[] { Attribution.Attributed, Attribution.ChathamHouse })
        {
            var output = renderer.Render(templateName, HostileModel(templateName, attribution), TestContext.Current.CancellationToken);

            Assert.DoesNotContain("<script>", output, StringComparison.Ordinal);
            if (templateName.EndsWith(".html", StringComparison.Ordinal))
            {
                Assert.Contains("*bold* | a | b [click](https://evil.example) &lt;script&gt;alert(1)&lt;/script&gt; &amp; _x_ `code`", output, StringComparison.Ordinal);
            }
            else
            {
                Assert.Contains(@"\*bold\* \| a \| b \[click\](https://evil.example) &lt;script&gt;alert(1)&lt;/script&gt; &amp; \_x\_ \`code\`", output, StringComparison.Ordinal);
                Assert.DoesNotContain("*bold*", output, StringComparison.Ordinal);
                Assert.DoesNotContain("[click](", output, StringComparison.Ordinal);
                Assert.DoesNotContain(" | a |", output, StringComparison.Ordinal);
                Assert.DoesNotContain("\n# Fired", output, StringComparison.Ordinal);
                Assert.DoesNotContain("\n- not a list", output, StringComparison.Ordinal);
                Assert.DoesNotContain("\n1. not ordered", output, StringComparison.Ordinal);
            }
        }
    }

    [Theory]
    [InlineData("# Fired", @"\# Fired")]
    [InlineData("C# is fine mid-line", "C# is fine mid-line")]
    [InlineData("- item\n+ item\n= rule", @"\- item" + "\n" + @"\+ item" + "\n" + @"\= rule")]
    [InlineData("1. first\n 12) second\nversion 1.2", "1\\. first\n 12\\) second\nversion 1.2")]
    [InlineData("> quoted\na > b", "\\> quoted\na &gt; b")]
    [InlineData("2026-11-26 10:00", "2026-11-26 10:00")]
    [InlineData(@"back\slash", @"back\\slash")]
    [InlineData("~~struck~~", @"\~\~struck\~\~")]
    public void Markdown_escaping_is_minimal_but_complete(string text, string expected)
    {
        var template = new TemplateSource("note.md", "{{ doc.title }}", null) { Kind = DocumentKind.Agenda };
        var renderer = new TemplateRenderer(TemplateSet.BuiltIn.With(template));
        var agenda = SampleDocuments.Agenda with { Title = text };

        Assert.Equal(expected, renderer.Render("note.md", DocumentModel.FromAgenda(agenda), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Raw_prints_a_value_unescaped_and_text_templates_escape_nothing()
    {
        var agenda = SampleDocuments.Agenda with { Title = "<b>*bold*</b>" };
        var renderer = new TemplateRenderer(TemplateSet.BuiltIn
            .With(new TemplateSource("raw.html", "{{ doc.title | raw }}|{{ doc.title }}", null) { Kind = DocumentKind.Agenda })
            .With(new TemplateSource("plain.txt", "{{ doc.title }}", null) { Kind = DocumentKind.Agenda }));
        var model = DocumentModel.FromAgenda(agenda);

        Assert.Equal("<b>*bold*</b>|&lt;b&gt;*bold*&lt;/b&gt;", renderer.Render("raw.html", model, TestContext.Current.CancellationToken));
        Assert.Equal("<b>*bold*</b>", renderer.Render("plain.txt", model, TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Raw_of_nothing_prints_nothing()
    {
        var renderer = new TemplateRenderer(TemplateSet.BuiltIn
            .With(new TemplateSource("none.html", "[{{ null | raw }}]", null) { Kind = DocumentKind.Agenda }));

        Assert.Equal("[]", renderer.Render("none.html", DocumentModel.FromAgenda(SampleDocuments.Agenda), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void Assignments_print_nothing_and_numbers_print_as_numbers()
    {
        var renderer = new TemplateRenderer(TemplateSet.BuiltIn
            .With(new TemplateSource("a.md", "{{ x = agenda.max_participants }}{{ x }}-{{ agenda.sections.size }}", null) { Kind = DocumentKind.Agenda }));

        Assert.Equal("2-2", renderer.Render("a.md", DocumentModel.FromAgenda(SampleDocuments.Agenda), TestContext.Current.CancellationToken));
    }

    [Fact]
    public void A_value_returned_from_the_page_is_escaped_like_a_printed_one()
    {
        var agenda = SampleDocuments.Agenda with { Title = "<b>*bold*</b>" };
        var renderer = new TemplateRenderer(TemplateSet.BuiltIn
            .With(new TemplateSource("ret.html", "a{{ ret doc.title }}", null) { Kind = DocumentKind.Agenda })
            .With(new TemplateSource("ret.md", "{{ if true }}{{ ret doc.title }}{{ end }}", null) { Kind = DocumentKind.Agenda })
            .With(new TemplateSource("raw.md", "{{ ret doc.title | raw }}", null) { Kind = DocumentKind.Agenda })
            .With(new TemplateSource("func.html", "{{ func title; ret doc.title; end }}{{ title }}", null) { Kind = DocumentKind.Agenda }));
        var model = DocumentModel.FromAgenda(agenda);

        Assert.Equal("a&lt;b&gt;*bold*&lt;/b&gt;", renderer.Render("ret.html", model, TestContext.Current.CancellationToken));
        Assert.Equal(@"&lt;b&gt;\*bold\*&lt;/b&gt;", renderer.Render("ret.md", model, TestContext.Current.CancellationToken));
        Assert.Equal("<b>*bold*</b>", renderer.Render("raw.md", model, TestContext.Current.CancellationToken));
        Assert.Equal("&lt;b&gt;*bold*&lt;/b&gt;", renderer.Render("func.html", model, TestContext.Current.CancellationToken));
    }
}
