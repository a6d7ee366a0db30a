using PeerPractice.Agendas;

namespace PeerPractice.Core.Tests.Agendas;

public class AgendaLibraryTests
{
    public static TheoryData<string> Ids => new(AgendaLibrary.Ids);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_built_in_agenda_is_valid_with_no_warnings_and_a_clear_summary(string id)
    {
        var result = AgendaParser.Parse(AgendaLibrary.GetSource(id), id + ".agenda.json");

        Assert.True(result.Problems.IsEmpty, ProblemAssert.Describe(result));
        var agenda = result.Value!;
        Assert.Equal(id, agenda.Id);
        Assert.InRange(agenda.Summary.Length, 60, 400);
        Assert.NotNull(agenda.Duration);
        Assert.Equal(agenda, AgendaLibrary.Get(id));
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Each_built_in_agenda_is_the_file_in_the_repository(string id)
    {
        var file = Path.Combine(TestPaths.RepositoryRoot, "src", "PeerPractice.Core", "Agendas", "Library", id + ".agenda.json");

        Assert.Equal(File.ReadAllText(file), AgendaLibrary.GetSource(id));
    }

    [Fact]
    public void The_library_lists_every_agenda_file_in_order_and_nothing_else()
    {
        var folder = Path.Combine(TestPaths.RepositoryRoot, "src", "PeerPractice.Core", "Agendas", "Library");
        var files = Directory.GetFiles(folder, "*.agenda.json").Select(f => Path.GetFileName(f)[..^".agenda.json".Length]).Order(StringComparer.Ordinal);

        Assert.Equal(files, AgendaLibrary.Ids.Order(StringComparer.Ordinal));
        Assert.Equal(AgendaLibrary.Ids, AgendaLibrary.All.Select(a => a.Id));
        Assert.Equal(["first-coffee", "peer-brainstorm", "quarterly-deep-dive", "cio-breakfast", "site-visit-day", "follow-up-call", "internal-partnership"], AgendaLibrary.Ids);
    }

    [Fact]
    public void The_peer_brainstorm_asks_the_seven_questions_each_in_turn_with_a_response()
    {
        var agenda = AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm);

        Assert.Equal(7, agenda.Items.Count);
        Assert.All(agenda.Items, item => Assert.Equal(TurnPolicy.Each, item.Turns));
        Assert.All(agenda.Items, item => Assert.NotNull(item.Response));
        Assert.Contains(agenda.Items, item => item.Response!.Kind == ResponseKind.Perspective);
        Assert.Equal(Cadence.Monthly, agenda.Cadence);
        Assert.Contains(agenda.Agreements, a => a.Id == "confidentiality");
    }

    [Fact]
    public void The_quarterly_deep_dive_lasts_two_to_three_hours_and_has_a_host_led_walk_through()
    {
        var agenda = AgendaLibrary.Get(AgendaLibrary.QuarterlyDeepDive);

        Assert.InRange(agenda.Duration!.Value, TimeSpan.FromHours(2), TimeSpan.FromHours(3));
        Assert.Equal(Cadence.Quarterly, agenda.Cadence);
        Assert.Contains(agenda.Items, item => item.Turns == TurnPolicy.ForRole("host"));
        Assert.Equal(["host", "visitor"], agenda.Participants.Roles.Select(r => r.Name));
    }

    [Fact]
    public void The_cio_breakfast_is_a_small_group_going_round_robin_through_the_breakfast_topics()
    {
        var agenda = AgendaLibrary.Get(AgendaLibrary.CioBreakfast);

        Assert.Equal((AgendaFormat.Group, RotationPolicy.RoundRobin), (agenda.Format, agenda.Rotation));
        Assert.InRange(agenda.Participants.Max, 4, 10);
        var ids = agenda.Items.Select(i => i.Id).ToHashSet();
        Assert.Superset(ids.Intersect(["business-alignment", "mobile-technology", "security", "social-networking", "fostering-innovation", "it-as-profit-center", "joys-and-misery"]).ToHashSet(), ids.Where(i => i != "introductions" && i != "one-takeaway").ToHashSet());
    }

    [Fact]
    public void The_site_visit_day_has_host_and_visitor_roles_and_the_visit_topic_areas()
    {
        var agenda = AgendaLibrary.Get(AgendaLibrary.SiteVisitDay);

        Assert.Equal(AgendaFormat.Visit, agenda.Format);
        Assert.Equal(["host", "visitor"], agenda.Participants.Roles.Select(r => r.Name));
        var topics = agenda.Sections.Single(s => s.Id == "topic-areas").Items.Select(i => i.Id);
        Assert.Equal(["workforce-and-talent", "service-management", "customer-experience", "roi-measurement", "cybersecurity", "cultural-dynamics", "ai-integration"], topics);
        Assert.Contains(agenda.Items, item => item.Turns == TurnPolicy.ForRole("visitor"));
    }

    [Fact]
    public void The_first_coffee_ends_by_deciding_whether_to_meet_regularly_and_the_follow_up_reviews_action_items()
    {
        Assert.Contains(AgendaLibrary.Get(AgendaLibrary.FirstCoffee).Items, item => item.Id == "meet-regularly");
        Assert.Equal("action-item-review", AgendaLibrary.Get(AgendaLibrary.FollowUpCall).Items[0].Id);
    }

    [Fact]
    public void Unknown_ids_are_refused_with_the_list_of_built_in_ids()
    {
        Assert.False(AgendaLibrary.TryGet("no-such-agenda", out var agenda));
        Assert.Null(agenda);
        var exception = Assert.Throws<KeyNotFoundException>(() => AgendaLibrary.Get("no-such-agenda"));
        Assert.Contains("peer-brainstorm", exception.Message);
        Assert.Throws<KeyNotFoundException>(() => AgendaLibrary.GetSource("../secrets"));
    }
}
