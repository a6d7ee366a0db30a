using static PeerPractice.Core.Tests.Agendas.ProblemAssert;

namespace PeerPractice.Core.Tests.Agendas;

/// <summary>
/// The whole message of every cross-field rule of <c>AgendaRules</c>, on the pairwise path (small scopes)
/// and the linear one (more than 32 ids): the message is what an author reads to fix the agenda, so
/// each word of it is behaviour. Written from Stryker's survivors (docs/testing.md): the rules' tests
/// checked ids and paths, so every string mutant of the messages survived.
/// </summary>
public class AgendaRuleMessageTests
{
    private static string Items(params string[] ids) => $$"""
        { "id": "a", "title": "A", "format": "pair", "sections": [ { "id": "s", "title": "S", "items": [
        {{string.Join(",\n", ids.Select(id => $$"""{ "id": "{{id}}", "prompt": "P", "turns": "each", "timebox": "PT1M" }"""))}}
        ] } ] }
        """;

    private static string[] Many(int count) => Enumerable.Range(0, count).Select(i => $"item-x{i}").ToArray();

    [Fact]
    public void A_duplicate_id_names_the_kind_the_id_and_the_line_of_the_first()
    {
        var problem = Single(Items("one", "two", "one"), "PPA027");

        Assert.Equal("Another item already has the id \"one\" (line 2). Give this item an id of its own.", problem.Message);
        Assert.Equal("$.sections[0].items[2].id", problem.JsonPath);
    }

    [Fact]
    public void A_duplicate_id_in_a_big_scope_gets_the_same_message()
    {
        var ids = Many(40).Append("item-x3").ToArray();

        var problem = Single(Items(ids), "PPA027");

        Assert.Equal("Another item already has the id \"item-x3\" (line 5). Give this item an id of its own.", problem.Message);
        Assert.Equal("$.sections[0].items[40].id", problem.JsonPath);
    }

    [Fact]
    public void Ids_that_make_one_CSharp_name_name_both_ids_and_the_name()
    {
        var problem = Single(Items("one", "x12", "x-12"), "PPA028");

        Assert.Equal("The item ids \"x12\" and \"x-12\" both make the C# name X12. Rename one so that they differ by more than hyphens.", problem.Message);
        Assert.Equal("$.sections[0].items[2].id", problem.JsonPath);
    }

    [Fact]
    public void An_id_that_clashes_with_two_earlier_ids_is_reported_once_naming_the_first()
    {
        var result = Parse(Items("x12", "x-12", "x1-2"));

        Assert.Equal([("PPA028", "$.sections[0].items[1].id"), ("PPA028", "$.sections[0].items[2].id")], result.Problems.Select(p => (p.Id, p.JsonPath)));
        Assert.Equal("The item ids \"x12\" and \"x1-2\" both make the C# name X12. Rename one so that they differ by more than hyphens.", result.Problems[1].Message);
    }

    [Fact]
    public void A_z_that_starts_a_word_is_upper_cased_like_any_other_letter()
    {
        // plan-z makes PlanZ and planz makes Planz: different names, so no clash.
        Assert.Empty(Parse(Items("plan-z", "planz", "z-plan", "zplan")).Problems);
        Assert.False(PeerPractice.Agendas.AgendaRules.SamePascalName("plan-z", "planz"));
    }

    [Fact]
    public void Ids_that_make_one_CSharp_name_in_a_big_scope_get_the_same_message()
    {
        var ids = Many(40).Append("item-x-7").ToArray();

        var problem = Single(Items(ids), "PPA028");

        Assert.Equal("The item ids \"item-x7\" and \"item-x-7\" both make the C# name ItemX7. Rename one so that they differ by more than hyphens.", problem.Message);
    }

    [Fact]
    public void A_big_scope_reports_every_later_copy_and_every_later_clash()
    {
        // Two copies and two clashes after 40 distinct ids: each later entry is reported, none is skipped.
        var ids = Many(40).Concat(["item-x1", "item-x1", "item-x-2", "item-x-3"]).ToArray();

        var result = Parse(Items(ids));

        Assert.Equal(
            [("PPA027", "$.sections[0].items[40].id"), ("PPA027", "$.sections[0].items[41].id"), ("PPA028", "$.sections[0].items[42].id"), ("PPA028", "$.sections[0].items[43].id")],
            result.Problems.Select(p => (p.Id, p.JsonPath)));
    }

