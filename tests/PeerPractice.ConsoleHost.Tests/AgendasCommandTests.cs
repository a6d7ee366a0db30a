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

/// <summary>Issue 18, item 6: an author's folder of agendas, seen as the generator sees a project's files.</summary>
public sealed class AgendaFolderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pp-agendas-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void Agendas_list_dir_lists_every_agenda_file_recursively_and_reports_broken_ones_located()
    {
        Directory.CreateDirectory(Path.Combine(_folder, "nested"));
        File.WriteAllText(Path.Combine(_folder, "nested", "walk.agenda.json"), """
            { "id": "walk-and-talk", "title": "Walk and talk", "format": "pair", "duration": "45m",
              "sections": [ { "id": "s", "title": "S", "items": [ { "id": "one", "prompt": "How are you?", "turns": "each", "timebox": "5m" } ] } ] }
            """);
        File.WriteAllText(Path.Combine(_folder, "broken.agenda.json"), "{ \"id\": \"broken\" }");

        var run = HostRun.Invoke("", "agendas", "list", "--dir", _folder);

        Assert.Equal(1, run.ExitCode);
        Assert.Matches(@"walk-and-talk\s+pair\s+45 min\s+Walk and talk: .*walk\.agenda\.json\]", run.Output);
        Assert.Contains("peer-brainstorm", run.Output, StringComparison.Ordinal);
        Assert.Contains("broken.agenda.json(1,", run.Error, StringComparison.Ordinal);

        var show = HostRun.Invoke("", "agendas", "show", "walk-and-talk", "--dir", _folder);
        Assert.True(show.ExitCode == 0, show.Error);
        Assert.Contains("How are you? [each, 5 min each]", show.Output, StringComparison.Ordinal);
    }
}
