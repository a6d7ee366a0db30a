using PeerPractice.Breakfasts;
using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Breakfasts;

/// <summary>
/// The in-memory store's contract (cancellation, updates of unknown events, listing order) and the
/// event file problems an organizer reads: each with its id, JSON path and the words that say what to do.
/// </summary>
public class BreakfastStoreAndFileTests
{
    private static readonly DateTimeOffset _start = new(2027, 3, 4, 8, 0, 0, TimeSpan.FromHours(-5));

    private static BreakfastEvent Event(string id, DateTimeOffset start) =>
        new(id, "CIO breakfast", start, TimeSpan.FromHours(2), "America/New_York", "Midtown", ["security"], ["m1", "m2"]);

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_store_lists_events_by_start_then_id_and_refuses_to_update_an_event_it_does_not_have()
    {
        var store = new InMemoryBreakfastStore();
        Assert.True(await store.AddBreakfastAsync(Event("b-later", _start.AddDays(1)), Token));
        Assert.True(await store.AddBreakfastAsync(Event("c-first", _start), Token));
        Assert.True(await store.AddBreakfastAsync(Event("a-first", _start), Token));
        Assert.False(await store.AddBreakfastAsync(Event("a-first", _start.AddDays(9)), Token));
        Assert.Equal(["a-first", "c-first", "b-later"], (await store.ListBreakfastsAsync(Token)).Select(e => e.Id).ToArray());

        Assert.False(await store.UpdateBreakfastAsync(Event("unknown", _start), Token));
        Assert.Null(await store.GetBreakfastAsync("unknown", Token));
        Assert.True(await store.UpdateBreakfastAsync(Event("a-first", _start) with { Title = "Renamed" }, Token));
        Assert.Equal("Renamed", (await store.GetBreakfastAsync("a-first", Token))!.Title);
    }

