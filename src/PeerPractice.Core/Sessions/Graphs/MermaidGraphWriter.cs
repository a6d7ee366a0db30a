using System;

namespace PeerPractice.Sessions;

/// <summary>Mermaid: a flowchart for an agenda, a state diagram for a machine.</summary>
internal sealed class MermaidGraphWriter : GraphWriter
{
    public override void BeginFlow(string agendaId, string title)
    {
        Append("flowchart TD\n");
        Line("    start([\"{0}\"])", Escape(title));
    }

    public override void Agreements(string ids) => Line("    agreements{{{{\"Agreements: {0}\"}}}}", Escape(ids));

    public override void BeginSection(int index, string title) => Line("    subgraph s{0}[\"{1}\"]", index, Escape(title));

    public override void Item(int index, string id, string prompt, string description) =>
        Line("        i{0}[\"{1}<br/>{2}<br/><i>{3}</i>\"]", index, Escape(id), Escape(prompt), Escape(description));

    public override void EndSection() => Line("    end");

    public override void WrapUp(string text) => Line("    wrap([\"{0}\"])", Escape(text));

    public override void FlowEdge(string from, string to) => Line("    {0} --> {1}", from, to);

    public override void BeginMachine(string name) => Append("stateDiagram-v2\n");

    public override void Transition(GraphEdge edge) => Line("    {0} --> {1} : {2}", edge.From, edge.To, edge.Trigger);

    private static string Escape(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
