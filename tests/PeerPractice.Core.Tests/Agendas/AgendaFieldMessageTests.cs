using PeerPractice.Agendas;
using static PeerPractice.Core.Tests.Agendas.ProblemAssert;

namespace PeerPractice.Core.Tests.Agendas;

/// <summary>
/// The whole message of every field-level problem of the agenda binder (missing, wrong type, empty,
/// unknown values, bad durations and cadences, kebab-case suggestions, "did you mean"), with its id and
/// JSON path: what an author reads to fix the file. Written from Stryker's survivors in
/// <c>Agendas/Parsing</c> (docs/testing.md), where the tests checked ids and paths but not the words.
/// </summary>
public class AgendaFieldMessageTests
{
    private const string Root = "{ \"id\": \"a\", \"title\": \"A\", \"format\": \"pair\", ROOT\"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"items\": [ ITEM ] } ] }";
    private const string GoodItem = "{ \"id\": \"one\", \"prompt\": \"P\", \"turns\": \"each\", \"timebox\": \"PT1M\" }";

    /// <summary>An agenda with extra root members (each followed by a comma) and the given item.</summary>
    private static string Agenda(string root = "", string item = GoodItem) =>
        Root.Replace("ROOT", root, StringComparison.Ordinal).Replace("ITEM", item, StringComparison.Ordinal);

    private static string Item(string members) => "{ \"id\": \"one\", \"prompt\": \"P\", " + members + " }";

    private static string[] Problems(string text) =>
        Parse(text).Problems.Select(p => p.Id + " " + p.JsonPath + " | " + p.Message).ToArray();

    [Theory]
    [InlineData("[1]", "an array")]
    [InlineData("\"agenda\"", "a string")]
    [InlineData("5", "a number")]
    [InlineData("true", "true")]
    [InlineData("false", "false")]
    [InlineData("null", "null")]
    public void A_document_that_is_not_an_object_is_PPA020_naming_what_it_is(string text, string what) =>
        Assert.Equal(
            ["PPA020 $ | This is valid JSON but not an agenda: an agenda file holds one object { \"id\": ..., \"title\": ..., \"format\": ..., \"sections\": [...] }, not " + what + "."],
            Problems(text));

    [Fact]
    public void An_object_with_no_agenda_property_is_PPA020_and_nothing_else()
    {
        var problem = Assert.Single(Parse("\n  {\"name\": \"x\", \"items\": []}").Problems);

        Assert.Equal("PPA020 $ | This JSON object is not an agenda: it has none of the agenda's properties. Start from a built-in agenda: { \"id\": ..., \"title\": ..., \"format\": ..., \"sections\": [...] }.", problem.Id + " " + problem.JsonPath + " | " + problem.Message);
        Assert.Equal((2, 3, 1), (problem.Line, problem.Column, problem.Span.Length));
    }

    [Fact]
    public void An_empty_object_is_read_field_by_field_and_says_what_each_missing_field_is_for() =>
        Assert.Equal(
            [
                "PPA022 $.id | Add \"id\" to the agenda: the agenda's kebab-case id, such as \"peer-brainstorm\".",
                "PPA022 $.title | Add \"title\" to the agenda: the agenda's title, shown to people.",
                "PPA022 $.format | Add \"format\" to the agenda: \"pair\", \"group\" or \"visit\".",
                "PPA034 $.sections | The agenda has no \"sections\". Add \"sections\": [ { \"id\": ..., \"title\": ..., \"items\": [...] } ] with at least one section.",
            ],
            Problems("{}"));

