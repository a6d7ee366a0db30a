using System.Text.Json;
using PeerPractice.ConsoleHost.Tests.Storage;

namespace PeerPractice.ConsoleHost.Tests;

/// <summary>Regressions of issue 12 in the host: history for top peers, option combinations, round notes, site visits.</summary>
public class MatchControlsTests
{
    // x's concern is p's strength, so p is x's best peer by far; q is a plain candidate.
    private const string Three = """
        { "members": [
          { "id": "x", "name": "Xia Li", "organization": "Alpha", "concerns": ["cybersecurity"] },
          { "id": "p", "name": "Pat Roe", "organization": "Beta", "strengths": ["cybersecurity"], "concerns": ["mobile-technology"] },
          { "id": "q", "name": "Quinn Ash", "organization": "Gamma", "concerns": ["budget-pressure"] }
        ] }
        """;

    private const string Pair = """
        { "members": [
          { "id": "x", "name": "Xia Li", "organization": "Alpha", "concerns": ["cybersecurity"] },
          { "id": "p", "name": "Pat Roe", "organization": "Beta", "strengths": ["cybersecurity"] }
        ] }
        """;

    [Fact]
    public void Top_peers_leave_out_a_peer_met_last_round_and_rated_a_poor_fit()
    {
        // Regression (defect 2): top peers ignored the database, so p stayed first.
        using var temp = new TempDatabase();
        var three = Write(temp, "three.json", Three);
        var before = HostRun.InvokeWithDatabase("", temp.Path, "match", "--members", three, "--member", "x", "--format", "csv");
        Assert.StartsWith("x,p,", Rows(before.Output)[0], StringComparison.Ordinal);

        var round = HostRun.InvokeWithDatabase("", temp.Path, "match", "--members", Write(temp, "pair.json", Pair), "--record", "--format", "csv");
        Assert.True(round.ExitCode == 0, round.Error);
        var feedback = HostRun.InvokeWithDatabase("", temp.Path, "match", "feedback", "1", "x", "p", "--met", "--rating", "1");
        Assert.True(feedback.ExitCode == 0, feedback.Error);

        var after = HostRun.InvokeWithDatabase("", temp.Path, "match", "--members", three, "--member", "x", "--format", "csv");
        Assert.Equal(0, after.ExitCode);
        Assert.Equal(["x,q"], Rows(after.Output).Select(r => string.Join(',', r.Split(',').Take(2))));
    }

