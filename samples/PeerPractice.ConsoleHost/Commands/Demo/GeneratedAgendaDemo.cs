using PeerPractice.Agendas;
using PeerPractice.ConsoleHost.Agendas;

namespace PeerPractice.ConsoleHost.Commands.Demo;

/// <summary>
/// The source generator at work: <c>Agendas/quick-check-in.agenda.json</c> in this project became
/// the typed class <see cref="QuickCheckInAgenda"/> at compile time; nothing here parses JSON.
/// </summary>
internal static class GeneratedAgendaDemo
{
    public static void Run(HostContext context)
    {
        var output = context.Out;
        var agenda = QuickCheckInAgenda.Definition;
        output.WriteLine($"== Typed agenda, generated at compile time from Agendas/{agenda.Id}.agenda.json ==");
        output.WriteLine($"{nameof(QuickCheckInAgenda)}: '{agenda.Title}', {agenda.Items.Count} items, {Format.Duration(agenda.Duration ?? TimeSpan.Zero)}");
        foreach (var id in Enum.GetValues<QuickCheckInAgenda.ItemId>())
        {
            var item = QuickCheckInAgenda.GetItem(id);
            var each = item.Turns.Kind == TurnKind.Each ? " each" : "";
            output.WriteLine($"  {nameof(QuickCheckInAgenda.ItemId)}.{id}: {item.Prompt} [{item.Turns}, {Format.Duration(item.Timebox)}{each}]");
        }

        output.WriteLine();
    }
}
