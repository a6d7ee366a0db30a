using System;
using System.Collections.Generic;

namespace PeerPractice.Sessions;

/// <summary>
/// Finds the transitions of the two machines by running them over every state, trigger and guard
/// value, so the exported graphs are the machines' own behaviour and cannot drift from the code.
/// </summary>
internal static class MachineExplorer
{
    public const string Initial = "[*]";
    public const string ItemDone = "ItemDone";

    public static IReadOnlyList<GraphEdge> AgendaEdges()
    {
        // Breadth-first from the initial state, so only reachable states appear.
        var edges = new List<GraphEdge> { new(Initial, "create", nameof(AgendaPhase.NotStarted)) };
        const int ItemCount = 3;
        var seen = new HashSet<AgendaPosition> { AgendaPosition.Initial };
        var queue = new Queue<AgendaPosition>(seen);
        while (queue.TryDequeue(out var from))
        {
            foreach (var trigger in Enum.GetValues<AgendaTrigger>())
            {
                foreach (var acknowledged in (ReadOnlySpan<bool>)[false, true])
                {
                    var to = from;
                    if (AgendaMachine.Fire(ref to, trigger, ItemCount, acknowledged) != Refusal.None)
                    {
                        continue;
                    }

                    AddOnce(edges, new GraphEdge(Name(from), TriggerName(trigger), Name(to)));
                    if (seen.Add(to))
                    {
                        queue.Enqueue(to);
                    }
                }
            }
        }

        return edges;
    }

    public static IReadOnlyList<GraphEdge> TurnEdges()
    {
        var everyone = 0b111UL;
        ItemPlan[] plans =
        [
            new([0b001, 0b010, 0b100], false, true, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), everyone),
            new([0b001, 0b010, 0b100], false, false, TimeSpan.FromMinutes(1), TimeSpan.Zero, everyone),
            new([everyone], true, false, TimeSpan.FromMinutes(1), TimeSpan.Zero, everyone),
            new([0b011], true, true, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1), everyone),
        ];
        var edges = new List<GraphEdge>();
        foreach (var plan in plans)
        {
            var turn = TurnMachine.Enter(plan);
            AddOnce(edges, new GraphEdge(Initial, "enter item", turn.Phase.ToString()));
            while (true)
            {
                var from = turn.Phase.ToString();
                var more = TurnMachine.Next(ref turn, plan);
                AddOnce(edges, new GraphEdge(from, "next", more ? turn.Phase.ToString() : ItemDone));
                if (!more)
                {
                    break;
                }
            }
        }

        return edges;
    }

    private static string Name(AgendaPosition position) => position.Paused ? position.Phase + "Paused" : position.Phase.ToString();

    private static string TriggerName(AgendaTrigger trigger) => trigger switch
    {
        AgendaTrigger.ItemCompleted => "last turn ends",
        AgendaTrigger.Skip => "skip item",
        AgendaTrigger.Back => "go back",
        _ => trigger.ToString().ToUpperInvariant()[..1] + trigger.ToString()[1..].ToLowerInvariant(),
    };

    private static void AddOnce(List<GraphEdge> edges, GraphEdge edge)
    {
        if (!edges.Contains(edge))
        {
            edges.Add(edge);
        }
    }
}
