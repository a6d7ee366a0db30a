using System.CommandLine;
using System.Globalization;
using PeerPractice.Agendas;
using PeerPractice.ConsoleHost.Facilitation;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary><c>agendas list|show|graph</c>: browse the built-in agendas (or any agenda file).</summary>
internal static class AgendasCommand
{
    public static Command Create(HostContext context)
    {
        var command = new Command("agendas", "Browse agendas: the built-in library, or any .agenda.json file.");
        command.Subcommands.Add(CreateList(context));
        command.Subcommands.Add(CreateShow(context));
        command.Subcommands.Add(CreateGraph(context));
        return command;
    }

    private static Command CreateList(HostContext context)
    {
        var command = new Command("list", "List the built-in agendas and, with --dir, every agenda of an author's folder (with its file).");
        command.SetAction(parseResult =>
        {
            foreach (var agenda in AgendaLibrary.All)
            {
                Line(agenda, "built-in");
            }

            if (parseResult.GetValue(HostOptions.AgendaFolder) is not { } folder)
            {
                return ExitCodes.Success;
            }

            if (!Directory.Exists(folder))
            {
                context.Error.WriteLine($"agendas list: no such folder: {folder}");
                return ExitCodes.Usage;
            }

            // Problems in the compiler's format, as 'validate' and the generator report them; the good ones are listed.
            var loaded = AgendaSource.LoadFolder(folder);
            foreach (var (path, result) in loaded)
            {
                if (result.Succeeded)
                {
                    Line(result.Value!, path);
                }
            }

            var (errors, _) = ProblemOutput.Write(context.Error, loaded.SelectMany(entry => entry.Result.Problems));
            return errors > 0 ? ExitCodes.ProblemsFound : ExitCodes.Success;
        });
        return command;

        void Line(AgendaDefinition agenda, string origin)
        {
            var length = agenda.Duration is { } duration ? Format.Duration(duration) : "open";
            context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{agenda.Id,-22} {agenda.Format.ToString().ToLowerInvariant(),-6} {length,10}  {agenda.Title}: {agenda.Summary} [{origin}]"));
        }
    }

    private static Command CreateShow(HostContext context)
    {
        var agenda = AgendaArgument();
        var command = new Command("show", "Show an agenda's sections, items, turns and timeboxes.") { agenda };
        command.SetAction(parseResult => WithAgenda(parseResult.GetValue(agenda)!, parseResult.GetValue(HostOptions.AgendaFolder), context, definition =>
        {
            var output = context.Out;
            output.WriteLine($"{definition.Title} ({definition.Id}): {definition.Summary}");
            output.WriteLine($"  {definition.Format.ToString().ToLowerInvariant()}, {definition.Participants.Min}-{definition.Participants.Max} participants, rotation {definition.Rotation.ToString().ToLowerInvariant()}"
                + (definition.Duration is { } d ? $", {Format.Duration(d)}" : "") + (definition.Cadence is { } c ? $", every {c}" : ""));
            foreach (var role in definition.Participants.Roles)
            {
                output.WriteLine($"  role {role.Name}: {role.Description}");
            }

            foreach (var agreement in definition.Agreements)
            {
                output.WriteLine($"  agreement {agreement.Id}: {agreement.Text}");
            }

            foreach (var section in definition.Sections)
            {
                output.WriteLine($"  {section.Title}");
                foreach (var item in section.Items)
                {
                    var response = item.Response is { } r ? $", then {r.Kind.ToString().ToLowerInvariant()} {Format.Duration(r.Timebox)}" : "";
                    output.WriteLine($"    - {item.Prompt} [{item.Turns}, {Format.Duration(item.Timebox)}{(item.Turns.Kind == TurnKind.Each ? " each" : "")}{response}]");
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command CreateGraph(HostContext context)
    {
        var agenda = new Argument<string?>("agenda")
        {
            Description = "A built-in agenda id or an .agenda.json path; or 'agenda-machine' / 'turn-machine' for the session state machines.",
            Arity = ArgumentArity.ExactlyOne,
        };
        var format = new Option<string>("--format") { Description = "mermaid (default) or dot (Graphviz).", DefaultValueFactory = _ => "mermaid" };
        var command = new Command("graph", "Print an agenda's flow, or a session state machine, as Mermaid or Graphviz DOT.") { agenda, format };
        command.SetAction(parseResult =>
        {
            var reference = parseResult.GetValue(agenda)!;
            var dot = parseResult.GetValue(format) switch
            {
                "dot" => true,
                "mermaid" => false,
                var other => (bool?)null,
            };
            if (dot is null)
            {
                context.Error.WriteLine($"--format must be 'mermaid' or 'dot', not '{parseResult.GetValue(format)}'.");
                return ExitCodes.Usage;
            }

            switch (reference)
            {
                case "agenda-machine":
                    context.Out.Write(dot.Value ? SessionGraphs.AgendaMachineDot() : SessionGraphs.AgendaMachineMermaid());
                    return ExitCodes.Success;
                case "turn-machine":
                    context.Out.Write(dot.Value ? SessionGraphs.TurnMachineDot() : SessionGraphs.TurnMachineMermaid());
                    return ExitCodes.Success;
                default:
                    return WithAgenda(reference, parseResult.GetValue(HostOptions.AgendaFolder), context, definition =>
                    {
                        context.Out.Write(dot.Value ? SessionGraphs.AgendaFlowDot(definition) : SessionGraphs.AgendaFlowMermaid(definition));
                        return ExitCodes.Success;
                    });
            }
        });
        return command;
    }

    private static Argument<string> AgendaArgument() => new("agenda") { Description = "A built-in agenda id (see 'agendas list') or the path of an .agenda.json file." };

    private static int WithAgenda(string reference, string? folder, HostContext context, Func<AgendaDefinition, int> action)
    {
        if (!AgendaSource.TryResolve(reference, folder, out var resolved, out var error))
        {
            context.Error.WriteLine(error);
            return ExitCodes.ProblemsFound;
        }

        return action(resolved.Definition);
    }
}