    [Fact]
    public void Missing_fields_inside_the_agenda_name_their_owner_by_path() =>
        Assert.Equal(
            [
                "PPA022 $.participants.min | Add \"min\" to $.participants: the fewest participants a session may start with, such as 2.",
                "PPA022 $.participants.max | Add \"max\" to $.participants: the most participants a session may have, such as 2.",
                "PPA022 $.participants.roles[0].name | Add \"name\" to $.participants.roles[0]: the role's kebab-case name, such as \"host\".",
                "PPA022 $.agreements[0].id | Add \"id\" to $.agreements[0]: the agreement's kebab-case id, such as \"confidentiality\".",
                "PPA022 $.agreements[0].text | Add \"text\" to $.agreements[0]: the words every participant acknowledges.",
                "PPA022 $.sections[0].items[0].id | Add \"id\" to $.sections[0].items[0]: the item's kebab-case id, such as \"biggest-problem\".",
                "PPA022 $.sections[0].items[0].prompt | Add \"prompt\" to $.sections[0].items[0]: the question or activity, as shown to people.",
                "PPA022 $.sections[0].items[0].turns | Add \"turns\" to $.sections[0].items[0]: who speaks: \"each\", \"open\" or \"role:NAME\".",
                "PPA022 $.sections[0].items[0].timebox | Add \"timebox\" to $.sections[0].items[0]: how long each speaker has (for \"each\") or the whole item has, such as \"PT5M\".",
            ],
            Problems(Agenda("\"participants\": { \"roles\": [ {} ] }, \"agreements\": [ {} ], ", "{}")));

    [Fact]
    public void Missing_section_and_response_fields_say_what_they_are_for() =>
        Assert.Equal(
            [
                "PPA022 $.sections[0].id | Add \"id\" to $.sections[0]: the section's kebab-case id, such as \"opportunities\".",
                "PPA022 $.sections[0].title | Add \"title\" to $.sections[0]: the section's title, shown to people.",
                "PPA035 $.sections[0].items | The section has no \"items\". Add \"items\": [ { \"id\": ..., \"prompt\": ..., \"turns\": ..., \"timebox\": ... } ] with at least one item.",
                "PPA022 $.sections[1].items[0].response.kind | Add \"kind\" to $.sections[1].items[0].response: what the listeners give back: \"perspective\", \"suggestions\" or \"questions\".",
                "PPA022 $.sections[1].items[0].response.timebox | Add \"timebox\" to $.sections[1].items[0].response: how long the listeners have, such as \"PT3M\".",
            ],
            Problems("{ \"id\": \"a\", \"title\": \"A\", \"format\": \"pair\", \"sections\": [ {}, { \"id\": \"t\", \"title\": \"T\", \"items\": [ " + Item("\"turns\": \"each\", \"timebox\": \"PT1M\", \"response\": {}") + " ] } ] }"));

    [Fact]
    public void Empty_sections_and_items_say_what_to_add() =>
        Assert.Equal(
            [
                "PPA034 $.sections | The agenda's \"sections\" is empty. Add at least one section with at least one item.",
            ],
            Problems("{ \"id\": \"a\", \"title\": \"A\", \"format\": \"pair\", \"sections\": [] }"))
        ;

    [Fact]
    public void An_empty_items_array_says_to_add_an_item_or_delete_the_section() =>
        Assert.Equal(
            ["PPA035 $.sections[0].items | The section's \"items\" is empty. Add at least one item, or delete the section."],
            Problems("{ \"id\": \"a\", \"title\": \"A\", \"format\": \"pair\", \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"items\": [] } ] }"));

    [Fact]
    public void Wrong_types_name_the_field_the_expected_type_what_was_found_and_the_fix() =>
        Assert.Equal(
            [
                "PPA024 $.$schema | \"$schema\" must be text in double quotes, found the number 1. Put the value in double quotes.",
                "PPA024 $.summary | \"summary\" must be text in double quotes, found null. Write a value, or delete the property if it is optional.",
                "PPA024 $.participants.min | \"min\" must be a whole number, found true. Change the value to that type.",
                "PPA024 $.participants.max | \"max\" must be a whole number, found text \"2\". Change the value to that type.",
                "PPA024 $.participants.roles | \"roles\" must be an array [ ... ], found an object. Change the value to that type.",
                "PPA024 $.agreements[0] | Each agreement must be an object { ... }, found false. Change the value to that type.",
                "PPA024 $.rotation | \"rotation\" must be text in double quotes, found an array. Change the value to that type.",
                "PPA024 $.opener | \"opener\" must be text in double quotes, found true. Put the value in double quotes.",
                "PPA024 $.closing.actionItems | \"actionItems\" must be true or false, found text \"yes\". Change the value to that type.",
                "PPA024 $.sections[0].items[0].guidance | \"guidance\" must be text in double quotes, found the number 2.5. Put the value in double quotes.",
            ],
            Problems(Agenda(
                "\"$schema\": 1, \"summary\": null, \"participants\": { \"min\": true, \"max\": \"2\", \"roles\": {} }, \"agreements\": [ false ], \"rotation\": [], \"opener\": true, \"closing\": { \"actionItems\": \"yes\" }, ",
                Item("\"turns\": \"each\", \"timebox\": \"PT1M\", \"guidance\": 2.5"))));

