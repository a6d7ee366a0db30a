using System;

namespace PeerPractice.Sessions;

/// <summary>Graphviz DOT: a digraph with one cluster per section, or a machine's digraph.</summary>
internal sealed class DotGraphWriter : GraphWriter
{
    public override void BeginFlow(string agendaId, string title)
    {
        Line("digraph \"{0}\" {{", Escape(agendaId));
        Line("    rankdir=TB;");
        Line("    node [shape=box, style=rounded];");
        Line("    start [label=\"{0}\", shape=oval];", Escape(title));
    }

    public override void Agreements(string ids) => Line("    agreements [label=\"Agreements: {0}\", shape=hexagon];", Escape(ids));

    public override void BeginSection(int index, string title)
    {
        Line("    subgraph cluster_{0} {{", index);
        Line("        label=\"{0}\";", Escape(title));
    }

    public override void Item(int index, string id, string prompt, string description) =>
        Line("        i{0} [label=\"{1}\\n{2}\\n{3}\"];", index, Escape(id), Escape(prompt), Escape(description));

    public override void EndSection() => Line("    }}");

    public override void WrapUp(string text) => Line("    wrap [label=\"{0}\", shape=oval];", Escape(text));

    public override void FlowEdge(string from, string to) => Line("    {0} -> {1};", from, to);

    public override void BeginMachine(string name)
    {
        Line("digraph {0} {{", name);
        Line("    node [shape=box, style=rounded];");
        Line("    \"[*]\" [shape=point, label=\"\"];");
    }

    public override void Transition(GraphEdge edge) =>
        Line("    \"{0}\" -> \"{1}\" [label=\"{2}\"];", Escape(edge.From), Escape(edge.To), Escape(edge.Trigger));

    public override string End()
    {
        Append("}\n");
        return base.End();
    }

    private static string Escape(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
