namespace PeerPractice.ConsoleHost.Tests;

public class AgendasCommandTests
{
    [Fact]
    public void List_names_every_built_in_agenda()
    {
        var run = HostRun.Invoke("", "agendas", "list");

        Assert.Equal(0, run.ExitCode);
        foreach (var id in PeerPractice.Agendas.AgendaLibrary.Ids)
        {
            Assert.Contains(id, run.Output, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Show_prints_sections_items_turns_and_roles()
    {
        var run = HostRun.Invoke("", "agendas", "show", "site-visit-day");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("role host:", run.Output, StringComparison.Ordinal);
        Assert.Contains("[role:host, ", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mermaid", "flowchart")]
    [InlineData("dot", "digraph")]
    public void Graph_prints_an_agenda_flow(string format, string expected)
    {
        var run = HostRun.Invoke("", "agendas", "graph", "peer-brainstorm", "--format", format);

        Assert.Equal(0, run.ExitCode);
        Assert.StartsWith(expected, run.Output.TrimStart(), StringComparison.Ordinal);
        Assert.Contains("biggest-problem", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Graph_prints_the_session_state_machines()
    {
        var run = HostRun.Invoke("", "agendas", "graph", "turn-machine", "--format", "dot");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("digraph", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_agenda_is_a_clear_error()
    {
        var run = HostRun.Invoke("", "agendas", "show", "no-such-agenda");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("No built-in agenda 'no-such-agenda'", run.Error, StringComparison.Ordinal);
        Assert.Contains("peer-brainstorm", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_graph_format_is_a_usage_error()
    {
        var run = HostRun.Invoke("", "agendas", "graph", "peer-brainstorm", "--format", "png");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--format must be 'mermaid' or 'dot'", run.Error, StringComparison.Ordinal);
    }
}