    [Fact]
    public void Containers_of_the_wrong_type_are_named_in_words()
    {
        Assert.Equal(
            [
                "PPA024 $.participants | \"participants\" must be an object { ... }, found the number 2. Change the value to that type.",
                "PPA024 $.agreements | \"agreements\" must be an array [ ... ], found text \"none\". Change the value to that type.",
                "PPA024 $.closing | \"closing\" must be an object { ... }, found an array. Change the value to that type.",
                "PPA024 $.sections | \"sections\" must be an array [ ... ], found an object. Change the value to that type.",
            ],
            Problems("{ \"id\": \"a\", \"title\": \"A\", \"format\": \"pair\", \"participants\": 2, \"agreements\": \"none\", \"closing\": [], \"sections\": {} }"));
        Assert.Equal(
            [
                "PPA024 $.sections[0] | Each section must be an object { ... }, found the number 1. Change the value to that type.",
                "PPA024 $.sections[1].items | \"items\" must be an array [ ... ], found null. Write a value, or delete the property if it is optional.",
                "PPA024 $.sections[2].items[0] | Each item must be an object { ... }, found an array. Change the value to that type.",
                "PPA024 $.sections[2].items[1].response | \"response\" must be an object { ... }, found text \"yes\". Change the value to that type.",
            ],
            Problems("{ \"id\": \"a\", \"title\": \"A\", \"format\": \"pair\", \"sections\": [ 1, { \"id\": \"s\", \"title\": \"S\", \"items\": null }, { \"id\": \"t\", \"title\": \"T\", \"items\": [ [], " + Item("\"turns\": \"each\", \"timebox\": \"PT1M\", \"response\": \"yes\"") + " ] } ] }"));
    }

    [Fact]
    public void Blank_text_is_PPA023_and_optional_text_may_instead_be_deleted() =>
        Assert.Equal(
            [
                "PPA023 $.title | \"title\" is empty. Write the agenda's title, shown to people.",
                "PPA023 $.summary | \"summary\" is empty. Write one or two sentences on what the agenda is for, or delete the property.",
                "PPA023 $.participants.roles[0].description | \"description\" is empty. Write what the role does, or delete the property.",
            ],
            Problems("{ \"id\": \"a\", \"title\": \" \\t\\u00a0\\u2000\\u200a\\u3000\\ufeff\\u205f\", \"format\": \"group\", \"summary\": \"\\n\", \"participants\": { \"min\": 3, \"max\": 4, \"roles\": [ { \"name\": \"host\", \"description\": \"\\u2028\" } ] }, \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"items\": [ " + GoodItem + " ] } ] }"));

    [Theory]
    [InlineData("\\u200b")]
    [InlineData("\\u200ba")]
    [InlineData(" x ")]
    public void Text_with_any_visible_character_is_not_blank(string title) =>
        Assert.Empty(Problems("{ \"id\": \"a\", \"title\": \"" + title + "\", \"format\": \"pair\", \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"items\": [ " + GoodItem + " ] } ] }"));

    [Theory]
    [InlineData("0")]
    [InlineData("1001")]
    [InlineData("2.5")]
    [InlineData("-3")]
    [InlineData("1e4")]
    public void A_participant_count_outside_1_to_1000_or_with_a_fraction_is_PPA036(string count) =>
        Assert.Equal(
            ["PPA036 $.participants.min | \"min\" must be a whole number from 1 to 1000, found " + count + "."],
            Problems(Agenda("\"participants\": { \"min\": " + count + ", \"max\": 2 }, ")).Where(p => !p.StartsWith("PPA032", StringComparison.Ordinal)));

