using Microsoft.Extensions.Time.Testing;
using PeerPractice.Breakfasts;
using PeerPractice.Matching;
using PeerPractice.Samples;

namespace PeerPractice.Core.Tests.Breakfasts;

public class BreakfastWorkflowTests
{
    private static readonly DateTimeOffset _first = new(2027, 3, 4, 8, 0, 0, TimeSpan.Zero);

    /// <summary>Twelve CIOs at twelve organizations: any two may share a table.</summary>
    internal static List<MemberProfile> Cohort(int count = 12) =>
    [
        .. Enumerable.Range(1, count).Select(i => new MemberProfile
        {
            Id = $"m{i:00}",
            Name = $"Member {i}",
            Organization = $"Org {i}",
            Industry = "Healthcare",
            Metro = "New York",
            Concerns = ["cybersecurity", "mobile-technology"],
            Strengths = [i % 2 == 0 ? "service-management" : "business-alignment"],
        }),
    ];

    private static BreakfastEvent Event(string id, DateTimeOffset start, IEnumerable<string> invitees) =>
        new(id, "CIO breakfast", start, TimeSpan.FromHours(2), "America/New_York", "Midtown", ["cybersecurity", "mobile-technology"], [.. invitees]);

    private static (BreakfastBook Book, InMemoryBreakfastStore Store, InMemoryPairingHistoryStore Pairings, FakeTimeProvider Time) NewBook()
    {
        var store = new InMemoryBreakfastStore();
        var pairings = new InMemoryPairingHistoryStore();
        var time = new FakeTimeProvider(_first.AddDays(-14));
        return (new BreakfastBook(store, pairings, time), store, pairings, time);
    }

