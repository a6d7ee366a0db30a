using PeerPractice.ConsoleHost.Tests.Storage;

namespace PeerPractice.ConsoleHost.Tests;

public class MatchHistoryTests
{
    [Fact]
    public void Recorded_rounds_are_never_repeated_by_later_runs()
    {
        using var temp = new TempDatabase();

        var first = HostRun.InvokeWithDatabase("", temp.Path, "match", "--record", "--format", "csv", "--seed", "1");
        var second = HostRun.InvokeWithDatabase("", temp.Path, "match", "--record", "--format", "csv", "--seed", "1");

        Assert.True(first.ExitCode == 0, first.Error);
        Assert.True(second.ExitCode == 0, second.Error);
        Assert.Contains("Round 1 saved", first.Error, StringComparison.Ordinal);
        Assert.Contains("Round 2 saved", second.Error, StringComparison.Ordinal);
        var firstPairs = Pairs(first.Output);
        var secondPairs = Pairs(second.Output);
        Assert.True(firstPairs.Count > 50, "the default cohort should give a real round");
        Assert.True(secondPairs.Count > 50, "the second round should still pair most members");
        Assert.Empty(firstPairs.Intersect(secondPairs));
    }

    [Fact]
    public void Without_a_database_match_reads_nothing_and_creates_nothing()
    {
        using var temp = new TempDatabase();

        var run = HostRun.InvokeWithDatabase("", temp.Path, "match", "--format", "csv");

        Assert.Equal(0, run.ExitCode);
        Assert.False(File.Exists(temp.Path));
    }

    [Fact]
    public void Feedback_is_recorded_against_a_saved_pair_and_listed_in_the_history()
    {
        using var temp = new TempDatabase();
        var round = HostRun.InvokeWithDatabase("", temp.Path, "match", "--record", "--format", "csv");
        var (a, b) = Pairs(round.Output).First();

        var feedback = HostRun.InvokeWithDatabase("", temp.Path, "match", "feedback", "1", a, b, "--met", "--rating", "5", "--feedback", "Great first coffee");
        var history = HostRun.InvokeWithDatabase("", temp.Path, "match", "history");

        Assert.True(feedback.ExitCode == 0, feedback.Error);
        // Pairs() yields each pair in the canonical (ordinal) order the history lists it in.
        Assert.Contains($"{a} + {b}: met 5/5 - Great first coffee", history.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Feedback_for_a_pair_that_was_not_matched_is_refused()
    {
        using var temp = new TempDatabase();
        HostRun.InvokeWithDatabase("", temp.Path, "match", "--record", "--format", "csv");

        var run = HostRun.InvokeWithDatabase("", temp.Path, "match", "feedback", "1", "nobody", "either", "--met");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("did not pair nobody with either", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Feedback_needs_exactly_one_outcome()
    {
        using var temp = new TempDatabase();

        var run = HostRun.InvokeWithDatabase("", temp.Path, "match", "feedback", "1", "a", "b", "--met", "--did-not-meet");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("exactly one of --met or --did-not-meet", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Feedback_rating_must_be_one_to_five()
    {
        using var temp = new TempDatabase();

        var run = HostRun.InvokeWithDatabase("", temp.Path, "match", "feedback", "1", "a", "b", "--met", "--rating", "9");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--rating must be between 1 and 5", run.Error, StringComparison.Ordinal);
    }

    private static List<(string, string)> Pairs(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Skip(1)
            .Select(line => line.Split(','))
            .Where(cells => cells.Length > 2 && cells[1].Length > 0)
            .SelectMany(cells => PairsOfRow(cells.Take(3).Where(c => c.Length > 0).ToArray()))
            .ToList();

    private static IEnumerable<(string, string)> PairsOfRow(string[] ids)
    {
        for (var i = 0; i < ids.Length; i++)
        {
            for (var j = i + 1; j < ids.Length; j++)
            {
                yield return string.CompareOrdinal(ids[i], ids[j]) < 0 ? (ids[i], ids[j]) : (ids[j], ids[i]);
            }
        }
    }
}