    [Theory]
    [InlineData("1", "1", 1)]
    [InlineData("1000", "1000", 1000)]
    [InlineData("2.0", "2e0", 2)]
    public void Whole_counts_from_1_to_1000_are_read_however_they_are_written(string min, string max, int expected)
    {
        var result = Parse(Agenda("\"participants\": { \"min\": " + min + ", \"max\": " + max + " }, "));

        Assert.True(result.Succeeded, Describe(result));
        Assert.Equal(expected, result.Value!.Participants.Min);
    }

    [Theory]
    [InlineData("\"format\": \"trio\"", "PPA025 $.format | \"format\" is \"trio\". Use \"pair\" (two peers), \"group\" (a small group) or \"visit\" (a site visit with host and visitor roles).")]
    [InlineData("\"format\": \"pair\", \"rotation\": \"random\"", "PPA025 $.rotation | \"rotation\" is \"random\". Use \"alternate\", \"fixed\" or \"round-robin\".")]
    [InlineData("\"format\": \"pair\", \"opener\": \"loudest\"", "PPA025 $.opener | \"opener\" is \"loudest\". Use \"given\" (the first participant given opens) or \"quieter-first\" (the person with the least floor time over the series opens).")]
    [InlineData("\"format\": \"pair\", \"cadence\": \"P0M\"", "PPA030 $.cadence | \"cadence\" is \"P0M\", which is not longer than zero. Write a positive period such as P1M.")]
    [InlineData("\"format\": \"pair\", \"cadence\": \"-P1M\"", "PPA030 $.cadence | \"cadence\" is \"-P1M\", which is not longer than zero. Write a positive period such as P1M.")]
    [InlineData("\"format\": \"pair\", \"cadence\": \"monthly\"", "PPA037 $.cadence | \"cadence\" is \"monthly\", which is not a cadence. Write an ISO 8601 period in years, months, weeks and days, such as P1M (monthly), P3M (quarterly) or P2W (every two weeks).")]
    [InlineData("\"format\": \"pair\", \"cadence\": 3", "PPA024 $.cadence | \"cadence\" must be text in double quotes, found the number 3. Put the value in double quotes.")]
    [InlineData("\"format\": \"pair\", \"duration\": \"PT0M\"", "PPA030 $.duration | \"duration\" is \"PT0M\", which is not longer than zero. Write a positive duration such as 5m or PT5M.")]
    [InlineData("\"format\": \"pair\", \"duration\": \"P1M\"", "PPA029 $.duration | \"duration\" is \"P1M\", which is not a duration. Years, months and weeks have no fixed length here; use days, hours, minutes and seconds, such as P1DT2H or PT90M.")]
    [InlineData("\"format\": \"pair\", \"duration\": \"P1Y\"", "PPA029 $.duration | \"duration\" is \"P1Y\", which is not a duration. Years, months and weeks have no fixed length here; use days, hours, minutes and seconds, such as P1DT2H or PT90M.")]
    [InlineData("\"format\": \"pair\", \"duration\": \"P2W\"", "PPA029 $.duration | \"duration\" is \"P2W\", which is not a duration. Years, months and weeks have no fixed length here; use days, hours, minutes and seconds, such as P1DT2H or PT90M.")]
    [InlineData("\"format\": \"pair\", \"duration\": \"PT5M1W\"", "PPA029 $.duration | \"duration\" is \"PT5M1W\", which is not a duration. Write a duration such as 5m, 1h30m or 90s (whole numbers with h, m and s, in that order), or ISO 8601 such as PT5M or PT1H30M.")]
    [InlineData("\"format\": \"pair\", \"duration\": \"1h30\"", "PPA029 $.duration | \"duration\" is \"1h30\", which is not a duration. Write a duration such as 5m, 1h30m or 90s (whole numbers with h, m and s, in that order), or ISO 8601 such as PT5M or PT1H30M.")]
    public void Unknown_values_and_bad_periods_say_what_is_allowed(string members, string expected) =>
        Assert.Equal(
            [expected],
            Problems("{ \"id\": \"a\", \"title\": \"A\", " + members + ", \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"items\": [ " + GoodItem + " ] } ] }"));

