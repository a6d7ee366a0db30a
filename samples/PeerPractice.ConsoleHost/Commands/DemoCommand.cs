using System.CommandLine;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary><c>demo</c>: shows the product on built-in data, non-interactive, in seconds.</summary>
internal static class DemoCommand
{
    public static Command Create(HostContext context)
    {
        var command = new Command("demo", "Show PeerPractice end to end on built-in data (the default).");
        command.SetAction(_ => Execute(context));
        return command;
    }

    public static int Execute(HostContext context)
    {
        context.Out.WriteLine("PeerPractice demo: every capability on built-in data. Run 'peerpractice --help' for the commands.");
        context.Out.WriteLine();
        Demo.GeneratedAgendaDemo.Run(context);
        Demo.SessionDemo.Run(context);
        Demo.MatchingDemo.Run(context);
        Demo.DocumentsDemo.Run(context, context.DemoFolder);
        Demo.LifecycleDemo.Run(context);
        return ExitCodes.Success;
    }
}
