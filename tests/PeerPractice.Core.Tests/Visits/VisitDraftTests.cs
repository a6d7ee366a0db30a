using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice.Core.Tests.Visits;

/// <summary>What a drafted visit plan holds: its title, the chosen host first, objectives and questionnaire from the topics, and whole refusals.</summary>
public class VisitDraftTests
{
    private static readonly DateOnly _day = new(2027, 1, 10);
    private static readonly DateTimeOffset _start = new(2027, 2, 3, 9, 0, 0, TimeSpan.FromHours(1));

    private static MemberProfile Member(string id, string org, string[] strengths) => new()
    {
        Id = id,
        Name = id.ToUpperInvariant(),
        Organization = org,
        Industry = "Healthcare",
        Concerns = ["service-management", "cybersecurity"],
        Strengths = [.. strengths],
    };

    private static readonly MemberProfile _visitor = Member("ana", "Acme", ["data-analytics"]);

    private static readonly MemberProfile[] _cohort =
    [
        _visitor,
        Member("dev", "Globex", ["service-management", "cybersecurity"]),
        Member("uma", "Umbrella", ["service-management"]),
    ];

    private static VisitRequest Request(string? host = null, params string[] objectives) =>
        new("acme-visits", _visitor, [.. objectives], [new Participant("ana", "Ana", "CIO")], _start, "Europe/Vienna", "HQ") { HostOrganization = host };

    [Fact]
    public void The_chosen_host_comes_first_and_each_objective_brings_its_first_question_and_its_second_for_the_questionnaire()
    {
        var draft = VisitDrafts.Draft(Request("umbrella", "service-management", "cybersecurity"), _cohort, new SiteVisitPlanner(), _day);
        Assert.True(draft.Succeeded, draft.Refusal);
        var plan = draft.Value;
        var service = TopicCatalog.BuiltIn.Find("service-management")!;
        var cyber = TopicCatalog.BuiltIn.Find("cybersecurity")!;
        Assert.Equal("Site visit: Acme at Umbrella", plan.Title);
        Assert.Equal("Umbrella", plan.HostOrganization);
        Assert.Equal(["Umbrella", "Globex"], plan.Targets.Select(t => t.Organization));
        Assert.Equal([(service.Questions[0], service.Summary), (cyber.Questions[0], cyber.Summary)], plan.Objectives.Select(o => (o.Question, o.Why)));
        Assert.Equal([service.Questions[1], cyber.Questions[1]], plan.Questionnaire.Questions);

        var asked = VisitDrafts.Draft(Request(null, "service-management") with { Questions = ["What would you do again?"] }, _cohort, new SiteVisitPlanner(), _day);
        Assert.Equal("Globex", asked.Value!.HostOrganization);
        Assert.Equal(["What would you do again?"], asked.Value!.Questionnaire.Questions);
    }

    [Fact]
    public void A_draft_is_refused_without_objectives_without_a_target_or_for_a_host_not_ranked()
    {
        Assert.Equal("Name at least one objective (a topic id) the visit should answer.", VisitDrafts.Draft(Request(), _cohort, new SiteVisitPlanner(), _day).Refusal);
        Assert.Equal("No organization the visitor may visit is strong in these objectives.", VisitDrafts.Draft(Request(null, "workforce-talent"), _cohort, new SiteVisitPlanner(), _day).Refusal);
        Assert.Equal(
            "'Initech' is not among the targets for these objectives (ranked: Globex, Umbrella).",
            VisitDrafts.Draft(Request("Initech", "service-management"), _cohort, new SiteVisitPlanner(), _day).Refusal);
    }

    [Fact]
    public void Objectives_and_questions_come_from_the_catalog_given()
    {
        var extension = TopicCatalogParser.Parse("""{ "topics": [ { "id": "service-management", "title": "Service desk", "summary": "Our desk.", "questions": ["How big is your desk?", "Who answers at night?"] } ] }""", null);
        var catalog = TopicCatalog.BuiltIn.ExtendWith(extension.Value!);
        var draft = VisitDrafts.Draft(Request(null, "service-management"), _cohort, new SiteVisitPlanner(topics: catalog), _day, catalog);
        Assert.Equal([("How big is your desk?", "Our desk.")], draft.Value!.Objectives.Select(o => (o.Question, o.Why)));
        Assert.Equal(["Who answers at night?"], draft.Value!.Questionnaire.Questions);
    }

    [Fact]
    public void An_objective_whose_topic_has_no_questions_asks_what_the_host_can_teach_about_it()
    {
        // A catalog built in code may leave a topic's questions empty (a catalog file must give one).
        var catalog = new TopicCatalog([.. TopicCatalog.BuiltIn.Topics.Select(t => t.Id == "service-management" ? t with { Title = "Service desk", Summary = "Our desk.", Questions = [] } : t)]);
        var draft = VisitDrafts.Draft(Request(null, "service-management"), _cohort, new SiteVisitPlanner(topics: catalog), _day, catalog);
        Assert.True(draft.Succeeded, draft.Refusal);
        Assert.Equal([("What can we learn from you about service desk?", "Our desk.")], draft.Value!.Objectives.Select(o => (o.Question, o.Why)));
        Assert.Empty(draft.Value!.Questionnaire.Questions);
    }
}