    [Theory]
    [InlineData("\"turns\": \"everyone\"", "PPA025 $.sections[0].items[0].turns | \"turns\" is \"everyone\". Use \"each\" (everyone in turn), \"open\" (free discussion) or \"role:NAME\" (only that role speaks, such as \"role:host\").")]
    [InlineData("\"turns\": \"role:\"", "PPA025 $.sections[0].items[0].turns | \"turns\" is \"role:\". Use \"each\" (everyone in turn), \"open\" (free discussion) or \"role:NAME\" (only that role speaks, such as \"role:host\").")]
    [InlineData("\"turns\": \"Role:host\"", "PPA025 $.sections[0].items[0].turns | \"turns\" is \"Role:host\". Use \"each\" (everyone in turn), \"open\" (free discussion) or \"role:NAME\" (only that role speaks, such as \"role:host\").")]
    [InlineData("\"turns\": \"role:Host\"", "PPA026 $.sections[0].items[0].turns | The role in \"turns\" is \"Host\", which is not kebab-case. Use lower-case ASCII letters and digits in words joined by single hyphens, starting with a letter, such as \"host\".")]
    [InlineData("\"turns\": \"each\", \"response\": { \"kind\": \"praise\", \"timebox\": \"PT1M\" }", "PPA025 $.sections[0].items[0].response.kind | \"kind\" is \"praise\". Use \"perspective\", \"suggestions\" or \"questions\".")]
    [InlineData("\"turns\": \"open\", \"response\": { \"kind\": \"questions\", \"timebox\": \"PT1M\" }", "PPA038 $.sections[0].items[0].response | This item is an open discussion, so there is no speaker for \"response\" to follow and it will be ignored. Delete \"response\", or make \"turns\" \"each\".")]
    public void Turns_and_responses_say_what_is_allowed(string members, string expected) =>
        Assert.Equal([expected], Problems(Agenda(item: Item(members + ", \"timebox\": \"PT1M\""))));

    [Theory]
    [InlineData("Big Problem", "such as \"big-problem\".")]
    [InlineData("bigProblem", "such as \"big-problem\".")]
    [InlineData("BIG__problem!", "such as \"b-i-g-problem\".")]
    [InlineData("a--b", "such as \"a-b\".")]
    [InlineData("-a-", "such as \"a\".")]
    [InlineData("9lives", "starting with a letter.")]
    [InlineData("--", "starting with a letter.")]
    [InlineData("caf\u00e9", "such as \"caf\".")]
    [InlineData("Agenda Zone", "such as \"agenda-zone\".")]
    [InlineData("bigApple", "such as \"big-apple\".")]
    [InlineData("bigZoo", "such as \"big-zoo\".")]
    [InlineData("fizz_Buzz", "such as \"fizz-buzz\".")]
    [InlineData("Room 101", "such as \"room-101\".")]
    public void An_id_that_is_not_kebab_case_is_PPA026_with_a_suggestion_when_one_exists(string id, string ending) =>
        Assert.Equal(
            ["PPA026 $.id | \"id\" is \"" + id + "\", which is not kebab-case. Use lower-case ASCII letters and digits in words joined by single hyphens, " + (ending.StartsWith("such", StringComparison.Ordinal) ? "starting with a letter, " + ending : ending)],
            Problems("{ \"id\": \"" + id + "\", \"title\": \"A\", \"format\": \"pair\", \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"items\": [ " + GoodItem + " ] } ] }"));

    [Fact]
    public void Ids_inside_the_agenda_that_are_not_kebab_case_name_their_field_in_quotes() =>
        Assert.Equal(
            [
                "PPA026 $.participants.roles[0].name | \"name\" is \"Host\", which is not kebab-case. Use lower-case ASCII letters and digits in words joined by single hyphens, starting with a letter, such as \"host\".",
                "PPA026 $.sections[0].id | \"id\" is \"Ideas\", which is not kebab-case. Use lower-case ASCII letters and digits in words joined by single hyphens, starting with a letter, such as \"ideas\".",
            ],
            Problems("{ \"id\": \"a\", \"title\": \"A\", \"format\": \"pair\", \"participants\": { \"min\": 2, \"max\": 2, \"roles\": [ { \"name\": \"Host\" } ] }, \"sections\": [ { \"id\": \"Ideas\", \"title\": \"S\", \"items\": [ " + GoodItem + " ] } ] }"));