    [Fact]
    public async Task An_rsvp_for_an_event_that_does_not_exist_is_refused_and_nothing_changes()
    {
        var (book, store, _, _) = NewBook();
        await book.PlanAsync(Event("march", _first, Cohort().Select(m => m.Id)), TestContext.Current.CancellationToken);
        var before = await store.ListBreakfastsAsync(TestContext.Current.CancellationToken);

        var result = await book.RsvpAsync("april", "m01", RsvpAnswer.Accepted, TestContext.Current.CancellationToken);

        Assert.False(result.Succeeded);
        Assert.Contains("no breakfast 'april'", result.Refusal, StringComparison.Ordinal);
        Assert.Equal(before, await store.ListBreakfastsAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Answers_are_refused_from_non_invitees_and_after_the_breakfast_and_the_latest_answer_counts()
    {
        var (book, store, _, time) = NewBook();
        await book.PlanAsync(Event("march", _first, ["m01", "m02"]), TestContext.Current.CancellationToken);
        Assert.False((await book.RsvpAsync("march", "m09", RsvpAnswer.Accepted, TestContext.Current.CancellationToken)).Succeeded);
        Assert.True((await book.RsvpAsync("march", "m01", RsvpAnswer.Tentative, TestContext.Current.CancellationToken)).Succeeded);
        var accepted = await book.RsvpAsync("march", "m01", RsvpAnswer.Accepted, TestContext.Current.CancellationToken);
        Assert.Equal(RsvpAnswer.Accepted, accepted.Value!.AnswerOf("m01"));
        Assert.Equal(["m01"], accepted.Value.Answered(RsvpAnswer.Accepted).ToArray());

        time.SetUtcNow(_first.AddHours(3));
        var late = await book.RsvpAsync("march", "m02", RsvpAnswer.Accepted, TestContext.Current.CancellationToken);
        Assert.False(late.Succeeded);
        Assert.Null((await store.GetBreakfastAsync("march", TestContext.Current.CancellationToken))!.AnswerOf("m02"));
    }

    [Fact]
    public async Task A_bad_event_and_a_duplicate_id_are_refused()
    {
        var (book, store, _, _) = NewBook();
        Assert.False((await book.PlanAsync(Event("March", _first, ["m01"]), TestContext.Current.CancellationToken)).Succeeded);
        Assert.False((await book.PlanAsync(Event("march", _first, ["m01"]) with { TopicIds = ["golf"] }, TestContext.Current.CancellationToken)).Succeeded);
        Assert.False((await book.PlanAsync(Event("march", _first, ["m01", "m01"]), TestContext.Current.CancellationToken)).Succeeded);
        Assert.True((await book.PlanAsync(Event("march", _first, ["m01"]), TestContext.Current.CancellationToken)).Succeeded);
        Assert.False((await book.PlanAsync(Event("march", _first.AddDays(1), ["m02"]), TestContext.Current.CancellationToken)).Succeeded);
        Assert.Equal(["m01"], (await store.GetBreakfastAsync("march", TestContext.Current.CancellationToken))!.Invitees.ToArray());
    }

    [Fact]
    public async Task Several_breakfasts_are_seated_without_repeated_pairs_and_attendance_reaches_the_history()
    {
        var (book, _, pairings, time) = NewBook();
        var cohort = Cohort();
        var seen = new HashSet<(string, string)>();
        for (var month = 0; month < 3; month++)
        {
            var id = $"breakfast-{month + 1}";
            var start = _first.AddMonths(month);
            time.SetUtcNow(start.AddDays(-7));
            Assert.True((await book.PlanAsync(Event(id, start, cohort.Select(m => m.Id)), TestContext.Current.CancellationToken)).Succeeded);
            foreach (var member in cohort)
            {
                Assert.True((await book.RsvpAsync(id, member.Id, RsvpAnswer.Accepted, TestContext.Current.CancellationToken)).Succeeded);
            }

            var seated = await book.SeatAsync(id, cohort, options: new GroupOptions { MinSize = 3, MaxSize = 3 }, seed: 7, cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(seated.Succeeded, seated.Refusal);
            Assert.Equal(4, seated.Value.Tables.Count);
            Assert.Equal(12, seated.Value.Tables.Sum(t => t.MemberIds.Count));
            foreach (var table in seated.Value.Tables)
            {
                foreach (var a in table.MemberIds)
                {
                    foreach (var b in table.MemberIds.Where(b => string.CompareOrdinal(a, b) < 0))
                    {
                        Assert.True(seen.Add((a, b)), $"{a} and {b} sat together again at {id}");
                    }
                }
            }

            Assert.False((await book.RecordAsync(id, cancellationToken: TestContext.Current.CancellationToken)).Succeeded); // before it starts
            time.SetUtcNow(start.AddHours(2));
            var recorded = await book.RecordAsync(id, cancellationToken: TestContext.Current.CancellationToken);
            Assert.True(recorded.Succeeded, recorded.Refusal);
            Assert.Equal(month + 1, recorded.Value.HistoryRound);
            Assert.False((await book.RecordAsync(id, cancellationToken: TestContext.Current.CancellationToken)).Succeeded);
            Assert.False((await book.SeatAsync(id, cohort, cancellationToken: TestContext.Current.CancellationToken)).Succeeded);
        }

        // Every table pair is in the history a later round reads: the cohort planner never pairs them while others are free.
        var history = await pairings.LoadHistoryAsync(TestContext.Current.CancellationToken);
        Assert.Equal(36, seen.Count);
        Assert.All(seen, pair => Assert.NotEmpty(history.Between(pair.Item1, pair.Item2)));
        var round = new CohortRoundPlanner(MatchingPolicy.Default, history).Plan(cohort, DateOnly.FromDateTime(_first.AddMonths(4).UtcDateTime), seed: 3);
        Assert.All(round.Matches, m => Assert.DoesNotContain((string.CompareOrdinal(m.MemberIds[0], m.MemberIds[1]) < 0 ? (m.MemberIds[0], m.MemberIds[1]) : (m.MemberIds[1], m.MemberIds[0])), seen));
    }

    [Fact]
    public async Task Only_those_who_came_are_recorded_and_strangers_are_refused()
    {
        var (book, _, pairings, time) = NewBook();
        var cohort = Cohort(6);
        await book.PlanAsync(Event("small", _first, cohort.Select(m => m.Id)), TestContext.Current.CancellationToken);
        foreach (var member in cohort)
        {
            await book.RsvpAsync("small", member.Id, RsvpAnswer.Accepted, TestContext.Current.CancellationToken);
        }

        var seated = await book.SeatAsync("small", cohort, options: new GroupOptions { MinSize = 3, MaxSize = 3 }, cancellationToken: TestContext.Current.CancellationToken);
        time.SetUtcNow(_first.AddHours(2));
        var table = seated.Value!.Tables[0].MemberIds;
        Assert.False((await book.RecordAsync("small", ["m99"], TestContext.Current.CancellationToken)).Succeeded);
        Assert.Empty(await pairings.ListPairingsAsync(TestContext.Current.CancellationToken));

        var recorded = await book.RecordAsync("small", [table[0], table[1]], TestContext.Current.CancellationToken);
        Assert.True(recorded.Succeeded);
        var pair = Assert.Single(await pairings.ListPairingsAsync(TestContext.Current.CancellationToken));
        Assert.Equal(RoundRecordingOrdered(table[0], table[1]), (pair.Pairing.MemberA, pair.Pairing.MemberB));
        Assert.Equal([table[0], table[1]], recorded.Value.Attended.Order(StringComparer.Ordinal).ToArray());
    }

    [Fact]
    public async Task Seating_needs_enough_acceptances()
    {
        var (book, _, _, _) = NewBook();
        await book.PlanAsync(Event("quiet", _first, ["m01", "m02", "m03"]), TestContext.Current.CancellationToken);
        await book.RsvpAsync("quiet", "m01", RsvpAnswer.Accepted, TestContext.Current.CancellationToken);
        await book.RsvpAsync("quiet", "m02", RsvpAnswer.Declined, TestContext.Current.CancellationToken);
        var result = await book.SeatAsync("quiet", Cohort(), cancellationToken: TestContext.Current.CancellationToken);
        Assert.False(result.Succeeded);
        Assert.Contains("Only 1 accepted", result.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Invitees_are_a_group_of_similar_leaders_from_the_cohort_and_never_opted_out_members()
    {
        var cohort = DefaultMembers.All;
        var planner = new BreakfastPlanner();
        var day = new DateOnly(2027, 3, 1);
        var invitees = planner.ChooseInvitees(cohort, ["cybersecurity"], 8, day, seed: 5);
        Assert.InRange(invitees.Count, 6, 8);
        var byId = cohort.ToDictionary(m => m.Id);
        Assert.All(invitees, id => Assert.Contains("cybersecurity", byId[id].Concerns));
        Assert.All(invitees, id => Assert.False(byId[id].OptOuts.HasFlag(OptOuts.Groups)));
        Assert.Equal(invitees.Count, invitees.Select(id => byId[id].Organization).Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(invitees, planner.ChooseInvitees(cohort, ["cybersecurity"], 8, day, seed: 5));

        var host = invitees[0];
        Assert.Contains(host, planner.ChooseInvitees(cohort, ["cybersecurity"], 8, day, around: host, seed: 9));
        Assert.Throws<ArgumentException>(() => planner.ChooseInvitees(cohort, ["golf"], 8, day));
        Assert.Throws<ArgumentException>(() => planner.ChooseInvitees(cohort, [], 1, day));
    }

    private static (string, string) RoundRecordingOrdered(string a, string b) => RoundRecording.Ordered(a, b);
}
