using System.CommandLine;
using PeerPractice.ConsoleHost.Commands;

namespace PeerPractice.ConsoleHost;

/// <summary>Builds the command line and runs it. Exit codes: 0 success, 1 problems found, 2 usage errors.</summary>
internal static class HostApp
{
    public static int Run(string[] args, HostContext context)
    {
        var root = new RootCommand("PeerPractice: peer practice for IT leaders. With no command, runs the demo on built-in data.");
        var demo = DemoCommand.Create(context);
        root.Subcommands.Add(demo);
        root.Subcommands.Add(ValidateCommand.Create(context));
        root.Subcommands.Add(MatchCommand.Create(context));
        root.Subcommands.Add(VisitCommand.Create(context));
        root.Subcommands.Add(BreakfastCommand.Create(context));
        root.Subcommands.Add(RenderCommand.Create(context));
        root.Subcommands.Add(TemplatesCommand.Create(context));
        root.Subcommands.Add(SessionCommands.Create(context));
        root.Subcommands.Add(AgendasCommand.Create(context));
        root.Subcommands.Add(IntroCommand.Create(context));
        root.Subcommands.Add(RelationshipCommand.Create(context));
        root.Options.Add(HostOptions.Database);
        root.Options.Add(HostOptions.NoColor);
        root.Options.Add(HostOptions.AgendaFolder);
        root.SetAction(parseResult => DemoCommand.Execute(context));

        var parseResult = root.Parse(args);
        var configuration = new InvocationConfiguration { Output = context.Out, Error = context.Error };
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                context.Error.WriteLine(error.Message);
            }

            return ExitCodes.Usage;
        }

        return parseResult.Invoke(configuration);
    }
}

/// <summary>The host's exit codes, shared by every command.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int ProblemsFound = 1;
    public const int Usage = 2;
}
