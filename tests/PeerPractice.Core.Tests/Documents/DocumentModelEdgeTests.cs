using PeerPractice.Agendas;
using PeerPractice.Documents;
using PeerPractice.Matching;
using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Documents;

/// <summary>
/// What templates see of a model at its edges: a caller's topic catalog for visit plans and breakfasts, a topic with
/// no questions, the weekly cadences, and list items a template cannot change; each against the inputs given.
/// </summary>
public class DocumentModelEdgeTests
{
    private static string Render(string templateName, string templateText, DocumentModel model) =>
        new TemplateRenderer(TemplateSet.BuiltIn.With(new TemplateSource(templateName, templateText, null)))
            .Render(templateName, model, TestContext.Current.CancellationToken);

    /// <summary>Every built-in topic, retitled "Custom id" and with no questions.</summary>
    private static TopicCatalog Custom { get; } = new([.. TopicCatalog.BuiltIn.Topics.Select(t => t with { Title = "Custom " + t.Id, Questions = [] })]);

    [Fact]
    public void A_visit_plan_shows_its_topics_from_the_callers_catalog()
    {
        var model = DocumentModel.FromVisitPlan(SampleDocuments.VisitPlan, Attribution.Attributed, Custom);

        var output = Render(BuiltInTemplates.VisitPlan, "{{ for s in plan.slots }}{{ if s.topic }}{{ s.topic.title }};{{ end }}{{ end }}", model);

        Assert.Equal("Custom service-management;Custom cybersecurity;Custom ai-integration;", output);
    }

    [Fact]
    public void A_breakfast_shows_its_topics_from_the_callers_catalog_and_an_empty_question_for_a_topic_without_one()
    {
        var breakfast = SampleDocuments.Breakfast;
        var model = DocumentModel.FromBreakfast(breakfast, SampleDocuments.ForTemplates.BreakfastInvitees, Custom);

        var output = Render(BuiltInTemplates.BreakfastInvitation, "{{ for t in breakfast.topics }}{{ t.title }}|{{ t.question }};{{ end }}", model);

        Assert.NotEmpty(breakfast.TopicIds);
        Assert.Equal(string.Concat(breakfast.TopicIds.Select(id => $"Custom {id}|;")), output);
    }

    [Theory]
    [InlineData(7, "weekly")]
    [InlineData(14, "every two weeks")]
    public void A_cadence_of_days_is_described_in_words(int days, string described)
    {
        var agenda = SampleDocuments.Agenda with { Cadence = new Cadence(0, days) };

        Assert.Equal(described, Render(BuiltInTemplates.Handout, "{{ agenda.cadence }}", DocumentModel.FromAgenda(agenda)));
    }

    [Fact]
    public void A_template_cannot_change_an_item_of_a_model_list()
    {
        var model = DocumentModel.FromAgenda(SampleDocuments.Agenda);
        var before = Render(BuiltInTemplates.Handout, "{{ agenda.sections[0].title }}", model);

        Assert.Throws<TemplateRenderException>(() => Render(BuiltInTemplates.Handout, "{{ agenda.sections[0].title = \"changed\" }}", model));

        Assert.Equal(before, Render(BuiltInTemplates.Handout, "{{ agenda.sections[0].title }}", model));
    }
}
