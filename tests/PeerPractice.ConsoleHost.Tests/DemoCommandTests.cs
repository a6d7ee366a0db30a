namespace PeerPractice.ConsoleHost.Tests;

public class DemoCommandTests
{
    [Fact]
    public void No_arguments_runs_the_demo()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = HostApp.Run([], new HostContext(output, error, TimeProvider.System));
        Assert.Equal(0, exit);
        Assert.Contains("PeerPractice demo", output.ToString());
        Assert.Equal("", error.ToString());
    }

    [Fact]
    public void Unknown_command_is_a_usage_error()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var exit = HostApp.Run(["no-such-command"], new HostContext(output, error, TimeProvider.System));
        Assert.Equal(2, exit);
        Assert.NotEqual("", error.ToString());
    }
}
