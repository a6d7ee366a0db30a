using PeerPractice.Agendas;
using PeerPractice.Documents;
using PeerPractice.Matching;
using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Documents;

public class BuiltInTemplateTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Every_built_in_template_parses_and_renders_the_samples()
    {
        var renderer = new TemplateRenderer();
        foreach (var name in BuiltInTemplates.Names)
        {
            Assert.Empty(TemplateChecker.Check(renderer, name, SampleDocuments.ForTemplates));
        }
    }

    [Fact]
    public void Visit_plan_shows_objectives_targets_slots_with_equal_question_time_team_questionnaire_and_debrief()
    {
        var output = new TemplateRenderer().Render(BuiltInTemplates.VisitPlan, DocumentModel.FromVisitPlan(SampleDocuments.VisitPlan, Attribution.Attributed), Ct);
        Assert.Contains("How did you cut major incidents by half in two years?", output);
        Assert.Contains("**Contoso Care** (score 91): Service desk rated best in the region; Zero trust rollout finished in 2025", output);
        Assert.Contains("### 09:30-10:30 Service desk and incident response", output);
        Assert.Contains("- Questions: 15 min for each side", output);
        Assert.Contains("Walk us through your last major incident", output);
        Assert.Contains("- Ben Okafor, Head of service management", output);
        Assert.Contains("(send by 2026-11-24)", output);
        Assert.Contains("- Stop: Approving standard changes one by one", output);
    }

    [Fact]
    public void A_planner_target_shows_its_score_and_a_target_chosen_by_hand_shows_none()
    {
        var visitor = new MemberProfile { Id = "v", Name = "V", Organization = "Northwind Health", Industry = "healthcare", Concerns = ["service-management"], Languages = ["en"] };
        var host = visitor with { Id = "h", Organization = "Contoso Care", Concerns = [], Strengths = ["service-management"] };
        var ranked = Assert.Single(new SiteVisitPlanner().Rank(visitor, [visitor, host], new DateOnly(2026, 11, 25)));
        var plan = SampleDocuments.VisitPlan with { Targets = [ranked, new VisitTarget("Fabrikam Clinics", 0, [], [], ["A peer recommended them"])] };
        var output = new TemplateRenderer().Render(BuiltInTemplates.VisitPlan, DocumentModel.FromVisitPlan(plan, Attribution.Attributed), Ct);
        Assert.Contains($"**Contoso Care** (score {ranked.Score}): Strong in service management: +20", output);
        Assert.Contains("**Fabrikam Clinics**: A peer recommended them", output);
    }

    [Fact]
    public void Reciprocal_invitation_links_back_to_the_first_visit()
    {
        var output = new TemplateRenderer().Render(BuiltInTemplates.ReciprocalInvitation, DocumentModel.FromVisitPair(SampleDocuments.VisitPair, Attribution.Attributed), Ct);
        Assert.Contains("Dear colleagues at Contoso Care", output);
        Assert.Contains("Thank you for hosting us on 2026-12-08", output);
        Assert.Contains("visit us at Northwind Health on 2027-03-09 10:00", output);
        Assert.Contains("- Service management", output);
        Assert.Contains("- Femi Adeyemi, CISO", output);
    }

    [Fact]
    public void Handout_renders_any_agenda_definition()
    {
        var agenda = new AgendaDefinition(
            "site-tour", "Site tour", string.Empty, AgendaFormat.Visit,
            new ParticipantRule(2, 8, [new("host", "Shows the work"), new("visitor", "Asks")]),
            null, Cadence.Quarterly, [], RotationPolicy.Fixed,
            [new("tour", "Tour", [new("walk", "Walk the service desk floor", TurnPolicy.ForRole("host"), TimeSpan.FromMinutes(20), null, string.Empty)])],
            new ClosingRule(false, false));
        var output = new TemplateRenderer().Render(BuiltInTemplates.Handout, DocumentModel.FromAgenda(agenda), Ct);
        Assert.Contains("Visit session for 2-8 people, meeting quarterly.", output);
        Assert.Contains("- **host**: Shows the work", output);
        Assert.Contains("- **Walk the service desk floor** (host speaks, 20 min)", output);
        Assert.DoesNotContain("action item", output);
    }

    [Fact]
    public void Html_templates_escape_text_from_the_model()
    {
        var hostile = SampleDocuments.Session with
        {
            Notes = [new("ana", "<script>alert(1)</script>", PeerPractice.Sessions.NoteVisibility.Shareable, SampleDocuments.Session.Started, null)],
        };
        var output = new TemplateRenderer().Render(BuiltInTemplates.SummaryHtml, DocumentModel.FromSession(hostile, Attribution.Attributed), Ct);
        Assert.DoesNotContain("<script>", output);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", output);
        Assert.StartsWith("<!DOCTYPE html>", output);
    }

    [Theory]
    [InlineData(BuiltInTemplates.Summary, "None.", "None shared.")]
    [InlineData(BuiltInTemplates.SummaryHtml, "<p>None.</p>", "<p>None shared.</p>")]
    public void Summary_says_so_when_nothing_was_agreed_or_shared(string templateName, string noActions, string noNotes)
    {
        var quiet = SampleDocuments.Session with { ActionItems = [], Notes = [] };
        var output = new TemplateRenderer().Render(templateName, DocumentModel.FromSession(quiet, Attribution.Attributed), Ct);
        Assert.Contains(noActions, output);
        Assert.Contains(noNotes, output);
    }

    [Fact]
    public void Compiled_templates_are_cached_per_renderer()
    {
        var renderer = new TemplateRenderer();
        var first = renderer.Compile(BuiltInTemplates.Handout);
        var second = renderer.Compile(BuiltInTemplates.Handout);
        Assert.Same(first, second);
        Assert.NotSame(first, renderer.Parse(renderer.Templates.Find(BuiltInTemplates.Handout)!));
    }

    [Fact]
    public void Rendering_is_deterministic()
    {
        var model = DocumentModel.FromSession(SampleDocuments.Session, Attribution.Attributed);
        var a = new TemplateRenderer().Render(BuiltInTemplates.SummaryHtml, model, Ct);
        var b = new TemplateRenderer().Render(BuiltInTemplates.SummaryHtml, model, Ct);
        Assert.Equal(a, b);
    }
}