    [Fact]
    public void Exactly_32_ids_are_checked_pairwise_and_33_linearly_with_the_same_findings()
    {
        foreach (var count in new[] { 31, 32, 33 })
        {
            var ids = Many(count - 2).Concat(["item-x0", "item-x-1"]).ToArray();

            var result = Parse(Items(ids));

            Assert.Equal(
                [("PPA027", $"$.sections[0].items[{count - 2}].id"), ("PPA028", $"$.sections[0].items[{count - 1}].id")],
                result.Problems.Select(p => (p.Id, p.JsonPath)));
        }
    }

    [Fact]
    public void Min_above_max_says_both_numbers_and_the_fix()
    {
        var text = AgendaSamples.PeerBrainstorm.Replace("\"min\": 2, \"max\": 2", "\"min\": 3, \"max\": 2", StringComparison.Ordinal);

        var problem = Single(text, "PPA032");

        Assert.Equal("participants.min is 3 but participants.max is 2. Make min at most max.", problem.Message);
    }

    [Fact]
    public void Min_equal_to_max_is_accepted()
    {
        Assert.Contains("\"min\": 2, \"max\": 2", AgendaSamples.PeerBrainstorm, StringComparison.Ordinal);

        Assert.Empty(Parse(AgendaSamples.PeerBrainstorm).Problems);
    }

    [Fact]
    public void An_undeclared_role_lists_the_declared_ones()
    {
        var text = """
            { "id": "a", "title": "A", "format": "visit",
              "participants": { "min": 2, "max": 4, "roles": [ { "name": "host" }, { "name": "visitor" } ] },
              "sections": [ { "id": "s", "title": "S", "items": [ { "id": "tea", "prompt": "P", "turns": "role:guide", "timebox": "PT30M" } ] } ] }
            """;

        var problem = Single(text, "PPA033");

        Assert.Equal(
            "\"turns\" names the role \"guide\", which the agenda does not declare. Declared roles: \"host\", \"visitor\". Declare \"guide\" in participants.roles or use one of those.",
            problem.Message);
    }

    [Fact]
    public void A_role_turn_in_an_agenda_without_roles_says_how_to_declare_it()
    {
        var text = """
            { "id": "a", "title": "A", "format": "pair", "sections": [ { "id": "s", "title": "S", "items": [
              { "id": "tour", "prompt": "P", "turns": "role:host", "timebox": "PT30M" } ] } ] }
            """;

        var problem = Single(text, "PPA033");

        Assert.Equal(
            "\"turns\" names the role \"host\", which the agenda does not declare. The agenda declares no roles: add \"roles\": [ { \"name\": \"host\" } ] to \"participants\".",
            problem.Message);
    }

    [Fact]
    public void A_turn_for_the_last_of_several_declared_roles_is_accepted()
    {
        var text = """
            { "id": "a", "title": "A", "format": "visit",
              "participants": { "min": 2, "max": 4, "roles": [ { "name": "host" }, { "name": "visitor" } ] },
              "sections": [ { "id": "s", "title": "S", "items": [ { "id": "tea", "prompt": "P", "turns": "role:visitor", "timebox": "PT30M" } ] } ] }
            """;

        Assert.Empty(Parse(text).Problems);
    }

    [Fact]
    public void Timeboxes_that_fill_the_duration_exactly_do_not_overrun()
    {
        var text = """
            { "id": "a", "title": "A", "format": "pair", "duration": "PT12M",
              "sections": [ { "id": "s", "title": "S", "items": [
                { "id": "one", "prompt": "P", "turns": "each", "timebox": "PT5M" },
                { "id": "two", "prompt": "P", "turns": "open", "timebox": "PT2M" }
              ] } ] }
            """;

        Assert.Empty(Parse(text).Problems);
        Assert.Equal("PPA031", Assert.Single(Parse(text.Replace("PT12M", "PT11M", StringComparison.Ordinal)).Problems).Id);
    }

    [Fact]
    public void An_each_items_response_counts_once_per_participant_in_the_overrun_sum()
    {
        // (5 + 1) min for each of 2 participants = 12 min; a response counted once would give 11 min.
        var text = """
            { "id": "a", "title": "A", "format": "pair", "duration": "PT11M30S",
              "sections": [ { "id": "s", "title": "S", "items": [
                { "id": "one", "prompt": "P", "turns": "each", "timebox": "PT5M", "response": { "kind": "questions", "timebox": "PT1M" } }
              ] } ] }
            """;

        var problem = Single(text, "PPA031");

        Assert.Equal(
            "The timeboxes add up to 12 min with 2 participants, 30 s more than \"duration\" 11 min 30 s. Shorten timeboxes or lengthen the duration to at least 12 min.",
            problem.Message);
    }
}
