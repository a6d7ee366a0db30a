using System.Text.RegularExpressions;
using PeerPractice.ConsoleHost.Tests.Storage;
using PeerPractice.Matching;

namespace PeerPractice.ConsoleHost.Tests;

public sealed partial class LifecycleCommandTests : IDisposable
{
    private readonly TempDatabase _temp = new();
    private readonly string _members;

    public LifecycleCommandTests()
    {
        _members = Path.Combine(_temp.Folder, "members.json");
        File.WriteAllText(_members, ProfileLoader.Save(
        [
            Member("ana", "Ana Silva", "Acme"),
            Member("ben", "Ben Okafor", "Borealis"),
            Member("cy", "Cy Tan", "Cobalt"),
            Member("eve", "Eve Moss", "Acme"),
        ]));
    }

    public void Dispose() => _temp.Dispose();

    private static MemberProfile Member(string id, string name, string organization) => new()
    {
        Id = id,
        Name = name,
        Organization = organization,
        Title = "CIO",
        Industry = "retail",
        Metro = "London",
        Concerns = ["cybersecurity", "ai-integration"],
        Strengths = ["service-management"],
        Languages = ["en"],
    };

    private HostRun Run(string input, params string[] args) => HostRun.InvokeWithDatabase(input, _temp.Path, args);

    [Fact]
    public void An_accepted_introduction_begins_a_relationship_whose_next_session_carries_over()
    {
        var created = Run("", "intro", "create", "ana", "ben", "--top-peers", "--members", _members);
        Assert.True(created.ExitCode == 0, created.Error);
        Assert.Contains("--- to ana ---", created.Output, StringComparison.Ordinal);
        Assert.Contains("We would like to introduce you to Ben Okafor, CIO at Borealis", created.Output, StringComparison.Ordinal);
        var id = IntroId().Match(created.Output).Value;

        Assert.Equal(0, Run("", "intro", "answer", id, "ana", "--accept", "--members", _members).ExitCode);
        var twice = Run("", "intro", "answer", id, "ana", "--decline", "--members", _members);
        Assert.Equal(1, twice.ExitCode);
        Assert.Contains("ana already answered (accepted on", twice.Error, StringComparison.Ordinal);
        var both = Run("", "intro", "answer", id, "ben", "--accept", "--members", _members);
        Assert.True(both.ExitCode == 0, both.Error);
        var relationship = "rel-" + id["intro-".Length..];
        Assert.Contains($"Both accepted: relationship {relationship} begins (peer-brainstorm, every month)", both.Output, StringComparison.Ordinal);
        Assert.Contains($"{relationship}  Ana Silva (Acme) + Ben Okafor (Borealis)  month, 0 session(s), on track", Run("", "relationship", "list").Output, StringComparison.Ordinal);

        // The first session stops early with an action item; the second carries both over.
        var first = Run("ack all\nstart\nwait 4m\nnext\naction ben due 2026-02-01 Send the vendor scorecard\nfinish\n", "relationship", "next", relationship, "--clock", "manual", "--id", "s-1");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains("Carried over: nothing", first.Output, StringComparison.Ordinal);
        var second = Run("abandon\n", "session", "start", "--relationship", relationship, "--clock", "manual", "--start-time", "2026-02-05T09:00:00Z", "--id", "s-2");
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains($"session 2 of relationship {relationship}", second.Output, StringComparison.Ordinal);
        Assert.Contains("Opens: ", second.Output, StringComparison.Ordinal);
        Assert.Contains("Carried over, unfinished: ", second.Output, StringComparison.Ordinal);
        Assert.Contains("Carried over, open action: ben: Send the vendor scorecard (due 2026-02-01)", second.Output, StringComparison.Ordinal);

        var show = Run("", "relationship", "show", relationship);
        Assert.Contains("Sessions held: 2", show.Output, StringComparison.Ordinal);
        Assert.Contains("Speaking shares over the series: ana ", show.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_declined_introduction_tells_the_other_side_only_not_this_time_and_is_never_made_again()
    {
        var id = IntroId().Match(Run("", "intro", "create", "ben", "cy", "--top-peers", "--members", _members).Output).Value;
        Assert.Equal(0, Run("", "intro", "answer", id, "cy", "--decline", "--members", _members).ExitCode);

        Assert.Contains("not this time", Run("", "intro", "list", "--member", "ben").Output, StringComparison.Ordinal);
        Assert.DoesNotContain("declined", Run("", "intro", "list", "--member", "ben").Output, StringComparison.Ordinal);
        var again = Run("", "intro", "create", "cy", "ben", "--top-peers", "--members", _members);
        Assert.Equal(1, again.ExitCode);
        Assert.Contains("cannot be introduced", again.Error, StringComparison.Ordinal);
        var top = Run("", "match", "--member", "ben", "--members", _members, "--top", "5").Output;
        Assert.Contains("Ana Silva", top, StringComparison.Ordinal);
        Assert.DoesNotContain("Cy Tan", top, StringComparison.Ordinal);
    }

    [Fact]
    public void Bad_requests_are_refused_with_a_reason_and_the_usage_exit_code()
    {
        Assert.Equal(2, Run("", "intro", "answer", "x", "ana").ExitCode);
        Assert.Equal(2, Run("", "session", "start", "peer-brainstorm", "--relationship", "r1").ExitCode);
        Assert.Equal(2, Run("", "session", "start").ExitCode);
        Assert.Equal(1, Run("", "intro", "create", "ana", "eve", "--top-peers", "--members", _members).ExitCode);
        var unknown = Run("", "relationship", "next", "rel-nope");
        Assert.Equal(1, unknown.ExitCode);
        Assert.Contains("No relationship 'rel-nope'", unknown.Error, StringComparison.Ordinal);
        Assert.Contains("Every active relationship is on track.", Run("", "relationship", "overdue").Output, StringComparison.Ordinal);
        Assert.Contains("Start the relationship's next session", Run("", "relationship", "--help").Output, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void The_next_meeting_is_written_as_a_recurring_invitation_for_every_member()
    {
        var id = IntroId().Match(Run("", "intro", "create", "ana", "ben", "--top-peers", "--members", _members).Output).Value;
        Assert.Equal(0, Run("", "intro", "answer", id, "ana", "--accept", "--members", _members).ExitCode);
        Assert.Equal(0, Run("", "intro", "answer", id, "ben", "--accept", "--members", _members).ExitCode);
        var relationship = "rel-" + id["intro-".Length..];
        var folder = Path.Combine(_temp.Folder, "invites");

        var run = Run("", "relationship", "invite", relationship, "--out", folder, "--occurrences", "6");

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("Ana Silva: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("Ben Okafor: ", run.Output, StringComparison.Ordinal);
        var ics = File.ReadAllText(Path.Combine(folder, relationship + ".ics"));
        Assert.Contains("BEGIN:VEVENT", ics, StringComparison.Ordinal);
        Assert.Contains("RRULE:FREQ=MONTHLY", ics, StringComparison.Ordinal);
        Assert.Contains("COUNT=6", ics, StringComparison.Ordinal);
        Assert.Contains("ana@members.peerpractice.example", ics, StringComparison.Ordinal);
        Assert.Contains("ben@members.peerpractice.example", ics, StringComparison.Ordinal);

        var unknown = Run("", "relationship", "invite", "rel-nope", "--out", folder);
        Assert.Equal(1, unknown.ExitCode);
        Assert.Equal(2, Run("", "relationship", "invite", relationship, "--out", folder, "--occurrences", "0").ExitCode);
    }

    [GeneratedRegex("intro-[a-z0-9-]+")]
    private static partial Regex IntroId();
}