    [Fact]
    public void A_misspelt_property_gets_the_nearest_allowed_name_within_two_edits()
    {
        const string RootNames = "Allowed: $schema, id, title, summary, format, participants, duration, cadence, agreements, rotation, opener, sections, closing.";
        Assert.Equal(
            [
                "PPA021 $.Titel | \"Titel\" is not a property of an agenda. Did you mean \"title\"? " + RootNames,
                "PPA021 $.formats | \"formats\" is not a property of an agenda. Did you mean \"format\"? " + RootNames,
                "PPA021 $.xyz | \"xyz\" is not a property of an agenda. " + RootNames,
                "PPA021 $.colour | \"colour\" is not a property of an agenda. " + RootNames,
                "PPA021 $.xle | \"xle\" is not a property of an agenda. " + RootNames, // three edits from "title": no suggestion
                "PPA021 $.closing.actionItem | \"actionItem\" is not a property of \"closing\". Did you mean \"actionItems\"? Allowed: actionItems, scheduleNext.",
                "PPA021 $.sections[0].name | \"name\" is not a property of a section. Allowed: id, title, items.",
                "PPA021 $.sections[0].items[0].timeboxes | \"timeboxes\" is not a property of an item. Did you mean \"timebox\"? Allowed: id, prompt, turns, timebox, response, guidance.",
            ],
            Problems("{ \"id\": \"a\", \"Titel\": \"A\", \"title\": \"A\", \"formats\": 1, \"format\": \"pair\", \"xyz\": 1, \"colour\": 1, \"xle\": 1, \"closing\": { \"actionItem\": true }, \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"name\": 1, \"items\": [ "
                + Item("\"turns\": \"each\", \"timebox\": \"PT1M\", \"timeboxes\": 1") + " ] } ] }"));
    }

    [Fact]
    public void A_short_name_with_nothing_in_common_gets_no_suggestion_even_beside_short_names()
    {
        // "zz" is three edits from "min" and "max" and four from "roles": counting from the first letter of each, no suggestion.
        Assert.Equal(
            ["PPA021 $.participants.zz | \"zz\" is not a property of \"participants\". Allowed: min, max, roles."],
            Problems(Agenda("\"participants\": { \"min\": 2, \"max\": 2, \"zz\": 1 }, ")));
    }

    [Fact]
    public void Unknown_names_in_participants_roles_agreements_and_responses_list_what_is_allowed() =>
        Assert.Equal(
            [
                "PPA021 $.participants.mini | \"mini\" is not a property of \"participants\". Did you mean \"min\"? Allowed: min, max, roles.",
                "PPA021 $.participants.roles[0].title | \"title\" is not a property of a role. Allowed: name, description.",
                "PPA021 $.agreements[0].txt | \"txt\" is not a property of an agreement. Did you mean \"text\"? Allowed: id, text.",
                "PPA021 $.sections[0].items[0].response.kinds | \"kinds\" is not a property of \"response\". Did you mean \"kind\"? Allowed: kind, timebox.",
            ],
            Problems(Agenda(
                "\"participants\": { \"min\": 2, \"max\": 2, \"mini\": 1, \"roles\": [ { \"name\": \"host\", \"title\": \"x\" } ] }, \"agreements\": [ { \"id\": \"c\", \"text\": \"T\", \"txt\": 1 } ], ",
                Item("\"turns\": \"each\", \"timebox\": \"PT1M\", \"response\": { \"kind\": \"questions\", \"timebox\": \"PT1M\", \"kinds\": 1 }"))));

