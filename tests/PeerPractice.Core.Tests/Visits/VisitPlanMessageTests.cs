using PeerPractice.Samples;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice.Core.Tests.Visits;

/// <summary>
/// What a planner reads when a visit-plan file is wrong: every problem's id, place and whole message,
/// part by part of the format, and the values the loader fills in when optional parts are left out.
/// </summary>
public class VisitPlanMessageTests
{
    /// <summary>The smallest valid plan, shared with <see cref="VisitPlanFileTests"/>.</summary>
    private const string Minimal = VisitPlanFileTests.Minimal;

    // Each case: a label, the text put in place of "team": [...] (a part of the plan), the problems.
    public static TheoryData<string, string, string> Cases() => new()
    {
        { "schema not a string", "\"$schema\": 5, \"team\": []", "PPV001 $.$schema (8,14): \"$schema\" is the number 5; write text in double quotes." },
        { "objectives not an array", "\"objectives\": {}, \"team\": []", "PPV001 $.objectives (8,17): \"objectives\" is an object. Write an array of objectives, such as [{ \"question\": \"How did you cut major incidents?\", \"why\": \"...\" }]." },
        { "an objective not an object", "\"objectives\": [1], \"team\": []", "PPV001 $.objectives[0] (8,18): The element $.objectives[0] is the number 1. Write an objective object, such as { \"question\": \"How did you cut major incidents?\", \"why\": \"...\" }." },
        { "an objective without a question", "\"objectives\": [{ \"why\": \"x\", \"ask\": 1 }], \"team\": []", "PPV002 $.objectives[0].question (8,18): Missing \"question\" at $.objectives[0]; add it.\nPPV006 $.objectives[0].ask (8,32): Unknown property \"ask\"; it would be ignored. Fix its spelling or delete it (expected question or why)." },
        { "targets", "\"targets\": [{ \"score\": 3, \"rank\": 1 }, 2], \"team\": []", "PPV002 $.targets[0].organization (8,15): Missing \"organization\" at $.targets[0]; add it.\nPPV006 $.targets[0].rank (8,29): Unknown property \"rank\"; it would be ignored. Fix its spelling or delete it (expected organization, score, objectives, hosts or reasons).\nPPV001 $.targets[1] (8,42): The element $.targets[1] is the number 2. Write a target object, such as { \"organization\": \"Contoso Care\", \"score\": 91 }." },
        { "targets not an array", "\"targets\": 5, \"team\": []", "PPV001 $.targets (8,14): \"targets\" is the number 5. Write an array of targets, such as [{ \"organization\": \"Contoso Care\", \"score\": 91 }]." },
        { "slots", "\"slots\": [{ \"title\": \"Tour\", \"room\": 1 }, { \"offset\": \"PT0M\", \"duration\": \"PT0M\", \"title\": \"Zero\" }, { \"offset\": \"half an hour\", \"duration\": \"PT1H\", \"title\": \"Odd\" }, { \"offset\": \"-PT30M\", \"duration\": \"PT1H\", \"title\": \"Early\" }, { \"offset\": \"PT0M\", \"duration\": \"PT1H\", \"title\": \"Golf\", \"topic\": \"golf\" }], \"team\": []", "PPV002 $.slots[0].offset (8,13): Missing \"offset\" at $.slots[0]; add it.\nPPV002 $.slots[0].duration (8,13): Missing \"duration\" at $.slots[0]; add it.\nPPV006 $.slots[0].room (8,32): Unknown property \"room\"; it would be ignored. Fix its spelling or delete it (expected offset, duration, title, topic, hostPeople or questionTimeEach).\nPPV008 $.slots[1].duration (8,77): \"duration\" must be longer than zero, such as PT30M.\nPPV008 $.slots[2].offset (8,116): \"half an hour\" is not an ISO 8601 duration; write it like PT30M or PT1H30M.\nPPV008 $.slots[3].offset (8,182): \"offset\" must be longer than zero, such as PT30M.\nPPV009 $.slots[4].topic (8,298): Unknown topic \"golf\"; use one of workforce-talent, service-management, customer-experience, roi-measurement, cybersecurity, cultural-dynamics, ai-integration, business-alignment, mobile-technology, security, social-networking, fostering-innovation, it-as-profit-center, life-as-a-cio, standardization, digital-partnership, it-governance, cloud-migration, data-analytics, vendor-management, budget-pressure." },
        { "slots an object with members", "\"slots\": { \"a\": 1, \"b\": { \"offset\": \"PT0M\", \"duration\": \"PT1H\", \"title\": \"Tour\" } }, \"team\": []", "PPV001 $.slots (8,12): \"slots\" is an object. Write an array of slots, such as [{ \"offset\": \"PT30M\", \"duration\": \"PT1H\", \"title\": \"Service desk\" }]." },
        { "questionnaire an array with elements", "\"questionnaire\": [1, { \"sendBy\": \"2026-11-24\" }], \"team\": []", "PPV001 $.questionnaire (8,20): \"questionnaire\" is an array. Write { \"sendBy\": \"2026-11-24\", \"questions\": [...] }." },
        { "team an object with members", "\"team\": { \"a\": 1, \"b\": { \"id\": \"bo\", \"name\": \"Bo\" } }", "PPV001 $.team (8,11): \"team\" is an object. Write an array of people, such as [{ \"id\": \"ana\", \"name\": \"Ana Moreno\", \"role\": \"CIO\" }]." },
        { "slots not an array", "\"slots\": {}, \"team\": []", "PPV001 $.slots (8,12): \"slots\" is an object. Write an array of slots, such as [{ \"offset\": \"PT30M\", \"duration\": \"PT1H\", \"title\": \"Service desk\" }]." },
        { "questionnaire", "\"questionnaire\": { \"sendBy\": \"24.11.2026\", \"questions\": 5, \"due\": 1 }, \"team\": []", "PPV008 $.questionnaire.sendBy (8,32): \"24.11.2026\" is not a date; write it like 2026-11-24.\nPPV001 $.questionnaire.questions (8,59): \"questions\" is the number 5. Write an array of strings, such as [\"a\", \"b\"].\nPPV006 $.questionnaire.due (8,62): Unknown property \"due\"; it would be ignored. Fix its spelling or delete it (expected sendBy or questions)." },
        { "questionnaire not an object", "\"questionnaire\": [], \"team\": []", "PPV001 $.questionnaire (8,20): \"questionnaire\" is an array. Write { \"sendBy\": \"2026-11-24\", \"questions\": [...] }." },
        { "debrief", "\"debrief\": { \"start\": [], \"later\": 1 }, \"team\": []", "PPV006 $.debrief.later (8,29): Unknown property \"later\"; it would be ignored. Fix its spelling or delete it (expected start, stop, continue or report)." },
        { "debrief not an object", "\"debrief\": 5, \"team\": []", "PPV001 $.debrief (8,14): \"debrief\" is the number 5. Write { \"start\": [...], \"stop\": [...], \"continue\": [...], \"report\": \"...\" }." },
        { "follow-up", "\"followUp\": { \"articles\": [{ \"url\": \"u\", \"by\": 1 }, 3], \"calls\": [{ \"held\": true, \"room\": 1 }, \"x\"], \"visits\": 1 }, \"team\": []", "PPV002 $.followUp.articles[0].title (8,30): Missing \"title\" at $.followUp.articles[0]; add it.\nPPV006 $.followUp.articles[0].by (8,44): Unknown property \"by\"; it would be ignored. Fix its spelling or delete it (expected title or url).\nPPV001 $.followUp.articles[1] (8,55): The element $.followUp.articles[1] is the number 3. Write an article object, such as { \"title\": \"...\", \"url\": \"https://...\" }.\nPPV002 $.followUp.calls[0].when (8,69): Missing \"when\" at $.followUp.calls[0]; add it.\nPPV002 $.followUp.calls[0].topic (8,69): Missing \"topic\" at $.followUp.calls[0]; add it.\nPPV006 $.followUp.calls[0].room (8,85): Unknown property \"room\"; it would be ignored. Fix its spelling or delete it (expected when, topic or held).\nPPV001 $.followUp.calls[1] (8,98): The element $.followUp.calls[1] is a string. Write a call object, such as { \"when\": \"2027-01-08T09:00:00+01:00\", \"topic\": \"...\" }.\nPPV006 $.followUp.visits (8,104): Unknown property \"visits\"; it would be ignored. Fix its spelling or delete it (expected articles or calls)." },
        { "follow-up not an object", "\"followUp\": 5, \"team\": []", "PPV001 $.followUp (8,15): \"followUp\" is the number 5. Write { \"articles\": [...], \"calls\": [...] }." },
        { "follow-up lists not arrays", "\"followUp\": { \"articles\": 1, \"calls\": 2 }, \"team\": []", "PPV001 $.followUp.articles (8,29): \"articles\" is the number 1. Write an array of articles, such as [{ \"title\": \"...\", \"url\": \"https://...\" }].\nPPV001 $.followUp.calls (8,41): \"calls\" is the number 2. Write an array of calls, such as [{ \"when\": \"2027-01-08T09:00:00+01:00\", \"topic\": \"...\" }]." },
        { "team", "\"team\": [{ \"name\": \"Ana\", \"rank\": 1 }, { \"id\": \"bo\" }, { \"id\": \" \", \"name\": \"Cy\" }, 4]", "PPV002 $.team[0].id (8,12): Missing \"id\" at $.team[0]; add it.\nPPV006 $.team[0].rank (8,29): Unknown property \"rank\"; it would be ignored. Fix its spelling or delete it (expected id, name or role).\nPPV002 $.team[1].name (8,42): Missing \"name\" at $.team[1]; add it.\nPPV001 $.team[2].id (8,66): \"id\" is empty; write some text.\nPPV001 $.team[3] (8,87): The element $.team[3] is the number 4. Write a person object: { \"id\": ..., \"name\": ... }." },
        { "team not an array", "\"team\": 4", "PPV001 $.team (8,11): \"team\" is the number 4. Write an array of people, such as [{ \"id\": \"ana\", \"name\": \"Ana Moreno\", \"role\": \"CIO\" }]." },
        { "notes", "\"notes\": [{ \"author\": \"ana\", \"page\": 1 }, { \"text\": \"x\", \"at\": \"2027-02-03\" }, 3], \"team\": []", "PPV002 $.notes[0].text (8,13): Missing \"text\" at $.notes[0]; add it.\nPPV002 $.notes[0].at (8,13): Missing \"at\" at $.notes[0]; add it.\nPPV006 $.notes[0].page (8,32): Unknown property \"page\"; it would be ignored. Fix its spelling or delete it (expected author, text, visibility, at or itemId).\nPPV002 $.notes[1].author (8,45): Missing \"author\" at $.notes[1]; add it.\nPPV008 $.notes[1].at (8,66): \"2027-02-03\" is not a time with an offset; write it like 2026-12-08T09:00:00+01:00.\nPPV001 $.notes[2] (8,82): The element $.notes[2] is the number 3. Write a note object: { \"author\": ..., \"text\": ..., \"at\": ... }." },
        { "notes not an array", "\"notes\": 3, \"team\": []", "PPV001 $.notes (8,12): \"notes\" is the number 3. Write an array of notes, such as [{ \"author\": \"ana\", \"text\": \"...\", \"at\": \"2026-12-08T10:00:00+01:00\" }]." },
        { "bad times", "\"followUp\": { \"calls\": [{ \"when\": \"tomorrow\", \"topic\": \"x\" }] }, \"team\": []", "PPV008 $.followUp.calls[0].when (8,37): \"tomorrow\" is not a time with an offset; write it like 2026-12-08T09:00:00+01:00." },
        { "bad ids", "\"reciprocalOf\": \"Not Kebab\", \"team\": []", "PPV007 $.reciprocalOf (8,19): \"Not Kebab\" is not kebab-case; write lower-case words joined by hyphens, such as northwind-visits-contoso." },
        { "unknown root property", "\"tema\": [], \"team\": []", "PPV006 $.tema (8,3): Unknown property \"tema\"; it would be ignored. Fix its spelling or delete it (expected $schema, id, title, visitorOrganization, hostOrganization, start, timeZone, location, objectives, targets, slots, team, questionnaire, debrief, followUp, notes or reciprocalOf)." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_part_of_a_bad_plan_is_reported_with_its_place_and_whole_message(string label, string part, string expected)
    {
        var text = Minimal
            .Replace("  \"objectives\": [{ \"question\": \"How do you run change?\" }],\n", "", StringComparison.Ordinal)
            .Replace("\"team\": [{ \"id\": \"ana\", \"name\": \"Ana Moreno\", \"role\": \"CIO\" }]", part, StringComparison.Ordinal);
        var result = VisitPlanLoader.Load(text, "bad.visit-plan.json");
        Assert.True(result.Value is null, label);
        Assert.Equal(expected, Describe(result.Problems));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("title")]
    [InlineData("visitorOrganization")]
    [InlineData("hostOrganization")]
    [InlineData("start")]
    [InlineData("timeZone")]
    public void Each_required_property_left_out_is_named_at_the_plan_s_opening_brace(string name)
    {
        var lines = Minimal.Split('\n').Where(l => !l.TrimStart().StartsWith("\"" + name + "\":", StringComparison.Ordinal));
        var result = VisitPlanLoader.Load(string.Join('\n', lines), "bad.visit-plan.json");
        Assert.Null(result.Value);
        Assert.Equal($"PPV002 $.{name} (1,1): Missing \"{name}\" at $; add it.", Describe(result.Problems));
    }

    [Fact]
    public void A_missing_property_marks_just_the_opening_brace_of_its_object()
    {
        var lines = Minimal.Split('\n').Where(l => !l.TrimStart().StartsWith("\"id\":", StringComparison.Ordinal));
        var text = string.Join('\n', lines).Replace("{ \"question\": \"How do you run change?\" }", "{ \"why\": \"x\" }", StringComparison.Ordinal);
        var result = VisitPlanLoader.Load(text, "bad.visit-plan.json");
        Assert.Null(result.Value);
        Assert.Equal(["$.id", "$.objectives[0].question"], result.Problems.Select(p => p.JsonPath));
        var brace = text.IndexOf("{ \"why\"", StringComparison.Ordinal);
        Assert.Equal([(0, 1), (brace, 1)], result.Problems.Select(p => (p.Span.Offset, p.Span.Length)));
        Assert.Equal([(1, 2), (7, 19)], result.Problems.Select(p => (p.Span.EndLine, p.Span.EndColumn)));
    }

    [Fact]
    public void An_empty_file_and_a_comment_get_the_visit_plan_advice()
    {
        Assert.Equal(
            "PPV001 $ (1,1): The document is empty. Write a visit-plan object: { \"id\": ..., \"title\": ..., \"visitorOrganization\": ..., \"hostOrganization\": ..., \"start\": ..., \"timeZone\": ... }.",
            Describe(VisitPlanLoader.Load("", "empty.visit-plan.json").Problems));
        var comment = Assert.Single(VisitPlanLoader.Load(Minimal.Replace("\"team\"", "// who\n  \"team\"", StringComparison.Ordinal)).Problems);
        Assert.Equal("PPV004", comment.Id);
        Assert.Equal("Visit plan files are strict JSON, which has no comments. Delete the comment; keep notes in \"notes\", not in comments.", comment.Message);
    }

    [Fact]
    public void A_root_that_is_not_an_object_says_what_a_plan_looks_like()
    {
        Assert.Equal("PPV001 $ (1,1): The document is an array. Expected a visit-plan object, such as { \"id\": \"northwind-visits-contoso\", ... }.", Describe(VisitPlanLoader.Load("[1, 2]").Problems));
    }

    [Fact]
    public void A_file_that_cannot_be_read_says_why()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-" + Guid.NewGuid().ToString("N") + ".visit-plan.json");
        var problem = Assert.Single(VisitPlanLoader.LoadFile(path).Problems);
        Assert.Equal(("PPV001", path, "$", 1, 1), (problem.Id, problem.Source, problem.JsonPath, problem.Line, problem.Column));
        Assert.StartsWith("Cannot read the file: ", problem.Message, StringComparison.Ordinal);
        Assert.Contains(path, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Optional_parts_left_out_or_null_get_their_defaults()
    {
        var text = Minimal.Replace(
            "\"team\": [{ \"id\": \"ana\", \"name\": \"Ana Moreno\", \"role\": \"CIO\" }]",
            """
            "objectives": [{ "question": "Q?" }],
            "team": [{ "id": "ana", "name": "Ana Moreno", "role": "" }],
            "slots": [{ "offset": "PT0M", "duration": "PT1H", "title": "Tour", "questionTimeEach": "PT0M" }],
            "questionnaire": { "sendBy": null, "questions": ["How?"] },
            "debrief": null,
            "followUp": { "articles": [{ "title": "Runbook" }], "calls": [{ "when": "2027-03-01T09:00Z", "topic": "Check-in", "held": true }, { "when": "2027-03-02T09:00:00Z", "topic": "Two" }, { "when": "2027-03-03T09:00+01:00", "topic": "Three" }] },
            "reciprocalOf": null
            """,
            StringComparison.Ordinal).Replace("\"objectives\": [{ \"question\": \"How do you run change?\" }],", "", StringComparison.Ordinal);
        var result = VisitPlanLoader.Load(text);
        Assert.True(result.Succeeded, Describe(result.Problems));
        Assert.Empty(result.Problems);
        var plan = result.Value;
        Assert.Equal(string.Empty, plan.Location);
        Assert.Equal(string.Empty, Assert.Single(plan.Objectives).Why);
        Assert.Null(Assert.Single(plan.Team).Role);
        Assert.Equal(TimeSpan.Zero, Assert.Single(plan.Slots).QuestionTimeEach);
        Assert.Null(plan.Questionnaire.SendBy);
        Assert.Null(plan.Debrief);
        Assert.Null(plan.ReciprocalOf);
        Assert.Equal(string.Empty, Assert.Single(plan.FollowUp.Articles).Url);
        Assert.Equal(
            [(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero), "Check-in", true), (new DateTimeOffset(2027, 3, 2, 9, 0, 0, TimeSpan.Zero), "Two", false), (new DateTimeOffset(2027, 3, 3, 9, 0, 0, TimeSpan.FromHours(1)), "Three", false)],
            plan.FollowUp.Calls.Select(c => (c.When, c.Topic, c.Held)));
        Assert.Equal(new DateTimeOffset(2027, 2, 3, 10, 0, 0, TimeSpan.FromHours(1)), plan.End);
    }

    [Fact]
    public void A_debrief_without_a_report_reads_as_an_empty_report()
    {
        var result = VisitPlanLoader.Load(Minimal.Replace("\"team\"", "\"debrief\": { \"start\": [\"a\"], \"stop\": [], \"continue\": [\"c\"] }, \"team\"", StringComparison.Ordinal));
        Assert.True(result.Succeeded, Describe(result.Problems));
        var debrief = result.Value.Debrief!;
        Assert.Equal(["a"], debrief.Start);
        Assert.Empty(debrief.Stop);
        Assert.Equal(["c"], debrief.Continue);
        Assert.Equal(string.Empty, debrief.Report);
    }

    [Fact]
    public void Warnings_of_a_plan_not_ready_point_at_the_slot_or_part_to_fix()
    {
        var team = string.Join(", ", Enumerable.Range(1, 9).Select(i => $"{{ \"id\": \"p{i}\", \"name\": \"P{i}\" }}"));
        var text = Minimal
            .Replace("\"team\": [{ \"id\": \"ana\", \"name\": \"Ana Moreno\", \"role\": \"CIO\" }]", "\"team\": [" + team + "],\n  \"slots\": [{ \"offset\": \"PT0M\", \"duration\": \"PT1H\", \"title\": \"Tour\", \"questionTimeEach\": \"PT30M\" }, { \"offset\": \"PT30M\", \"duration\": \"PT1H\", \"title\": \"Desk\", \"questionTimeEach\": \"PT31M\" }],\n  \"reciprocalOf\": \"acme-visits-globex\"", StringComparison.Ordinal)
            .Replace("\"objectives\": [{ \"question\": \"How do you run change?\" }],", "\"objectives\": [],", StringComparison.Ordinal);
        var result = VisitPlanLoader.Load(text);
        Assert.True(result.Succeeded, Describe(result.Problems));
        Assert.Equal(
            """
            PPV010 $.team (9,11): A visiting team of 9 is large; keep it to 8 or fewer.
            PPV010 $.slots[1] (10,101): 'Desk' starts before the previous slot ends.
            PPV010 $.slots[1] (10,101): 'Desk': question time for both sides (1 h 2 min) does not fit in the slot.
            PPV010 $.reciprocalOf (11,19): A return visit cannot name itself as its first visit.
            """.ReplaceLineEndings("\n"),
            Describe(result.Problems));
    }

    [Fact]
    public void Eight_people_is_a_small_team_and_question_time_may_fill_the_slot()
    {
        var team = string.Join(", ", Enumerable.Range(1, 8).Select(i => $"{{ \"id\": \"p{i}\", \"name\": \"P{i}\" }}"));
        var text = Minimal.Replace("\"team\": [{ \"id\": \"ana\", \"name\": \"Ana Moreno\", \"role\": \"CIO\" }]", "\"team\": [" + team + "], \"slots\": [{ \"offset\": \"PT0M\", \"duration\": \"PT1H\", \"title\": \"Tour\", \"questionTimeEach\": \"PT30M\" }]", StringComparison.Ordinal);
        var result = VisitPlanLoader.Load(text);
        Assert.True(result.Succeeded, Describe(result.Problems));
        Assert.Empty(result.Problems);
    }

    [Fact]
    public void The_validator_reports_what_a_plan_built_in_code_can_get_wrong()
    {
        var plan = SampleDocuments.VisitPlan with
        {
            Objectives = default,
            Team = default,
            Slots = [new VisitSlot(TimeSpan.Zero, TimeSpan.Zero, "Nothing", null, default, TimeSpan.Zero), new VisitSlot(TimeSpan.FromHours(1), TimeSpan.FromHours(1), "Golf", "golf", default, TimeSpan.FromMinutes(-1))],
        };
        Assert.Equal(
            [
                "objectives: State at least one question the visit should answer.",
                "team: Name the visiting team.",
                "slots[0]: 'Nothing' needs a positive duration.",
                "slots[1]: 'Golf': question time for both sides (-2 min) does not fit in the slot.",
                "slots[1]: 'Golf' names topic 'golf', which the catalog does not have.",
            ],
            VisitPlanValidator.Validate(plan).Select(p => p.ToString()));
    }

    [Fact]
    public void Durations_are_written_in_their_shortest_ISO_8601_form_and_read_back()
    {
        TimeSpan[] durations = [TimeSpan.FromMinutes(30), TimeSpan.FromHours(1), new(1, 0, 0, 0), new(1, 2, 0, 30), TimeSpan.FromSeconds(45), new(0, 1, 1, 1)];
        var slots = durations.Select((d, i) => new VisitSlot(TimeSpan.FromDays(2 * i), d, "Slot " + i, null, default, TimeSpan.Zero)).ToArray();
        var plan = SampleDocuments.VisitPlan with { Slots = [.. slots] };
        var text = VisitPlanWriter.Write(plan);
        foreach (var expected in new[] { "\"PT30M\"", "\"PT1H\"", "\"P1D\"", "\"P1DT2H30S\"", "\"PT45S\"", "\"PT1H1M1S\"", "\"P2D\"", "\"PT0M\"" })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("0H", text, StringComparison.Ordinal);
        Assert.DoesNotContain("0M\"", text.Replace("\"PT0M\"", "", StringComparison.Ordinal).Replace("30M\"", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.StartsWith("{\n  \"$schema\": \"" + DataSchema.VisitPlan.Id + "\",\n  \"id\": ", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.EndsWith("}\n", text, StringComparison.Ordinal);
        var back = VisitPlanLoader.Load(text);
        Assert.True(back.Succeeded, Describe(back.Problems));
        Assert.Equal(durations, back.Value.Slots.Select(s => s.Duration));
    }

    [Fact]
    public void A_held_call_a_return_visit_and_an_item_note_are_written_and_read_back()
    {
        var plan = SampleDocuments.VisitPlan with
        {
            Id = "acme-visits-globex-return",
            ReciprocalOf = "acme-visits-globex",
            FollowUp = new FollowUpPlan([], [new FollowUpCall(new DateTimeOffset(2027, 3, 1, 9, 0, 0, TimeSpan.Zero), "Check-in") { Held = true }]),
            Notes = [new SessionNote("ana", "Ask about the desk", NoteVisibility.Shareable, new DateTimeOffset(2027, 2, 3, 10, 0, 0, TimeSpan.FromHours(1)), "desk")],
        };
        var text = VisitPlanWriter.Write(plan);
        Assert.Contains("\"held\": true", text, StringComparison.Ordinal);
        Assert.Contains("\"reciprocalOf\": \"acme-visits-globex\"", text, StringComparison.Ordinal);
        Assert.Contains("\"itemId\": \"desk\"", text, StringComparison.Ordinal);
        Assert.Equal(plan, VisitPlanLoader.Load(text).Value);
    }

    private static string Describe(IEnumerable<Problem> problems) =>
        string.Join("\n", problems.Select(p => $"{p.Id} {p.JsonPath} ({p.Line},{p.Column}): {p.Message}"));
}