    [Fact]
    public void Top_peers_respect_the_cool_down_of_a_round_just_recorded()
    {
        using var temp = new TempDatabase();
        HostRun.InvokeWithDatabase("", temp.Path, "match", "--members", Write(temp, "pair.json", Pair), "--record");
        var after = HostRun.InvokeWithDatabase("", temp.Path, "match", "--members", Write(temp, "three.json", Three), "--member", "x", "--format", "csv");
        Assert.DoesNotContain(Rows(after.Output), r => r.StartsWith("x,p,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("--record cannot go with --member", "match", "--member", "m00010", "--record")]
    [InlineData("--seed cannot go with --member", "match", "--member", "m00010", "--seed", "3")]
    [InlineData("--top needs --member", "match", "--top", "3")]
    [InlineData("--rating cannot go with --did-not-meet", "match", "feedback", "1", "a", "b", "--did-not-meet", "--rating", "2")]
    [InlineData("Give exactly one of --met or --did-not-meet", "match", "feedback", "1", "a", "b")]
    public void Options_that_cannot_go_together_are_a_usage_error_that_says_why(string message, params string[] args)
    {
        // Regression (defect 3): 'match --member ... --record' did nothing and exited 0.
        var run = HostRun.Invoke("", args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Output);
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("csv")]
    public void Every_member_of_a_trio_is_told_in_every_format(string format)
    {
        // Regression (defect 5): the round's notes were dropped.
        using var temp = new TempDatabase();
        var run = HostRun.InvokeWithDatabase("", temp.Path, "match", "--members", Write(temp, "three.json", Three), "--format", format);
        Assert.Equal(0, run.ExitCode);
        var notes = NotesIn(run.Output, format);
        foreach (var id in new[] { "x", "p", "q" })
        {
            Assert.Contains(notes, n => n.Member == id && n.Message.Contains("trio", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("table")]
    [InlineData("json")]
    [InlineData("csv")]
    public void A_member_who_sits_out_is_told_in_every_format(string format)
    {
        using var temp = new TempDatabase();
        var policy = Write(temp, "policy.json", """{ "oddCount": "RotatingSitOut" }""");
        var run = HostRun.InvokeWithDatabase("", temp.Path, "match", "--members", Write(temp, "three.json", Three), "--policy", policy, "--format", format);
        Assert.Equal(0, run.ExitCode);
        Assert.Single(NotesIn(run.Output, format), n => n.Message.Contains("sit out", StringComparison.Ordinal));
    }

    [Fact]
    public void Visit_targets_apply_the_member_controls_and_history()
    {
        using var temp = new TempDatabase();
        var members = Write(temp, "visit.json", """
            { "members": [
              { "id": "v", "name": "Val Moss", "organization": "Alpha", "concerns": ["cybersecurity"], "doNotPair": ["b1"] },
              { "id": "b1", "name": "Blake One", "organization": "Beta", "strengths": ["cybersecurity"], "title": "CIO", "roleLevel": "Executive" },
              { "id": "b2", "name": "Bo Two", "organization": "Beta", "strengths": ["cybersecurity"] },
              { "id": "g1", "name": "Gil Three", "organization": "Gamma", "strengths": ["cybersecurity"] },
              { "id": "d1", "name": "Dee Four", "organization": "Delta", "strengths": ["cybersecurity"], "doNotPair": ["v"] }
            ] }
            """);

        var first = HostRun.InvokeWithDatabase("", temp.Path, "visit", "targets", "--member", "v", "--members", members, "--format", "csv");
        Assert.True(first.ExitCode == 0, first.Error);
        Assert.Contains(Rows(first.Output), r => r.StartsWith("Beta,", StringComparison.Ordinal) && r.Contains(",b2,", StringComparison.Ordinal));
        Assert.DoesNotContain("b1", first.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Delta", first.Output, StringComparison.Ordinal);
        Assert.Contains(Rows(first.Output), r => r.StartsWith("Gamma,", StringComparison.Ordinal));

        // A round that paired v with g1 puts g1 in cool-down for v: Gamma has no other host, so it drops out.
        var pair = Write(temp, "pair.json", """{ "members": [ { "id": "v", "organization": "Alpha" }, { "id": "g1", "organization": "Gamma" } ] }""");
        Assert.Equal(0, HostRun.InvokeWithDatabase("", temp.Path, "match", "--members", pair, "--record").ExitCode);
        var later = HostRun.InvokeWithDatabase("", temp.Path, "visit", "targets", "--member", "v", "--members", members, "--objective", "cybersecurity");
        Assert.Equal(0, later.ExitCode);
        Assert.Contains("Beta: ask for Bo Two (b2)", later.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("Gamma", later.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Unknown topic 'quantum'", "visit", "targets", "--member", "m00010", "--objective", "quantum")]
    [InlineData("No member with id 'nobody'", "visit", "targets", "--member", "nobody")]
    [InlineData("--member", "visit", "targets")]
    public void Visit_targets_usage_errors_exit_2(string message, params string[] args)
    {
        var run = HostRun.Invoke("", args);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Visit_targets_for_a_default_member_as_json()
    {
        var run = HostRun.Invoke("", "visit", "targets", "--member", "m00010", "--format", "json", "--count", "3");
        Assert.True(run.ExitCode == 0, run.Error);
        using var doc = JsonDocument.Parse(run.Output);
        Assert.Equal("m00010", doc.RootElement.GetProperty("visitor").GetString());
        Assert.InRange(doc.RootElement.GetProperty("targets").GetArrayLength(), 1, 3);
    }

    private static string Write(TempDatabase temp, string name, string json)
    {
        var path = Path.Combine(temp.Folder, name);
        File.WriteAllText(path, json);
        return path;
    }

    private static List<string> Rows(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Skip(1).ToList();

    private static List<(string Member, string Message)> NotesIn(string output, string format)
    {
        switch (format)
        {
            case "json":
                using (var doc = JsonDocument.Parse(output))
                {
                    return doc.RootElement.GetProperty("matches").EnumerateArray().Concat(doc.RootElement.GetProperty("unmatched").EnumerateArray())
                        .SelectMany(row => row.GetProperty("notes").EnumerateArray())
                        .Select(n => (n.GetProperty("member").GetString()!, n.GetProperty("message").GetString()!))
                        .ToList();
                }

            case "csv":
                Assert.StartsWith("member_a,member_b,member_c,score,relaxed,reasons,notes", output, StringComparison.Ordinal);
                return Rows(output)
                    .Select(r => r[(r.LastIndexOf(",\"", StringComparison.Ordinal) + 2)..].TrimEnd('"'))
                    .SelectMany(cell => cell.Split(" | "))
                    .Where(n => n.Contains(": ", StringComparison.Ordinal))
                    .Select(n => (n[..n.IndexOf(':', StringComparison.Ordinal)], n[(n.IndexOf(':', StringComparison.Ordinal) + 2)..]))
                    .ToList();
            default:
                return output.Split('\n').Select(l => l.Trim())
                    .Where(l => l.StartsWith("note to ", StringComparison.Ordinal))
                    .Select(l => (l["note to ".Length..l.IndexOf(':', StringComparison.Ordinal)], l[(l.IndexOf(':', StringComparison.Ordinal) + 2)..]))
                    .ToList();
        }
    }
}
