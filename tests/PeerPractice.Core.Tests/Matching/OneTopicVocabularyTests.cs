using PeerPractice.Matching;
using PeerPractice.Samples;
using PeerPractice.Visits;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>One topic catalog, one set of ids, for profiles, matching, tables, visits and documents.</summary>
public class OneTopicVocabularyTests
{
    private static readonly DateOnly Day = new(2026, 11, 25);

    private static Topic T(string id) => new(id, id.ToUpperInvariant(), TopicOrigin.Custom, string.Empty, ["Why?"]);

    [Theory]
    [InlineData("business-alignment")]
    [InlineData("mobile-technology")]
    [InlineData("security")]
    [InlineData("social-networking")]
    [InlineData("fostering-innovation")]
    [InlineData("it-as-profit-center")]
    [InlineData("life-as-a-cio")]
    [InlineData("workforce-talent")]
    [InlineData("roi-measurement")]
    [InlineData("ai-integration")]
    [InlineData("standardization")]
    public void The_built_in_catalog_has_the_seed_topics(string id) => Assert.True(TopicCatalog.BuiltIn.TryGetBit(id, out _));

    [Theory]
    [InlineData("mobile")]
    [InlineData("innovation")]
    [InlineData("it-profit-centre")]
    [InlineData("social")]
    public void The_old_matching_only_ids_are_gone(string id) => Assert.False(TopicCatalog.BuiltIn.Contains(id));

    [Fact]
    public void Every_built_in_topic_has_a_title_and_questions_and_fits_one_bitmask()
    {
        var topics = TopicCatalog.BuiltIn.Topics;
        Assert.InRange(topics.Count, 1, TopicCatalog.MaxTopics);
        Assert.All(topics, t => Assert.False(string.IsNullOrWhiteSpace(t.Title)));
        Assert.All(topics, t => Assert.NotEmpty(t.Questions));
        Assert.Equal(7, topics.Count(t => t.Origin == TopicOrigin.Breakfast));
    }

    // Regression: the site-visit planner threw ArgumentException for ids of the visit catalog
    // ("mobile-technology", "fostering-innovation", ...) because matching had its own vocabulary.
    [Fact]
    public void The_site_visit_planner_accepts_every_catalog_id_as_an_objective_and_a_strength()
    {
        foreach (var topic in TopicCatalog.BuiltIn.Topics)
        {
            var visitor = Make("v", "Acme") with { Concerns = [topic.Id], Strengths = [] };
            var host = Make("h", "Globex") with { Strengths = [topic.Id], Concerns = [] };
            var target = Assert.Single(new SiteVisitPlanner().Rank(visitor, [visitor, host], Day, [topic.Id]));
            Assert.Equal("Globex", target.Organization);
            Assert.Equal([topic.Title], target.MatchedObjectives);
            Assert.Equal(["h"], target.Hosts);
        }
    }

    [Fact]
    public void A_visit_plan_slot_and_a_profile_use_the_same_ids()
    {
        var slotTopics = SampleVisit().Slots.Select(s => s.TopicId).OfType<string>().ToArray();
        Assert.NotEmpty(slotTopics);
        var profiles = ProfileLoader.Load($$"""{ "members": [ { "id": "a", "organization": "Acme", "concerns": [{{string.Join(", ", slotTopics.Select(t => "\"" + t + "\""))}}] } ] }""");
        Assert.True(profiles.Succeeded, string.Join("\n", profiles.Problems));
        Assert.DoesNotContain(VisitPlanValidator.Validate(SampleVisit()), p => p.Message.Contains("topic", StringComparison.Ordinal));
    }

    [Fact]
    public void An_unknown_objective_is_refused_at_the_entry_by_name()
    {
        var visitor = Make("v", "Acme");
        var ex = Assert.Throws<ArgumentException>(() => new SiteVisitPlanner().Rank(visitor, [visitor], Day, ["mobile"]));
        Assert.Equal("objectives", ex.ParamName);
        Assert.Contains("'mobile'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_profile_built_in_code_with_an_unknown_topic_is_named_at_the_entry_of_every_planner()
    {
        var good = Make("a", "Acme");
        var bad = Make("b", "Globex") with { Strengths = ["it-profit-centre"] };
        MemberProfile[] members = [good, bad];
        foreach (var act in new Action[]
        {
            () => new SiteVisitPlanner().Rank(good, members, Day),
            () => ProfileIndex.Build(members, MatchingPolicy.Default),
            () => new CohortRoundPlanner(MatchingPolicy.Default).Plan(members, Day, seed: 1),
        })
        {
            var ex = Assert.Throws<ArgumentException>(act);
            Assert.Equal("members", ex.ParamName);
            Assert.Contains("Member 'b'", ex.Message, StringComparison.Ordinal);
            Assert.Contains("'it-profit-centre'", ex.Message, StringComparison.Ordinal);
            Assert.Contains("strengths", ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void An_unknown_topic_in_a_profile_file_is_a_located_load_problem()
    {
        var result = ProfileLoader.Load("""
            { "members": [
              { "id": "a", "organization": "Acme", "concerns": ["mobile-technology", "innovation"] } ] }
            """);
        var problem = Assert.Single(result.Problems);
        Assert.Equal("PPM005", problem.Id);
        Assert.Equal("$.members[0].concerns[1]", problem.JsonPath);
        Assert.Contains("fostering-innovation", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void More_than_64_topics_are_refused_in_code_and_located_in_a_file()
    {
        Assert.Throws<ArgumentException>(() => new TopicCatalog(Enumerable.Range(0, 65).Select(i => T("t" + i)).ToArray()));
        var json = "{ \"topics\": [" + string.Join(",\n", Enumerable.Range(0, 65).Select(i => $$"""{ "id": "t{{i}}", "title": "T", "questions": ["q"] }""")) + "] }";
        var result = TopicCatalogParser.Parse(json, "big.json");
        var problem = Assert.Single(result.Problems);
        Assert.Equal("PPT011", problem.Id);
        Assert.Equal("$.topics[64]", problem.JsonPath);
        Assert.Equal(65, problem.Span.Line);
    }

    [Fact]
    public void Duplicate_ids_are_refused() =>
        Assert.Throws<ArgumentException>(() => new TopicCatalog([T("a"), T("A")]));

    [Fact]
    public void Masks_and_titles_round_trip()
    {
        var catalog = TopicCatalog.BuiltIn;
        var mask = catalog.MaskOf(["security", "mobile-technology"]);
        Assert.Equal(["Mobile technology", "Security"], catalog.TitlesOf(mask));
        Assert.Equal("no-such-topic", catalog.FirstUnknown(["security", "no-such-topic"]));
        Assert.Null(catalog.FirstUnknown(["security"]));
        Assert.Throws<ArgumentException>(() => catalog.MaskOf(["no-such-topic"]));
    }

    private static VisitPlan SampleVisit() => SampleDocuments.VisitPlan;
}
