namespace PeerPractice.ConsoleHost.Tests;

public class DemoCommandTests
{
    [Fact]
    public void No_arguments_runs_the_demo_through_every_capability()
    {
        var run = HostRun.Invoke("");

        Assert.Equal(0, run.ExitCode);
        Assert.Equal("", run.Error);
        Assert.Contains("Typed agenda, generated at compile time from Agendas/quick-check-in.agenda.json", run.Output, StringComparison.Ordinal);
        Assert.Contains("ItemId.BiggestProblem: What is your biggest problem right now? [each, 4 min each]", run.Output, StringComparison.Ordinal);
        Assert.Contains("Speaking shares:", run.Output, StringComparison.Ordinal);
        Assert.Contains("== Peer matching ==", run.Output, StringComparison.Ordinal);
        Assert.Contains("Top 3 peers for", run.Output, StringComparison.Ordinal);
        Assert.Contains("next-meeting.ics", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Demo_command_is_the_same_as_no_arguments()
    {
        var implicitDemo = HostRun.Invoke("");
        var explicitDemo = HostRun.Invoke("", "demo");

        Assert.Equal((0, ""), (explicitDemo.ExitCode, explicitDemo.Error));
        Assert.Equal((implicitDemo.ExitCode, implicitDemo.Error), (explicitDemo.ExitCode, explicitDemo.Error));
        // Each run writes its documents into a folder of its own; apart from that folder, the same output.
        Assert.Equal(implicitDemo.Output.Replace(implicitDemo.Scratch, "<scratch>", StringComparison.Ordinal), explicitDemo.Output.Replace(explicitDemo.Scratch, "<scratch>", StringComparison.Ordinal));
        Assert.Contains("== Peer matching ==", explicitDemo.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        var run = HostRun.Invoke("", "no-such-command");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("no-such-command", run.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("session", "start")]
    [InlineData("agendas", "graph")]
    [InlineData("validate")]
    [InlineData("match")]
    [InlineData("render")]
    [InlineData("templates", "check")]
    public void Every_command_has_help(params string[] command)
    {
        var run = HostRun.Invoke("", [.. command, "--help"]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Usage:", run.Output, StringComparison.Ordinal);
    }
}
