using System;
using System.Collections.Generic;
using System.Globalization;
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
    public static string AgendaFlowMermaid(AgendaDefinition agenda) => AgendaFlow(agenda, new MermaidGraphWriter());

    /// <summary>The agenda's flow as a Graphviz DOT digraph, one cluster per section.</summary>
    /// <param name="agenda">The agenda.</param>
    public static string AgendaFlowDot(AgendaDefinition agenda) => AgendaFlow(agenda, new DotGraphWriter());

    /// <summary>The agenda machine (phases, pause over them) as a Mermaid state diagram.</summary>
    public static string AgendaMachineMermaid() => Machine("agenda_machine", MachineExplorer.AgendaEdges(), new MermaidGraphWriter());

    /// <summary>The agenda machine as a Graphviz DOT digraph.</summary>
    public static string AgendaMachineDot() => Machine("agenda_machine", MachineExplorer.AgendaEdges(), new DotGraphWriter());

    /// <summary>The turn-taking machine inside an item as a Mermaid state diagram.</summary>
    public static string TurnMachineMermaid() => Machine("turn_machine", MachineExplorer.TurnEdges(), new MermaidGraphWriter());

    /// <summary>The turn-taking machine as a Graphviz DOT digraph.</summary>
    public static string TurnMachineDot() => Machine("turn_machine", MachineExplorer.TurnEdges(), new DotGraphWriter());

    // The one walk over an agenda: start, agreements, each section's items, then a chain of edges through
    // every item in order to the wrap-up.
    private static string AgendaFlow(AgendaDefinition agenda, GraphWriter writer)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        writer.BeginFlow(agenda.Id, agenda.Title);
        var previous = "start";
        if (!agenda.Agreements.IsEmpty)
        {
            writer.Agreements(AgreementList(agenda));
            writer.FlowEdge(previous, "agreements");
            previous = "agreements";
        }

        var index = 0;
        for (var s = 0; s < agenda.Sections.Count; s++)
        {
            var section = agenda.Sections[s];
            writer.BeginSection(s, section.Title);
            foreach (var item in section.Items)
            {
                writer.Item(index, item.Id, item.Prompt, Describe(item));
                index++;
            }

            writer.EndSection();
        }

        for (var i = 0; i < index; i++)
        {
            var node = "i" + i.ToString(CultureInfo.InvariantCulture);
            writer.FlowEdge(previous, node);
            previous = node;
        }

        writer.WrapUp(WrapUp(agenda));
        writer.FlowEdge(previous, "wrap");
        return writer.End();
    }

    private static string Machine(string name, IReadOnlyList<GraphEdge> edges, GraphWriter writer)
    {
        writer.BeginMachine(name);
        foreach (var edge in edges)
        {
            writer.Transition(edge);
        }

        return writer.End();
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

    private static string Duration(TimeSpan span) => DurationText.Format(span);
}
