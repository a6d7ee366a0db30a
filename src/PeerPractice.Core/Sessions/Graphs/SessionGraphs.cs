using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using PeerPractice.Agendas;

namespace PeerPractice.Sessions;

/// <summary>
/// Graph export, as Mermaid and Graphviz DOT text: an agenda's flow (for docs and reviews) and the two
/// session state machines (explored from the machines themselves, so always current).
/// </summary>
public static class SessionGraphs
{
    /// <summary>The agenda's flow as a Mermaid flowchart: agreements, sections with their items, wrap-up.</summary>
    /// <param name="agenda">The agenda.</param>
    public static string AgendaFlowMermaid(AgendaDefinition agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var text = new StringBuilder("flowchart TD\n");
        Line(text, "    start([\"{0}\"])", Mermaid(agenda.Title));
        var previous = "start";
        if (!agenda.Agreements.IsEmpty)
        {
            Line(text, "    agreements{{{{\"Agreements: {0}\"}}}}", Mermaid(AgreementList(agenda)));
            Line(text, "    start --> agreements");
            previous = "agreements";
        }

        var index = 0;
        for (var s = 0; s < agenda.Sections.Count; s++)
        {
            var section = agenda.Sections[s];
            Line(text, "    subgraph s{0}[\"{1}\"]", s, Mermaid(section.Title));
            foreach (var item in section.Items)
            {
                Line(text, "        i{0}[\"{1}<br/>{2}<br/><i>{3}</i>\"]", index, Mermaid(item.Id), Mermaid(item.Prompt), Mermaid(Describe(item)));
                index++;
            }

            Line(text, "    end");
        }

        for (var i = 0; i < index; i++)
        {
            Line(text, "    {0} --> i{1}", previous, i);
            previous = "i" + i.ToString(CultureInfo.InvariantCulture);
        }

        Line(text, "    wrap([\"{0}\"])", Mermaid(WrapUp(agenda)));
        Line(text, "    {0} --> wrap", previous);
        return text.ToString();
    }

    /// <summary>The agenda's flow as a Graphviz DOT digraph, one cluster per section.</summary>
    /// <param name="agenda">The agenda.</param>
    public static string AgendaFlowDot(AgendaDefinition agenda)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var text = new StringBuilder();
        Line(text, "digraph \"{0}\" {{", Dot(agenda.Id));
        Line(text, "    rankdir=TB;");
        Line(text, "    node [shape=box, style=rounded];");
        Line(text, "    start [label=\"{0}\", shape=oval];", Dot(agenda.Title));
        var previous = "start";
        if (!agenda.Agreements.IsEmpty)
        {
            Line(text, "    agreements [label=\"Agreements: {0}\", shape=hexagon];", Dot(AgreementList(agenda)));
            Line(text, "    start -> agreements;");
            previous = "agreements";
        }

        var index = 0;
        for (var s = 0; s < agenda.Sections.Count; s++)
        {
            var section = agenda.Sections[s];
            Line(text, "    subgraph cluster_{0} {{", s);
            Line(text, "        label=\"{0}\";", Dot(section.Title));
            foreach (var item in section.Items)
            {
                Line(text, "        i{0} [label=\"{1}\\n{2}\\n{3}\"];", index, Dot(item.Id), Dot(item.Prompt), Dot(Describe(item)));
                index++;
            }

            Line(text, "    }}");
        }

        for (var i = 0; i < index; i++)
        {
            Line(text, "    {0} -> i{1};", previous, i);
            previous = "i" + i.ToString(CultureInfo.InvariantCulture);
        }

        Line(text, "    wrap [label=\"{0}\", shape=oval];", Dot(WrapUp(agenda)));
        Line(text, "    {0} -> wrap;", previous);
        text.Append("}\n");
        return text.ToString();
    }

    /// <summary>The agenda machine (phases, pause over them) as a Mermaid state diagram.</summary>
    public static string AgendaMachineMermaid() => MachineMermaid(MachineExplorer.AgendaEdges());

    /// <summary>The agenda machine as a Graphviz DOT digraph.</summary>
    public static string AgendaMachineDot() => MachineDot("agenda_machine", MachineExplorer.AgendaEdges());

    /// <summary>The turn-taking machine inside an item as a Mermaid state diagram.</summary>
    public static string TurnMachineMermaid() => MachineMermaid(MachineExplorer.TurnEdges());

    /// <summary>The turn-taking machine as a Graphviz DOT digraph.</summary>
    public static string TurnMachineDot() => MachineDot("turn_machine", MachineExplorer.TurnEdges());

    private static string MachineMermaid(IReadOnlyList<GraphEdge> edges)
    {
        var text = new StringBuilder("stateDiagram-v2\n");
        foreach (var edge in edges)
        {
            Line(text, "    {0} --> {1} : {2}", edge.From, edge.To, edge.Trigger);
        }

        return text.ToString();
    }

    private static string MachineDot(string name, IReadOnlyList<GraphEdge> edges)
    {
        var text = new StringBuilder();
        Line(text, "digraph {0} {{", name);
        Line(text, "    node [shape=box, style=rounded];");
        Line(text, "    \"[*]\" [shape=point, label=\"\"];");
        foreach (var edge in edges)
        {
            Line(text, "    \"{0}\" -> \"{1}\" [label=\"{2}\"];", Dot(edge.From), Dot(edge.To), Dot(edge.Trigger));
        }

        text.Append("}\n");
        return text.ToString();
    }

    private static string AgreementList(AgendaDefinition agenda)
    {
        var ids = new List<string>();
        foreach (var agreement in agenda.Agreements)
        {
            ids.Add(agreement.Id);
        }

        return string.Join(", ", ids);
    }

    private static string WrapUp(AgendaDefinition agenda) =>
        (agenda.Closing.ActionItems, agenda.Closing.ScheduleNext) switch
        {
            (true, true) => "Wrap-up: action items, next meeting",
            (true, false) => "Wrap-up: action items",
            (false, true) => "Wrap-up: next meeting",
            _ => "Wrap-up",
        };

    private static string Describe(AgendaItem item)
    {
        var text = item.Turns + " · " + Duration(item.Timebox) + (item.Turns.Kind == TurnKind.Each ? " each" : string.Empty);
        return item.Response is { } response
            ? text + " + " + response.Kind.ToString().ToLowerInvariant() + " " + Duration(response.Timebox)
            : text;
    }

    private static string Duration(TimeSpan span) =>
        span.TotalMinutes >= 1 && span.Seconds == 0
            ? span.TotalMinutes.ToString("0.##", CultureInfo.InvariantCulture) + " min"
            : span.TotalSeconds.ToString("0.##", CultureInfo.InvariantCulture) + " s";

    private static string Mermaid(string text) => text.Replace("\"", "#quot;", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static string Dot(string text) => text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);

    private static void Line(StringBuilder text, string format, params object[] args) =>
        text.AppendFormat(CultureInfo.InvariantCulture, format, args).Append('\n');
}