    [Fact]
    public async Task A_cancelled_store_call_throws_before_anything_is_written()
    {
        var store = new InMemoryBreakfastStore();
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.AddBreakfastAsync(Event("a", _start), cancelled.Token));
        Assert.Empty(await store.ListBreakfastsAsync(Token));
        Assert.True(await store.AddBreakfastAsync(Event("a", _start), Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.UpdateBreakfastAsync(Event("a", _start) with { Title = "x" }, cancelled.Token));
        Assert.Equal("CIO breakfast", (await store.GetBreakfastAsync("a", Token))!.Title);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.GetBreakfastAsync("a", cancelled.Token));
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await store.ListBreakfastsAsync(cancelled.Token));
    }

    private const string Minimal = """
        {
          "id": "march-breakfast",
          "title": "CIO breakfast",
          "start": "2027-03-04T08:00:00-05:00",
          "duration": "PT2H",
          "timeZone": "America/New_York",
          "topics": ["security"],
          "invitees": ["m1", "m2"]
        }
        """;

    private static Problem Single(string json, string id)
    {
        var result = BreakfastEventLoader.Load(json, "bad.event.json");
        Assert.Null(result.Value);
        return Assert.Single(result.Problems, p => p.Id == id);
    }

    private static string With(string extra) => Minimal.Replace("\"invitees\": [\"m1\", \"m2\"]", "\"invitees\": [\"m1\", \"m2\"], " + extra, StringComparison.Ordinal);

    [Fact]
    public void A_zero_duration_is_a_bad_time()
    {
        var problem = Single(Minimal.Replace("PT2H", "PT0S", StringComparison.Ordinal), "PPE008");
        Assert.Equal("$.duration", problem.JsonPath);
    }

    [Fact]
    public void A_seat_or_attendance_for_someone_not_invited_is_a_contradiction_that_names_them()
    {
        var seat = Single(With("\"tables\": [{ \"members\": [\"m1\", \"m7\"] }]"), "PPE010");
        Assert.Equal("'m7' is not invited, yet answers, sits at a table or attended.", seat.Message);
        Assert.Equal("$", seat.JsonPath);
        Assert.Equal("'m8' is not invited, yet answers, sits at a table or attended.", Single(With("\"attended\": [\"m1\", \"m8\"]"), "PPE010").Message);
        Assert.Equal("'m1' is invited twice.", Single(Minimal.Replace("[\"m1\", \"m2\"]", "[\"m1\", \"m1\"]", StringComparison.Ordinal), "PPE010").Message);
    }

    [Fact]
    public void A_history_round_is_a_whole_number_or_null()
    {
        var none = BreakfastEventLoader.Load(With("\"historyRound\": null"));
        Assert.True(none.Succeeded, string.Join(Environment.NewLine, none.Problems));
        Assert.Null(none.Value!.HistoryRound);
        Assert.Equal(12, BreakfastEventLoader.Load(With("\"historyRound\": 12")).Value!.HistoryRound);

        var bad = Single(With("\"historyRound\": 1.5"), "PPE001");
        Assert.Equal("\"historyRound\" is not a whole number; write one, such as 3.", bad.Message);
        Assert.Equal("$.historyRound", bad.JsonPath);
        Assert.Equal("$.tables[0].affinity", Single(With("\"tables\": [{ \"members\": [\"m1\"], \"affinity\": \"high\" }]"), "PPE001").JsonPath);
        Assert.Equal(120, BreakfastEventLoader.Load(With("\"tables\": [{ \"members\": [\"m1\"], \"affinity\": 120 }]")).Value!.Tables[0].Affinity);
    }

    [Fact]
    public void Answers_and_tables_must_be_arrays_of_objects_with_the_required_members_and_no_others()
    {
        Assert.Equal(
            "\"rsvps\" is an object. Write an array of answers, such as [{ \"member\": \"m-001\", \"answer\": \"accepted\", \"at\": \"2027-02-20T10:00:00Z\" }].",
            Single(With("\"rsvps\": {}"), "PPE001").Message);
        Assert.EndsWith(
            " Write a table object, such as { \"members\": [\"m-001\", \"m-002\"], \"affinity\": 120 }.",
            Single(With("\"tables\": [3]"), "PPE001").Message,
            StringComparison.Ordinal);
        Assert.StartsWith("$.rsvps[0]", Single(With("\"rsvps\": [{ \"member\": \"m1\", \"answer\": \"accepted\" }]"), "PPE002").JsonPath, StringComparison.Ordinal);
        Assert.StartsWith("$.tables[0]", Single(With("\"tables\": [{ \"affinity\": 1 }]"), "PPE002").JsonPath, StringComparison.Ordinal);
        var unknownInAnswer = Single(With("\"rsvps\": [{ \"member\": \"m1\", \"answer\": \"accepted\", \"at\": \"2027-03-01T08:00:00Z\", \"note\": 1 }]"), "PPE006");
        Assert.Equal("$.rsvps[0].note", unknownInAnswer.JsonPath);
        Assert.Contains("member, answer or at", unknownInAnswer.Message, StringComparison.Ordinal);
        var unknownInTable = Single(With("\"tables\": [{ \"members\": [\"m1\"], \"seats\": 4 }]"), "PPE006");
        Assert.Contains("members or affinity", unknownInTable.Message, StringComparison.Ordinal);
        Assert.Contains("$schema, id, title, start, duration, timeZone, location, topics, invitees, rsvps, tables, attended or historyRound", Single(Minimal.Replace("\"title\"", "\"titel\"", StringComparison.Ordinal), "PPE006").Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_topic_lists_the_catalog_and_a_custom_catalog_is_used_when_given()
    {
        var problem = Single(Minimal.Replace("[\"security\"]", "[\"golf\"]", StringComparison.Ordinal), "PPE009");
        Assert.StartsWith("Unknown topic \"golf\"; use one of " + string.Join(", ", TopicCatalog.BuiltIn.Topics.Select(t => t.Id)), problem.Message, StringComparison.Ordinal);
        Assert.Equal("\"topics\" is a string. Write an array of topic ids, such as [\"cybersecurity\"].", Single(Minimal.Replace("[\"security\"]", "\"security\"", StringComparison.Ordinal), "PPE001").Message);
        Assert.EndsWith(" Expected an event object, such as { \"id\": \"cio-breakfast-march\", ... }.", Single("[]", "PPE001").Message, StringComparison.Ordinal);

        var golfOnly = new TopicCatalog([new Topic("golf", "Golf", default, "On the green.", [])]);
        var golf = BreakfastEventLoader.Load(Minimal.Replace("[\"security\"]", "[\"golf\"]", StringComparison.Ordinal), "golf.event.json", golfOnly);
        Assert.True(golf.Succeeded, string.Join(Environment.NewLine, golf.Problems));
        Assert.Equal(["golf"], golf.Value!.TopicIds.ToArray());
    }

    [Fact]
    public async Task The_workflow_checks_topics_against_the_catalog_it_was_given()
    {
        var golfOnly = new TopicCatalog([new Topic("golf", "Golf", default, "On the green.", [])]);
        var book = new BreakfastBook(new InMemoryBreakfastStore(), new InMemoryPairingHistoryStore(), TimeProvider.System, golfOnly);
        Assert.True((await book.PlanAsync(Event("golf-day", _start) with { TopicIds = ["golf"] }, Token)).Succeeded);
        Assert.Equal("Topic 'security' is not in the topic catalog.", (await book.PlanAsync(Event("security-day", _start), Token)).Refusal);
    }

    [Fact]
    public void An_unreadable_file_is_one_located_problem_that_says_so()
    {
        var folder = Directory.CreateTempSubdirectory("peerpractice-breakfast-");
        try
        {
            var missing = Path.Combine(folder.FullName, "missing.event.json");
            var result = BreakfastEventLoader.LoadFile(missing);
            Assert.Null(result.Value);
            var problem = Assert.Single(result.Problems);
            Assert.Equal("PPE001", problem.Id);
            Assert.StartsWith("Cannot read the file: ", problem.Message, StringComparison.Ordinal);
            Assert.Equal(missing, problem.Source);
            Assert.Equal("$", problem.JsonPath);
            Assert.Equal(1, problem.Line);

            var present = Path.Combine(folder.FullName, "march.event.json");
            File.WriteAllText(present, Minimal);
            Assert.Equal("march-breakfast", BreakfastEventLoader.LoadFile(present).Value!.Id);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
