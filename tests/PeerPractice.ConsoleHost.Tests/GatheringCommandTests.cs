using PeerPractice.Breakfasts;
using PeerPractice.ConsoleHost.Storage;
using PeerPractice.Samples;

namespace PeerPractice.ConsoleHost.Tests;

public sealed class GatheringCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pp-gatherings-").FullName;

    private string Db => Path.Combine(_folder, "peerpractice.db");

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private HostRun Run(params string[] args) => HostRun.InvokeWithDatabase("", Db, args);

    private List<BreakfastEvent> Breakfasts()
    {
        using var storage = HostStorage.Open(Db, HostRun.ContextFor(Db));
        return [.. storage.Breakfasts.ListBreakfastsAsync().Wait()];
    }

    [Fact]
    public void Breakfasts_are_planned_answered_seated_and_recorded_without_repeated_pairs()
    {
        var plan = Run("breakfast", "plan", "--as-of", "2027-02-01T09:00Z", "--id", "march", "--start", "2027-03-04T08:00-05:00", "--time-zone", "America/New_York", "--topic", "security", "--invite", "8");
        Assert.True(plan.ExitCode == 0, plan.Error);
        Assert.Contains("Planned march", plan.Output, StringComparison.Ordinal);
        var invitees = Breakfasts().Single().Invitees;
        Assert.InRange(invitees.Count, 6, 8);

        var missing = Run("breakfast", "rsvp", "--as-of", "2027-02-02T09:00Z", "--event", "april", "--member", invitees[0], "--answer", "accepted");
        Assert.Equal(1, missing.ExitCode);
        Assert.Contains("no breakfast 'april'", missing.Error, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", missing.Error, StringComparison.Ordinal);
        Assert.Single(Breakfasts());

        var second = Run("breakfast", "plan", "--as-of", "2027-02-01T09:00Z", "--id", "april", "--start", "2027-04-01T08:00-04:00", "--time-zone", "America/New_York", "--topic", "security", "--invite", "8");
        Assert.Equal(0, second.ExitCode);
        var seen = new HashSet<(string, string)>();
        foreach (var (id, end) in new[] { ("march", "2027-03-04T11:00-05:00"), ("april", "2027-04-01T11:00-04:00") })
        {
            foreach (var member in Breakfasts().Single(b => b.Id == id).Invitees)
            {
                Assert.Equal(0, Run("breakfast", "rsvp", "--as-of", "2027-02-02T09:00Z", "--event", id, "--member", member, "--answer", "accepted").ExitCode);
            }

            var seat = Run("breakfast", "seat", "--event", id, "--min", "2", "--max", "3");
            Assert.True(seat.ExitCode == 0, seat.Error);
            Assert.Contains("Table 1:", seat.Output, StringComparison.Ordinal);
            var early = Run("breakfast", "record", "--as-of", "2027-02-03T09:00Z", "--event", id);
            Assert.Equal(1, early.ExitCode);
            var record = Run("breakfast", "record", "--as-of", end, "--event", id);
            Assert.True(record.ExitCode == 0, record.Error);
            Assert.Contains("pairing history", record.Output, StringComparison.Ordinal);
        }

        // The second breakfast's tables repeat no pair of the first: the first's attendance was in the history.
        foreach (var table in Breakfasts().SelectMany(b => b.Tables))
        {
            foreach (var a in table.MemberIds)
            {
                foreach (var b in table.MemberIds.Where(b => string.CompareOrdinal(a, b) < 0))
                {
                    Assert.True(seen.Add((a, b)), $"{a} and {b} sat together twice");
                }
            }
        }

        var list = Run("breakfast", "list");
        Assert.Contains("march", list.Output, StringComparison.Ordinal);
        Assert.Contains("recorded", list.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Seating_shows_its_stages_on_stderr_when_asked_and_keeps_stdout_for_the_tables()
    {
        Assert.Equal(0, Run("breakfast", "plan", "--as-of", "2027-02-01T09:00Z", "--id", "march", "--start", "2027-03-04T08:00-05:00", "--time-zone", "America/New_York", "--topic", "security", "--invite", "8").ExitCode);
        foreach (var member in Breakfasts().Single().Invitees)
        {
            Assert.Equal(0, Run("breakfast", "rsvp", "--as-of", "2027-02-02T09:00Z", "--event", "march", "--member", member, "--answer", "accepted").ExitCode);
        }

        var quiet = Run("breakfast", "seat", "--event", "march", "--min", "2", "--max", "3");
        Assert.True(quiet.ExitCode == 0, quiet.Error);
        Assert.DoesNotContain("table blocks", quiet.Error, StringComparison.Ordinal);

        var shown = Run("breakfast", "seat", "--event", "march", "--min", "2", "--max", "3", "--progress");
        Assert.True(shown.ExitCode == 0, shown.Error);
        var stages = shown.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(line => line.Contains("table blocks", StringComparison.Ordinal)).ToArray();
        Assert.Equal(2, stages.Length);
        Assert.Matches(@"^\[\s*\d+\.\d s, CPU\s+\d+\.\d s\] table blocks: 0/1$", stages[0]);
        Assert.EndsWith("table blocks: 1/1", stages[1], StringComparison.Ordinal);
        Assert.DoesNotContain("table blocks", shown.Output, StringComparison.Ordinal);
        Assert.Contains("Table 1:", shown.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_breakfast_invitation_and_its_calendar_file_are_written()
    {
        Assert.Equal(0, Run("breakfast", "plan", "--as-of", "2027-02-01T09:00Z", "--id", "march", "--start", "2027-03-04T08:00-05:00", "--time-zone", "America/New_York", "--location", "Midtown", "--topic", "security").ExitCode);
        var output = Path.Combine(_folder, "out");
        var invite = Run("breakfast", "invite", "--event", "march", "--out", output);
        Assert.True(invite.ExitCode == 0, invite.Error);
        var markdown = File.ReadAllText(Path.Combine(output, "march.invitation.md"));
        Assert.Contains("# Invitation: CIO breakfast", markdown, StringComparison.Ordinal);
        Assert.Contains("Security", markdown, StringComparison.Ordinal);
        var ics = File.ReadAllText(Path.Combine(output, "march.ics"));
        Assert.Contains("UID:march@peerpractice.example", ics, StringComparison.Ordinal);
        Assert.Contains("TZID=America/New_York", ics, StringComparison.Ordinal);
        Assert.Equal(1, Run("breakfast", "invite", "--event", "nope", "--out", output).ExitCode);

        // The invitation is a built-in template like the others: a folder's file of the same name overrides it.
        var templates = Directory.CreateDirectory(Path.Combine(_folder, "templates")).FullName;
        File.WriteAllText(Path.Combine(templates, "breakfast-invitation.md.sbn"), "Join us: {{ breakfast.title }}, {{ breakfast.invitees.size }} invited.");
        var own = Path.Combine(_folder, "own");
        var custom = Run("breakfast", "invite", "--event", "march", "--out", own, "--templates", templates);
        Assert.True(custom.ExitCode == 0, custom.Error);
        Assert.StartsWith("Join us: CIO breakfast", File.ReadAllText(Path.Combine(own, "march.invitation.md")), StringComparison.Ordinal);

        // A broken override is a located error and nothing is written.
        File.WriteAllText(Path.Combine(templates, "breakfast-invitation.md.sbn"), "{{ while true }}x{{ end }}");
        var broken = Path.Combine(_folder, "broken");
        var failed = Run("breakfast", "invite", "--event", "march", "--out", broken, "--templates", templates);
        Assert.Equal(1, failed.ExitCode);
        Assert.Contains("breakfast-invitation.md.sbn(1,4): error PPD004:", failed.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(broken));
    }

    [Fact]
    public void A_site_visit_runs_from_plan_to_debrief_return_visit_and_follow_up()
    {
        var visitor = DefaultMembers.All.First(m => !m.Concerns.IsEmpty);
        var plan = Run("visit", "plan", "--as-of", "2027-01-10T09:00Z", "--id", "first-visit", "--member", visitor.Id, "--objective", visitor.Concerns[0],
            "--team", "Ana Moreno@CIO", "Ben Okafor@Service desk", "--start", "2027-02-03T09:00+01:00", "--time-zone", "Europe/Vienna", "--out", Path.Combine(_folder, "first.visit-plan.json"));
        Assert.True(plan.ExitCode == 0, plan.Error);
        Assert.Contains("Planned first-visit", plan.Output, StringComparison.Ordinal);
        Assert.Equal(0, Run("validate", Path.Combine(_folder, "first.visit-plan.json")).ExitCode);

        var early = Run("visit", "debrief", "--as-of", "2027-02-03T10:00+01:00", "--visit", "first-visit", "--start-doing", "Weekly problem review");
        Assert.Equal(1, early.ExitCode);
        Assert.Contains("not over", early.Error, StringComparison.Ordinal);
        Assert.Contains("No return visit is owed.", Run("visit", "owed", "--as-of", "2027-02-03T10:00+01:00").Output, StringComparison.Ordinal);

        Assert.Equal(0, Run("visit", "debrief", "--as-of", "2027-02-04T09:00+01:00", "--visit", "first-visit", "--start-doing", "Weekly problem review", "--report", "Problem management, not tooling.").ExitCode);
        Assert.Equal(1, Run("visit", "debrief", "--as-of", "2027-02-04T09:00+01:00", "--visit", "first-visit").ExitCode);
        Assert.Contains("not planned yet", Run("visit", "owed", "--as-of", "2027-02-05T09:00+01:00").Output, StringComparison.Ordinal);

        Assert.Equal(0, Run("visit", "plan", "--as-of", "2027-02-05T09:00+01:00", "--reciprocal-of", "first-visit", "--start", "2027-04-07T09:00+02:00", "--time-zone", "Europe/Berlin").ExitCode);
        Assert.Contains("planned as first-visit-return", Run("visit", "owed", "--as-of", "2027-02-05T09:00+01:00").Output, StringComparison.Ordinal);

        Assert.Equal(0, Run("visit", "follow-up", "--visit", "first-visit", "--at", "2027-03-03T09:00+01:00", "--topic", "Progress on the review").ExitCode);
        Assert.Contains("No follow-up call is due.", Run("visit", "follow-up", "--due", "--as-of", "2027-03-01T09:00+01:00").Output, StringComparison.Ordinal);
        var due = Run("visit", "follow-up", "--due", "--as-of", "2027-03-04T09:00+01:00");
        Assert.Contains("first-visit call 1", due.Output, StringComparison.Ordinal);
        Assert.Equal(0, Run("visit", "follow-up", "--visit", "first-visit", "--held", "1", "--as-of", "2027-03-04T09:00+01:00").ExitCode);
        Assert.Contains("No follow-up call is due.", Run("visit", "follow-up", "--due", "--as-of", "2027-03-05T09:00+01:00").Output, StringComparison.Ordinal);

        Assert.Contains("No return visit is owed.", Run("visit", "owed", "--as-of", "2027-04-08T09:00+02:00").Output, StringComparison.Ordinal);
        Assert.Contains("return visit of first-visit", Run("visit", "list").Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("visit", "plan", "--member", "m00001", "--file", "x.visit-plan.json")]
    [InlineData("visit", "follow-up", "--due", "--visit", "a")]
    [InlineData("breakfast", "rsvp", "--event", "a", "--member", "b", "--answer", "maybe")]
    [InlineData("breakfast", "plan", "--id", "a", "--start", "tomorrow", "--time-zone", "UTC")]
    [InlineData("breakfast", "list", "--as-of", "yesterday")]
    public void Bad_usage_exits_with_2(params string[] args)
    {
        var run = Run(args);
        Assert.Equal(2, run.ExitCode);
        Assert.NotEmpty(run.Error);
    }

    [Fact]
    public void Every_new_command_has_help()
    {
        foreach (var args in new[] { new[] { "breakfast" }, ["breakfast", "plan"], ["breakfast", "record"], ["visit", "plan"], ["visit", "debrief"], ["visit", "owed"], ["visit", "follow-up"] })
        {
            var run = Run([.. args, "--help"]);
            Assert.Equal(0, run.ExitCode);
            Assert.Contains("--as-of", run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Validate_reports_a_broken_event_file_with_its_location()
    {
        var file = Path.Combine(_folder, "bad.event.json");
        File.WriteAllText(file, "{ \"id\": \"march\", \"title\": \"x\", \"start\": \"2027-03-04T08:00:00Z\", \"duration\": \"two hours\", \"timeZone\": \"UTC\" }");
        var run = Run("validate", file);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("bad.event.json(1,", run.Output, StringComparison.Ordinal);
        Assert.Contains("PPE008", run.Output, StringComparison.Ordinal);
    }
}
