using static PeerPractice.Core.Tests.Agendas.ProblemAssert;

namespace PeerPractice.Core.Tests.Agendas;

/// <summary>
/// Each cross-field rule of <c>AgendaRules</c> guarded by a test that fails when the rule is removed or
/// weakened: one scope at a time for unique ids, the participant count the overrun sum uses, and the
/// cases where a rule must stay quiet because an earlier error makes it guess. Written from a mutation
/// audit (docs/testing.md): each test names the mutant it kills.
/// </summary>
public class AgendaRuleGuardTests
{
    private static string PeerBrainstormFromLibrary() =>
        File.ReadAllText(Path.Combine(TestPaths.RepositoryRoot, "src", "PeerPractice.Core", "Agendas", "Library", "peer-brainstorm.agenda.json"));

    // Kills: CheckUnique(scopes.Agreements, ...) removed. Before this test the mutant survived every test.
    [Fact]
    public void A_copy_of_peer_brainstorm_with_two_confidentiality_agreements_is_PPA027_on_the_second()
    {
        var original = PeerBrainstormFromLibrary();
        Assert.True(Parse(original).Succeeded, "the built-in agenda itself must be valid");
        var text = original.Replace("{ \"id\": \"candor\"", "{ \"id\": \"confidentiality\"", StringComparison.Ordinal);
        Assert.NotEqual(original, text);

        var result = Parse(text);

        var problem = Assert.Single(result.Problems);
        Assert.Equal(("PPA027", ProblemSeverity.Error, "$.agreements[1].id"), (problem.Id, problem.Severity, problem.JsonPath));
        Assert.Contains("agreement", problem.Message, StringComparison.Ordinal);
        Assert.Contains("\"confidentiality\"", problem.Message, StringComparison.Ordinal);
        Assert.False(result.Succeeded);
        Assert.Null(result.Value);
    }

    // Kills: CheckUnique(scopes.Agreements, ...) removed (the C# name half of the rule).
    [Fact]
    public void Agreement_ids_that_make_the_same_CSharp_name_are_PPA028()
    {
        var text = AgendaSamples.PeerBrainstorm.Replace(
            "{ \"id\": \"confidentiality\", \"text\": \"What we discuss stays between us.\" }",
            "{ \"id\": \"rule-1\", \"text\": \"One.\" }, { \"id\": \"rule1\", \"text\": \"Two.\" }",
            StringComparison.Ordinal);

        var problem = Assert.Single(Parse(text).Problems);

        Assert.Equal(("PPA028", "$.agreements[1].id"), (problem.Id, problem.JsonPath));
    }

    // Kills: CheckUnique(scopes.Sections, ...) removed.
    [Fact]
    public void Two_sections_with_one_id_are_PPA027_on_the_second()
    {
        var text = """
            { "id": "a", "title": "A", "format": "pair", "sections": [
              { "id": "part", "title": "S", "items": [ { "id": "one", "prompt": "P", "turns": "each", "timebox": "PT1M" } ] },
              { "id": "part", "title": "T", "items": [ { "id": "two", "prompt": "P", "turns": "each", "timebox": "PT1M" } ] }
            ] }
            """;

        var problem = Assert.Single(Parse(text).Problems);

        Assert.Equal(("PPA027", "$.sections[1].id"), (problem.Id, problem.JsonPath));
        Assert.Contains("section", problem.Message, StringComparison.Ordinal);
    }

    // Kills: CheckUnique(scopes.Roles, ...) removed.
    [Fact]
    public void Two_roles_with_one_name_are_PPA027_on_the_second()
    {
        var text = """
            { "id": "a", "title": "A", "format": "visit",
              "participants": { "min": 2, "max": 4, "roles": [ { "name": "host" }, { "name": "host" } ] },
              "sections": [ { "id": "s", "title": "S", "items": [ { "id": "tour", "prompt": "P", "turns": "role:host", "timebox": "PT30M" } ] } ] }
            """;

        var problem = Assert.Single(Parse(text).Problems);

        Assert.Equal(("PPA027", "$.participants.roles[1].name"), (problem.Id, problem.JsonPath));
        Assert.Contains("role", problem.Message, StringComparison.Ordinal);
    }

