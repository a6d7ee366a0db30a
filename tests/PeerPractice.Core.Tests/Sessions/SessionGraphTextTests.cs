using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Sessions;

namespace PeerPractice.Core.Tests.Sessions;

/// <summary>
/// The exported graphs as whole texts, written out by hand from the DOT and Mermaid syntax rather than
/// captured from a run: a renderer reads every line, so a missing line, a lost escape or a changed
/// label is a broken graph even when the edges are right.
/// </summary>
public sealed class SessionGraphTextTests
{
    // Quotes, a backslash and a line break in the title, two agreements, two sections, one item each.
    private static readonly AgendaDefinition Tiny = new(
        "tiny",
        "A \"b\" \\c\nd",
        "",
        AgendaFormat.Pair,
        new ParticipantRule(2, 2, ValueArray<ParticipantRole>.Empty),
        TimeSpan.FromMinutes(30),
        null,
        [new Agreement("confidentiality", "Stays here."), new Agreement("no-selling", "Nobody sells.")],
        RotationPolicy.Alternate,
        [
            new AgendaSection("round", "Round",
            [
                new AgendaItem("intro", "Who \"are\" you?", TurnPolicy.Each, TimeSpan.FromMinutes(2), null, ""),
            ]),
            new AgendaSection("close", "Close",
            [
                new AgendaItem("talk", "Talk", TurnPolicy.Open, TimeSpan.FromMinutes(10), new ResponsePhase(ResponseKind.Questions, TimeSpan.FromMinutes(2)), ""),
            ]),
        ],
        new ClosingRule(true, false));

    [Fact]
    public void The_agenda_flow_in_dot_is_exactly_this_text()
    {
        const string Expected =
            "digraph \"tiny\" {\n" +
            "    rankdir=TB;\n" +
            "    node [shape=box, style=rounded];\n" +
            "    start [label=\"A \\\"b\\\" \\\\c d\", shape=oval];\n" +
            "    agreements [label=\"Agreements: confidentiality, no-selling\", shape=hexagon];\n" +
            "    start -> agreements;\n" +
            "    subgraph cluster_0 {\n" +
            "        label=\"Round\";\n" +
            "        i0 [label=\"intro\\nWho \\\"are\\\" you?\\neach · 2 min each\"];\n" +
            "    }\n" +
            "    subgraph cluster_1 {\n" +
            "        label=\"Close\";\n" +
            "        i1 [label=\"talk\\nTalk\\nopen · 10 min + questions 2 min\"];\n" +
            "    }\n" +
            "    agreements -> i0;\n" +
            "    i0 -> i1;\n" +
            "    wrap [label=\"Wrap-up: action items\", shape=oval];\n" +
            "    i1 -> wrap;\n" +
            "}\n";

        Assert.Equal(Expected, SessionGraphs.AgendaFlowDot(Tiny));
    }

    [Fact]
    public void The_agenda_flow_in_mermaid_is_exactly_this_text()
    {
        const string Expected =
            "flowchart TD\n" +
            "    start([\"A #quot;b#quot; \\c d\"])\n" +
            "    agreements{{\"Agreements: confidentiality, no-selling\"}}\n" +
            "    start --> agreements\n" +
            "    subgraph s0[\"Round\"]\n" +
            "        i0[\"intro<br/>Who #quot;are#quot; you?<br/><i>each · 2 min each</i>\"]\n" +
            "    end\n" +
            "    subgraph s1[\"Close\"]\n" +
            "        i1[\"talk<br/>Talk<br/><i>open · 10 min + questions 2 min</i>\"]\n" +
            "    end\n" +
            "    agreements --> i0\n" +
            "    i0 --> i1\n" +
            "    wrap([\"Wrap-up: action items\"])\n" +
            "    i1 --> wrap\n";

        Assert.Equal(Expected, SessionGraphs.AgendaFlowMermaid(Tiny));
    }

