using System.Text;
using PeerPractice.ConsoleHost.Facilitation;
using PeerPractice.ConsoleHost.Tests.Storage;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Tests.Sessions;

/// <summary>Script lines of any size or shape are an action or a located error, never a crash (issue 12, defects 6 and 13).</summary>
public class ScriptInputTests
{
    private static readonly string[] Words =
    [
        "ack", "all", "start", "next", "n", "skip", "back", "pause", "resume", "extend", "e", "note", "action", "due", "finish",
        "abandon", "quit", "wait", "status", "help", "alex", "sam", "shareable", "private", "2026-02-30", "9999-12-31", "#",
        "PT", "PT5M", "PT99999999999H", "P1D", "-1m", "0s", "24h", "24h1s", "4h", "4h1s", "99999999999999999999h",
        "9223372036854775807s", "1h1h1h", "m", "5", "5x", "½", "\t", "é", "\u200b", "1e9s", "4m30s", "1H30M",
    ];

    [Fact]
    public void The_action_parser_never_throws_on_random_and_boundary_lines()
    {
        var random = new Random(20261125);
        var lines = new List<string>(Words) { "", " ", new string('9', 5000) + "h", "wait " + new string('9', 400), "extend " + new string('1', 19) + "s" };
        for (var i = 0; i < 20_000; i++)
        {
            var line = new StringBuilder();
            var words = random.Next(1, 6);
            for (var w = 0; w < words; w++)
            {
                line.Append(random.Next(4) == 0 ? random.Next().ToString(System.Globalization.CultureInfo.InvariantCulture) + "hms"[random.Next(3)] : Words[random.Next(Words.Length)]);
                line.Append(random.Next(5) == 0 ? "" : " ");
            }

            lines.Add(line.ToString());
        }

        foreach (var line in lines)
        {
            var parsed = ActionParser.TryParse(line, out var action, out var error);
            if (!parsed)
            {
                Assert.NotEqual("", error);
                Assert.True(error.Length < 400, $"an error quotes too much of '{line[..Math.Min(40, line.Length)]}'");
            }

            switch (action)
            {
                case FacilitatorAction.Wait wait:
                    Assert.InRange(wait.By, TimeSpan.Zero, ScriptLimits.MaxWait);
                    break;
                case FacilitatorAction.Run { Command: ExtendCommand extend }:
                    Assert.InRange(extend.By, TimeSpan.FromTicks(1), ScriptLimits.MaxExtension);
                    break;
            }
        }
    }

    [Theory]
    [InlineData("24h", "Valid")]
    [InlineData("PT24H", "Valid")]
    [InlineData("23h59m60s", "Valid")]
    [InlineData("24h1s", "TooLong")]
    [InlineData("99999999999h", "TooLong")]
    [InlineData("9223372036854775807s", "TooLong")]
    [InlineData("99999999999999999999h", "TooLong")]
    [InlineData("PT99999999999H", "TooLong")]
    [InlineData("P10675199D", "NotADuration")]
    [InlineData("soon", "NotADuration")]
    [InlineData("", "NotADuration")]
    [InlineData("5", "NotADuration")]
    public void Durations_are_bounded_and_never_overflow(string text, string expected)
    {
        Assert.Equal(expected, ActionParser.TryParseDuration(text, ScriptLimits.MaxWait, out _).ToString());
    }

    [Fact]
    public void Huge_waits_and_extensions_are_located_errors_that_change_nothing_and_the_script_goes_on()
    {
        using var temp = new TempDatabase();

        var run = HostRun.InvokeWithDatabase(
            "ack all\nstart\nwait 99999999999h\nextend 9999999h\nextend PT10000000H\nwait 9223372036854775807s\nwait 1m\nstatus\nquit\n",
            temp.Path,
            SessionScripts.StartArguments);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input line 3: '99999999999h' is more than the 1 d one wait may cover", run.Error, StringComparison.Ordinal);
        Assert.Contains("input line 4: '9999999h' is more than the 4 h one extension may add", run.Error, StringComparison.Ordinal);
        Assert.Contains("input line 5: 'PT10000000H' is more than", run.Error, StringComparison.Ordinal);
        Assert.Contains("input line 6: '9223372036854775807s' is more than", run.Error, StringComparison.Ordinal);
        Assert.Contains("> wait 1m: 1 min passed", run.Output, StringComparison.Ordinal);
        Assert.Contains("4 min left of 5 min", run.Output, StringComparison.Ordinal);
        Assert.Contains("session resume s-1", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void With_auto_advance_a_long_wait_credits_each_turn_exactly_its_time()
    {
        using var temp = new TempDatabase();

        var run = HostRun.InvokeWithDatabase("ack all\nstart\nwait 6m\nquit\n", temp.Path, [.. SessionScripts.StartArguments, "--auto-advance"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Sam Okafor responds", run.Output, StringComparison.Ordinal);
        Assert.Contains("2 min left of 3 min", run.Output, StringComparison.Ordinal);
        Assert.Contains("Alex Chen 5 min", run.Output, StringComparison.Ordinal);
        Assert.Contains("Sam Okafor 1 min", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overlong_line_is_a_located_error_quoted_cut_short_and_the_script_goes_on()
    {
        using var temp = new TempDatabase();
        var huge = "note alex private " + new string('x', 10 * 1024 * 1024);

        var run = HostRun.InvokeWithDatabase($"ack all\nstart\n{huge}\nwait 1m\nquit\n", temp.Path, SessionScripts.StartArguments);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"input line 3: the line is {huge.Length} characters long; lines are limited to {ScriptLimits.MaxLineLength}", run.Error, StringComparison.Ordinal);
        Assert.True(run.Error.Length < 1000, "the error echoes the whole line");
        Assert.Contains("> wait 1m: 1 min passed", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Notes_and_action_items_over_the_library_limits_are_located_errors()
    {
        using var temp = new TempDatabase();
        var note = new string('n', SessionLimits.MaxNoteLength + 1);
        var item = new string('a', SessionLimits.MaxActionItemLength + 1);

        var run = HostRun.InvokeWithDatabase($"ack all\nstart\nnote alex shareable {note}\naction sam {item}\nquit\n", temp.Path, SessionScripts.StartArguments);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"input line 3: the note is {note.Length} characters long; notes are limited to {SessionLimits.MaxNoteLength}", run.Error, StringComparison.Ordinal);
        Assert.Contains($"input line 4: the action item is {item.Length} characters long; action items are limited to {SessionLimits.MaxActionItemLength}", run.Error, StringComparison.Ordinal);
        Assert.True(run.Error.Length < 1000, "the errors echo the whole text");
        Assert.DoesNotContain("note kept", run.Output, StringComparison.Ordinal);
    }
}