    // Kills: the IsFirstOccurrence(scope, i) guard on the name clash dropped, which reports a repeat
    // of a clashing id as a clash instead of as the duplicate it is.
    [Fact]
    public void A_repeated_id_that_also_clashes_is_reported_once_as_a_duplicate()
    {
        var items = string.Join(", ", new[] { "a-1", "a1", "a1" }.Select(id => $$"""{ "id": "{{id}}", "prompt": "P", "turns": "each", "timebox": "PT1M" }"""));
        var text = $$"""{ "id": "a", "title": "A", "format": "pair", "sections": [ { "id": "s", "title": "S", "items": [ {{items}} ] } ] }""";

        var result = Parse(text);

        Assert.Equal(
            [("PPA028", "$.sections[0].items[1].id"), ("PPA027", "$.sections[0].items[2].id")],
            result.Problems.Select(p => (p.Id, p.JsonPath)));
    }

    // Kills: the break after a duplicate (each later copy must be reported once, never the first).
    [Fact]
    public void Three_copies_of_an_id_give_one_PPA027_on_each_later_copy()
    {
        var items = string.Join(", ", Enumerable.Repeat("""{ "id": "same", "prompt": "P", "turns": "each", "timebox": "PT1M" }""", 3));
        var text = $$"""{ "id": "a", "title": "A", "format": "pair", "sections": [ { "id": "s", "title": "S", "items": [ {{items}} ] } ] }""";

        var result = Parse(text);

        Assert.Equal(
            [("PPA027", "$.sections[0].items[1].id"), ("PPA027", "$.sections[0].items[2].id")],
            result.Problems.Select(p => (p.Id, p.JsonPath)));
    }

    // Kills: "declared |=" weakened to "declared =" (only the last declared role would count).
    [Fact]
    public void A_turn_for_the_first_of_several_declared_roles_is_accepted()
    {
        var text = """
            { "id": "a", "title": "A", "format": "visit",
              "participants": { "min": 2, "max": 4, "roles": [ { "name": "host" }, { "name": "visitor" }, { "name": "guide" } ] },
              "sections": [ { "id": "s", "title": "S", "items": [ { "id": "tour", "prompt": "P", "turns": "role:host", "timebox": "PT30M" } ] } ] }
            """;

        var result = Parse(text);

        Assert.True(result.Succeeded, Describe(result));
        Assert.Empty(result.Problems);
    }

    // Kills: the RolesKnown guard removed (an unreadable participants object would add a guessed PPA033).
    [Fact]
    public void Role_turns_are_not_checked_when_participants_cannot_be_read()
    {
        var text = """
            { "id": "a", "title": "A", "format": "visit", "participants": "host and visitor",
              "sections": [ { "id": "s", "title": "S", "items": [ { "id": "tour", "prompt": "P", "turns": "role:host", "timebox": "PT30M" } ] } ] }
            """;

        var result = Parse(text);

        Assert.Equal([("PPA024", "$.participants")], result.Problems.Select(p => (p.Id, p.JsonPath)));
    }

    // Kills: the overrun sum using participants.min instead of participants.max.
    [Fact]
    public void The_overrun_sum_counts_each_items_at_the_maximum_number_of_participants()
    {
        var text = """
            { "id": "a", "title": "A", "format": "group", "participants": { "min": 2, "max": 4 }, "duration": "PT15M",
              "sections": [ { "id": "s", "title": "S", "items": [ { "id": "one", "prompt": "P", "turns": "each", "timebox": "PT5M" } ] } ] }
            """;

        var problem = Single(text, "PPA031");

        Assert.Contains("20 min with 4 participants", problem.Message, StringComparison.Ordinal);
        Assert.Contains("5 min more", problem.Message, StringComparison.Ordinal);
    }

