using PeerPractice.Sessions;
using static PeerPractice.Core.Tests.Sessions.TestAgendas;

namespace PeerPractice.Core.Tests.Sessions;

public sealed class SessionGraphsTests
{
    [Fact]
    public void Agenda_flow_in_mermaid_runs_agreements_items_in_order_then_wrap_up()
    {
        var text = SessionGraphs.AgendaFlowMermaid(PeerBrainstorm);

        Assert.StartsWith("flowchart TD\n", text, StringComparison.Ordinal);
        Assert.Contains("agreements{{\"Agreements: confidentiality\"}}", text, StringComparison.Ordinal);
        Assert.Contains("subgraph s0[\"Biggest problem\"]", text, StringComparison.Ordinal);
        Assert.Contains("<i>each · 5 min each + perspective 3 min</i>", text, StringComparison.Ordinal);
        Assert.Contains("<i>open · 10 min</i>", text, StringComparison.Ordinal);
        Assert.Contains("agreements --> i0\n    i0 --> i1\n    i1 --> i2\n    i2 --> i3\n", text, StringComparison.Ordinal);
        Assert.EndsWith("i3 --> wrap\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Agenda_flow_in_dot_has_a_cluster_per_section_and_escapes_quotes()
    {
        var text = SessionGraphs.AgendaFlowDot(SiteVisit with { Title = "The \"big\" visit" });

        Assert.StartsWith("digraph \"site-visit\" {\n", text, StringComparison.Ordinal);
        Assert.Contains("start [label=\"The \\\"big\\\" visit\", shape=oval];", text, StringComparison.Ordinal);
        Assert.Contains("subgraph cluster_0 {", text, StringComparison.Ordinal);
        Assert.Contains("role:host · 30 min + questions 10 min", text, StringComparison.Ordinal);
        Assert.DoesNotContain("agreements", text, StringComparison.Ordinal);
        Assert.EndsWith("i1 -> wrap;\n}\n", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_agenda_machine_graph_shows_its_transitions_and_only_those()
    {
        var text = SessionGraphs.AgendaMachineMermaid();

        var transitions = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Contains("-->", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToArray();

        // The whole set, compared both ways: a transition missing or one too many fails.
        // Every transition the machine has (26), from exploring it; nothing leaves Finished or Abandoned.
        string[] expected =
        [
            "AgreementsPending --> Abandoned : Abandon",
            "AgreementsPending --> AgreementsPending : Acknowledge",
            "AgreementsPending --> AgreementsPendingPaused : Pause",
            "AgreementsPending --> InItem : Start",
            "AgreementsPendingPaused --> Abandoned : Abandon",
            "AgreementsPendingPaused --> AgreementsPending : Resume",
            "InItem --> Abandoned : Abandon",
            "InItem --> Finished : Finish",
            "InItem --> InItem : go back",
            "InItem --> InItem : last turn ends",
            "InItem --> InItem : skip item",
            "InItem --> InItemPaused : Pause",
            "InItem --> WrapUp : last turn ends",
            "InItem --> WrapUp : skip item",
            "InItemPaused --> Abandoned : Abandon",
            "InItemPaused --> InItem : Resume",
            "NotStarted --> Abandoned : Abandon",
            "NotStarted --> AgreementsPending : Acknowledge",
            "NotStarted --> InItem : Start",
            "WrapUp --> Abandoned : Abandon",
            "WrapUp --> Finished : Finish",
            "WrapUp --> InItem : go back",
            "WrapUp --> WrapUpPaused : Pause",
            "WrapUpPaused --> Abandoned : Abandon",
            "WrapUpPaused --> WrapUp : Resume",
            "[*] --> NotStarted : create",
        ];
        Assert.Equal(expected.Order(StringComparer.Ordinal), transitions);
        Assert.StartsWith("stateDiagram-v2\n", text, StringComparison.Ordinal);
        Assert.DoesNotContain(transitions, t => t.StartsWith("Finished -->", StringComparison.Ordinal) || t.StartsWith("Abandoned -->", StringComparison.Ordinal));
    }

    [Fact]
    public void The_turn_machine_graph_covers_speaking_responding_and_open_floor()
    {
        var mermaid = SessionGraphs.TurnMachineMermaid();
        var dot = SessionGraphs.TurnMachineDot();

        Assert.Contains("Speaking --> Responding : next", mermaid, StringComparison.Ordinal);
        Assert.Contains("Responding --> Speaking : next", mermaid, StringComparison.Ordinal);
        Assert.Contains("Speaking --> Speaking : next", mermaid, StringComparison.Ordinal);
        Assert.Contains("OpenFloor --> ItemDone : next", mermaid, StringComparison.Ordinal);
        Assert.Contains("OpenFloor --> Responding : next", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("Responding --> Responding", mermaid, StringComparison.Ordinal);
        Assert.Contains("\"Responding\" -> \"ItemDone\" [label=\"next\"];", dot, StringComparison.Ordinal);
        Assert.StartsWith("digraph turn_machine {", dot, StringComparison.Ordinal);
        Assert.StartsWith("digraph agenda_machine {", SessionGraphs.AgendaMachineDot(), StringComparison.Ordinal);
    }
}
