using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Time.Testing;

namespace PeerPractice.ConsoleHost.Tests;

public class MatchCommandTests
{
    private static (int Exit, string Out, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero));
        // Whatever a run writes (the demo's documents) goes under its own folder, deleted afterwards.
        var scratch = Directory.CreateTempSubdirectory("pp-match-").FullName;
        try
        {
            var context = new HostContext(output, error, time)
            {
                DefaultDatabasePath = Path.Combine(scratch, "unused", "peerpractice.db"),
                DemoFolder = Path.Combine(scratch, "demo"),
            };
            var exit = HostApp.Run(args, context);
            return (exit, output.ToString(), error.ToString());
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    [Fact]
    public void Demo_shows_a_round_and_one_members_top_peers_with_reasons()
    {
        var (exit, output, _) = Run("demo");
        Assert.Equal(0, exit);
        Assert.Contains("== Peer matching ==", output);
        Assert.Contains("without a peer", output);
        Assert.Contains("Top 3 peers for", output);
        Assert.Contains("the same kind of role", output);
    }

    [Fact]
    public void Json_round_accounts_for_every_default_member_and_is_deterministic()
    {
        var (exit, output, error) = Run("match", "--format", "json", "--seed", "4");
        Assert.Equal((0, ""), (exit, error));
        using var doc = JsonDocument.Parse(output);
        var matched = doc.RootElement.GetProperty("matches").EnumerateArray().Sum(m => m.GetProperty("members").GetArrayLength());
        var unmatched = doc.RootElement.GetProperty("unmatched").GetArrayLength();
        Assert.Equal(200, matched + unmatched);
        Assert.Equal(output, Run("match", "--format", "json", "--seed", "4").Out);
    }

    [Fact]
    public void Csv_top_peers_for_one_member()
    {
        var (exit, output, _) = Run("match", "--member", "m00010", "--top", "3", "--format", "csv");
        Assert.Equal(0, exit);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal("member_a,member_b,member_c,score,relaxed,reasons,notes", lines[0].TrimEnd());
        Assert.Equal(4, lines.Length);
        Assert.All(lines.Skip(1), l => Assert.StartsWith("m00010,", l, StringComparison.Ordinal));
    }

    [Fact]
    public void Bad_profiles_file_reports_located_problems_with_exit_1()
    {
        var folder = Directory.CreateTempSubdirectory("pp-members-").FullName;
        var path = Path.Combine(folder, "members.json");
        File.WriteAllText(path, """{ "members": [ { "id": "a", "organization": "A" }, { "id": "a" } ] }""");
        try
        {
            var (exit, _, error) = Run("match", "--members", path);
            Assert.Equal(1, exit);
            var name = Path.GetFileName(path);
            Assert.Matches($@"{Regex.Escape(name)}\(1,60\): error PPM003: Duplicate id 'a'.*\[\$\.members\[1\]\.id\]", error);
            Assert.Matches($@"{Regex.Escape(name)}\(1,52\): error PPM004: .*\[\$\.members\[1\]\.organization\]", error);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("match", "--format", "xml")]
    [InlineData("match", "--member", "nobody")]
    public void Usage_errors_exit_2(params string[] args) => Assert.Equal(2, Run(args).Exit);
}