    // Kills: an open item's response left out of the sum (it counts once, like the open timebox).
    [Fact]
    public void An_open_items_response_counts_once_in_the_overrun_sum()
    {
        var text = """
            { "id": "a", "title": "A", "format": "pair", "duration": "PT11M",
              "sections": [ { "id": "s", "title": "S", "items": [
                { "id": "one", "prompt": "P", "turns": "open", "timebox": "PT10M", "response": { "kind": "questions", "timebox": "PT2M" } }
              ] } ] }
            """;

        var result = Parse(text);

        Assert.Equal(["PPA031", "PPA038"], result.Problems.Select(p => p.Id).Order(StringComparer.Ordinal));
        Assert.Contains("12 min", result.Problems.Single(p => p.Id == "PPA031").Message, StringComparison.Ordinal);
    }

    // Kills: "return" weakened to "continue" for an unreadable timebox, which would sum the rest and warn.
    [Theory]
    [InlineData("\"timebox\": \"soon\"")]
    [InlineData("\"timebox\": \"PT1M\", \"response\": { \"kind\": \"questions\", \"timebox\": \"later\" }")]
    public void No_overrun_warning_is_guessed_from_a_sum_with_an_unreadable_timebox(string broken)
    {
        var text = $$"""
            { "id": "a", "title": "A", "format": "pair", "duration": "PT10M",
              "sections": [ { "id": "s", "title": "S", "items": [
                { "id": "one", "prompt": "P", "turns": "each", {{broken}} },
                { "id": "two", "prompt": "P", "turns": "each", "timebox": "PT20M" }
              ] } ] }
            """;

        var result = Parse(text);

        Assert.Equal(["PPA029"], result.Problems.Select(p => p.Id));
    }

    // Kills: mutants of the duration writer the overrun message uses (days, hours, minutes, seconds, zero).
    [Theory]
    [InlineData(0, 0, 0, 0, "0 min")]
    [InlineData(0, 0, 0, 90, "1 min 30 s")]
    [InlineData(0, 0, 9, 0, "9 min")]
    [InlineData(0, 1, 0, 0, "1 h")]
    [InlineData(0, 1, 30, 0, "1 h 30 min")]
    [InlineData(1, 0, 0, 0, "1 d")]
    [InlineData(1, 2, 0, 0, "1 d 2 h")]
    [InlineData(2, 0, 0, 5, "2 d 5 s")]
    [InlineData(0, 0, -4, -30, "-4 min 30 s")]
    public void Durations_in_messages_are_written_as_people_read_them(int days, int hours, int minutes, int seconds, string expected) =>
        Assert.Equal(expected, DurationText.Format(new TimeSpan(days, hours, minutes, seconds)));

    [Fact]
    public void Durations_round_to_whole_seconds() =>
        Assert.Equal(("1 min", "1 min 1 s", "0 min"), (DurationText.Format(TimeSpan.FromSeconds(59.6)), DurationText.Format(TimeSpan.FromSeconds(60.5)), DurationText.Format(TimeSpan.FromMilliseconds(400))));

    [Fact]
    public void The_overrun_message_speaks_to_people_not_in_ISO_8601()
    {
        var text = """
            { "id": "a", "title": "A", "format": "pair", "duration": "1h", "sections": [ { "id": "s", "title": "S", "items": [
              { "id": "one", "prompt": "P", "turns": "each", "timebox": "34m30s" } ] } ] }
            """;

        var problem = Single(text, "PPA031");

        Assert.Equal("The timeboxes add up to 1 h 9 min with 2 participants, 9 min more than \"duration\" 1 h. Shorten timeboxes or lengthen the duration to at least 1 h 9 min.", problem.Message);
    }
}