    [Fact]
    public void A_very_long_unknown_name_gets_no_suggestion_and_is_shortened()
    {
        var name = "title" + new string('x', 70);

        var message = Assert.Single(Parse(Agenda("\"" + name + "\": 1, ")).Problems).Message;

        Assert.Equal("\"" + name[..60] + "...\" is not a property of an agenda. Allowed: $schema, id, title, summary, format, participants, duration, cadence, agreements, rotation, opener, sections, closing.", message);
    }

    [Fact]
    public void Required_text_and_a_duration_of_the_wrong_type_are_one_problem_each_naming_the_field_in_quotes() =>
        Assert.Equal(
            [
                "PPA024 $.title | \"title\" must be text in double quotes, found true. Put the value in double quotes.",
                "PPA024 $.duration | \"duration\" must be text in double quotes, found false. Put the value in double quotes.",
                "PPA024 $.sections[0].items[0].prompt | \"prompt\" must be text in double quotes, found null. Write a value, or delete the property if it is optional.",
                "PPA024 $.sections[0].items[0].timebox | \"timebox\" must be text in double quotes, found true. Put the value in double quotes.",
            ],
            Problems("{ \"id\": \"a\", \"title\": true, \"format\": \"pair\", \"duration\": false, \"sections\": [ { \"id\": \"s\", \"title\": \"S\", \"items\": [ { \"id\": \"one\", \"prompt\": null, \"turns\": \"each\", \"timebox\": true } ] } ] }"));

    [Fact]
    public void A_duration_with_a_second_T_is_judged_by_the_part_before_the_first_T() =>
        Assert.Equal(
            ["PPA029 $.duration | \"duration\" is \"PT5MT1M\", which is not a duration. Write a duration such as 5m, 1h30m or 90s (whole numbers with h, m and s, in that order), or ISO 8601 such as PT5M or PT1H30M."],
            Problems(Agenda("\"duration\": \"PT5MT1M\", ")));

    [Fact]
    public void A_missing_field_is_located_at_the_first_character_of_its_owner()
    {
        var text = "{ \"id\": \"a\", \"title\": \"A\", \"format\": \"pair\",\n  \"participants\": { \"max\": 2 },\n  \"sections\": [ { \"id\": \"s\", \"title\": \"S\" } ] }";
        var problems = Parse(text).Problems;

        // The owner's opening brace: one character, at line 2 column 19 and line 3 column 17.
        Assert.Equal(
            [
                ("PPA022", "$.participants.min", new SourceSpan(63, 1, 2, 19, 2, 20)),
                ("PPA035", "$.sections[0].items", new SourceSpan(93, 1, 3, 17, 3, 18)),
            ],
            problems.Select(p => (p.Id, p.JsonPath, p.Span)));
        var missingSections = Assert.Single(Parse("\n  { \"id\": \"a\", \"title\": \"A\", \"format\": \"pair\" }").Problems);
        Assert.Equal(("PPA034", new SourceSpan(3, 1, 2, 3, 2, 4)), (missingSections.Id, missingSections.Span));
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("1")]
    [InlineData("[ 1 ]")]
    [InlineData("[ {} ]")]
    [InlineData("[ { \"name\": \"Host\" } ]")]
    public void A_role_list_that_cannot_be_read_whole_does_not_also_call_a_role_item_undeclared(string roles)
    {
        var text = Agenda("\"participants\": { \"min\": 2, \"max\": 2, \"roles\": " + roles + " }, ", Item("\"turns\": \"role:host\", \"timebox\": \"PT1M\""));

        var problem = Assert.Single(Parse(text).Problems);

        Assert.StartsWith("$.participants.roles", problem.JsonPath, StringComparison.Ordinal);
        Assert.Contains(problem.Id, new[] { "PPA022", "PPA024", "PPA026" });
    }

    [Fact]
    public void Closing_defaults_to_both_steps_and_each_can_be_turned_off()
    {
        Assert.Equal(new ClosingRule(true, true), Parse(Agenda()).Value!.Closing);
        Assert.Equal(new ClosingRule(false, true), Parse(Agenda("\"closing\": { \"actionItems\": false }, ")).Value!.Closing);
        Assert.Equal(new ClosingRule(true, false), Parse(Agenda("\"closing\": { \"scheduleNext\": false }, ")).Value!.Closing);
    }
}