    [Fact]
    public void Without_agreements_the_flow_runs_from_start_to_the_first_item()
    {
        var agenda = Tiny with { Agreements = ValueArray<Agreement>.Empty };

        var dot = SessionGraphs.AgendaFlowDot(agenda);
        var mermaid = SessionGraphs.AgendaFlowMermaid(agenda);

        Assert.Contains("    start -> i0;\n    i0 -> i1;\n", dot, StringComparison.Ordinal);
        Assert.DoesNotContain("agreements", dot, StringComparison.Ordinal);
        Assert.Contains("    start --> i0\n    i0 --> i1\n", mermaid, StringComparison.Ordinal);
        Assert.DoesNotContain("agreements", mermaid, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true, "Wrap-up: action items, next meeting")]
    [InlineData(true, false, "Wrap-up: action items")]
    [InlineData(false, true, "Wrap-up: next meeting")]
    [InlineData(false, false, "Wrap-up")]
    public void The_wrap_up_node_names_what_the_closing_asks_for(bool actionItems, bool scheduleNext, string label)
    {
        var agenda = Tiny with { Closing = new ClosingRule(actionItems, scheduleNext) };

        Assert.Contains("    wrap([\"" + label + "\"])\n", SessionGraphs.AgendaFlowMermaid(agenda), StringComparison.Ordinal);
        Assert.Contains("    wrap [label=\"" + label + "\", shape=oval];\n", SessionGraphs.AgendaFlowDot(agenda), StringComparison.Ordinal);
    }

    [Fact]
    public void A_machine_in_dot_opens_with_its_name_and_start_point_and_holds_the_mermaid_transitions()
    {
        var dot = SessionGraphs.AgendaMachineDot();

        Assert.StartsWith(
            "digraph agenda_machine {\n" +
            "    node [shape=box, style=rounded];\n" +
            "    \"[*]\" [shape=point, label=\"\"];\n" +
            "    \"[*]\" -> \"NotStarted\" [label=\"create\"];\n",
            dot,
            StringComparison.Ordinal);
        Assert.EndsWith("];\n}\n", dot, StringComparison.Ordinal);

        // The same transitions as the Mermaid export, respelled: one walk, two syntaxes.
        var fromMermaid = Transitions(SessionGraphs.AgendaMachineMermaid())
            .Select(t => t.Split(" : ") is [var edge, var trigger] && edge.Split(" --> ") is [var from, var to]
                ? $"\"{from}\" -> \"{to}\" [label=\"{trigger}\"];"
                : throw new InvalidOperationException(t));
        var fromDot = dot.Split('\n', StringSplitOptions.TrimEntries).Where(line => line.Contains(" -> ", StringComparison.Ordinal));
        Assert.Equal(fromMermaid.Order(StringComparer.Ordinal), fromDot.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_turn_machine_graph_shows_its_transitions_and_only_those()
    {
        // Entering an item starts a speaker's turn or an open floor; a turn is followed by a response
        // when someone is listening, and the last turn or response ends the item.
        string[] expected =
        [
            "OpenFloor --> ItemDone : next",
            "OpenFloor --> Responding : next",
            "Responding --> ItemDone : next",
            "Responding --> Speaking : next",
            "Speaking --> ItemDone : next",
            "Speaking --> Responding : next",
            "Speaking --> Speaking : next",
            "[*] --> OpenFloor : enter item",
            "[*] --> Speaking : enter item",
        ];

        var mermaid = SessionGraphs.TurnMachineMermaid();

        Assert.Equal(expected, Transitions(mermaid).Order(StringComparer.Ordinal));
        Assert.StartsWith("stateDiagram-v2\n", mermaid, StringComparison.Ordinal);
        Assert.Contains("    \"[*]\" -> \"OpenFloor\" [label=\"enter item\"];\n", SessionGraphs.TurnMachineDot(), StringComparison.Ordinal);
    }

    private static IEnumerable<string> Transitions(string mermaid) =>
        mermaid.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => line.Contains("-->", StringComparison.Ordinal));
}
