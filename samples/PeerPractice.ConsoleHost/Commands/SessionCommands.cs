using System.CommandLine;
using System.Globalization;
using PeerPractice.ConsoleHost.Facilitation;
using PeerPractice.ConsoleHost.Facilitation.Runners;
using PeerPractice.ConsoleHost.Storage;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary><c>session start|resume|list</c>: run an agenda live, with every change saved as it happens.</summary>
internal static class SessionCommands
{
    private static readonly DateTimeOffset _defaultManualStart = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    public static Command Create(HostContext context)
    {
        var command = new Command("session", "Run a session of an agenda, saved event by event so it can always be resumed.");
        command.Subcommands.Add(CreateStart(context));
        command.Subcommands.Add(CreateResume(context));
        command.Subcommands.Add(CreateList(context));
        return command;
    }

    private static Option<string> ClockOption() => new("--clock")
    {
        Description = "'system' (real time, the default) or 'manual': time moves only with 'wait' commands, for scripts and rehearsals.",
        DefaultValueFactory = _ => "system",
    };

    private static Option<bool> ClusterOption() => new("--cluster")
    {
        Description = "Run the session in its grain on a one-silo Orleans cluster inside this process, on the same database: the same commands and output as without it.",
    };

    private static Command CreateStart(HostContext context)
    {
        var agenda = new Argument<string?>("agenda") { Description = "A built-in agenda id (see 'agendas list') or the path of an .agenda.json file.", Arity = ArgumentArity.ZeroOrOne };
        var participants = new Option<string[]>("--participants", "-p")
        {
            Description = "Who takes part, in speaking order: names, each optionally with @role (e.g. \"Dana Reyes@host\").",
            AllowMultipleArgumentsPerToken = true,
            Arity = ArgumentArity.OneOrMore,
        };
        var relationship = new Option<string?>("--relationship") { Description = "Start the next session of this relationship instead: its agenda and members, with carry-over (the same as 'relationship next ID')." };
        var id = new Option<string?>("--id") { Description = "The session id (default: date, time and a random suffix)." };
        var clock = ClockOption();
        var start = new Option<DateTimeOffset?>("--start-time") { Description = "With --clock manual: the time the session starts (ISO 8601)." };
        var autoAdvance = new Option<bool>("--auto-advance") { Description = "End a turn by itself when its time is up." };
        var onCluster = ClusterOption();
        var command = new Command("start", "Start a new session and facilitate it.") { agenda, participants, id, clock, start, autoAdvance, relationship, onCluster };
        HostOptions.Conflict(command, relationship, onCluster, "a relationship's sessions run in this process.");
        HostOptions.Conflict(command, relationship, participants, "a relationship's sessions take its members.");
        command.Validators.Add(result =>
        {
            var hasRelationship = result.GetResult(relationship) is { Implicit: false };
            var hasAgenda = result.GetResult(agenda) is { Tokens.Count: > 0 };
            if (hasRelationship && hasAgenda)
            {
                result.AddError("An agenda cannot go with --relationship: a relationship's sessions run its own agenda.");
            }
            else if (!hasRelationship && (!hasAgenda || result.GetResult(participants) is not { Implicit: false }))
            {
                result.AddError("Give an agenda and --participants, or --relationship ID.");
            }
        });
        command.SetAction(parseResult => Guard(context, () =>
        {
            if (parseResult.GetValue(relationship) is { } relationshipId)
            {
                return RelationshipCommand.StartNext(context, parseResult, relationshipId, parseResult.GetValue(clock)!, parseResult.GetValue(start), parseResult.GetValue(id), parseResult.GetValue(autoAdvance));
            }

            if (!AgendaSource.TryResolve(parseResult.GetValue(agenda)!, parseResult.GetValue(HostOptions.AgendaFolder), out var resolved, out var agendaError))
            {
                context.Error.WriteLine(agendaError);
                return ExitCodes.ProblemsFound;
            }

            if (!ParticipantSpec.TryParse(parseResult.GetValue(participants) ?? [], out var people, out var participantError))
            {
                context.Error.WriteLine(participantError);
                return ExitCodes.Usage;
            }

            if (!TryCreateClock(parseResult.GetValue(clock)!, parseResult.GetValue(start), context, out var hostClock, out var clockError))
            {
                context.Error.WriteLine(clockError);
                return ExitCodes.Usage;
            }

            var settings = HostSettings.Default with { AutoAdvance = parseResult.GetValue(autoAdvance) };
            // The engine checks the participants against the agenda (count, ids, roles) before any file is opened.
            if (!Facilitator.TryPrepare(resolved.Definition, people, hostClock, settings, out var prepared, out var reason))
            {
                context.Error.WriteLine($"Cannot start {resolved.Definition.Id}: {reason}");
                return ExitCodes.Usage;
            }

            using var storage = HostStorage.Open(HostOptions.DatabasePath(parseResult, context), context);
            var sessionId = parseResult.GetValue(id) ?? Facilitator.NewId(hostClock);
            using var cluster = parseResult.GetValue(onCluster) ? LocalCluster.Start(storage.Sessions, hostClock, context.Time) : null;
            using var hosted = cluster is null
                ? Facilitator.Start(storage.Sessions, sessionId, prepared, resolved.Json, hostClock, settings)
                : Facilitator.StartOnCluster(cluster.Grains, sessionId, prepared, resolved.Json, hostClock, settings);
            context.Out.WriteLine($"Session {hosted.Id} of '{resolved.Definition.Title}' with {string.Join(", ", people.Select(p => p.Name))}; saved in {storage.Path}");
            return Facilitate(hosted, parseResult, context);
        }));
        return command;
    }

    private static Command CreateResume(HostContext context)
    {
        var id = new Argument<string>("id") { Description = "The session to continue (see 'session list')." };
        var clock = ClockOption();
        var onCluster = ClusterOption();
        var command = new Command("resume", "Continue a saved session at the same item, speaker and clock.") { id, clock, onCluster };
        command.SetAction(parseResult => Guard(context, () =>
        {
            var sessionId = parseResult.GetValue(id)!;
            using var storage = HostStorage.Open(HostOptions.DatabasePath(parseResult, context), context);
            var row = storage.Sessions.FindAsync(sessionId).Wait();
            if (row is null)
            {
                var known = storage.Sessions.ListAsync().Wait().Select(s => s.Id).ToList();
                context.Error.WriteLine($"No session '{sessionId}' in {storage.Path}. {(known.Count == 0 ? "It holds no sessions yet." : "Known: " + string.Join(", ", known.TakeLast(10)))}");
                return ExitCodes.ProblemsFound;
            }

            if (!AgendaSource.TryParseStored(row.AgendaJson, row.AgendaId, out var definition, out var agendaError))
            {
                context.Error.WriteLine(agendaError);
                return ExitCodes.ProblemsFound;
            }

            if (!TryCreateClock(parseResult.GetValue(clock)!, null, context, out var hostClock, out var clockError))
            {
                context.Error.WriteLine(clockError);
                return ExitCodes.Usage;
            }

            using var cluster = parseResult.GetValue(onCluster) ? LocalCluster.Start(storage.Sessions, hostClock, context.Time) : null;
            using var hosted = cluster is null
                ? Facilitator.Resume(storage.Sessions, row, definition, hostClock)
                : Facilitator.ResumeOnCluster(cluster.Grains, row, definition, hostClock);
            if (hosted.Session.IsClosed)
            {
                context.Out.WriteLine($"Session {hosted.Id} is already {row.Status.ToString().ToLowerInvariant()}; nothing to resume.");
                ScriptedFacilitation.WriteClosing(hosted, context.Out);
                return ExitCodes.Success;
            }

            context.Out.WriteLine($"Resuming session {hosted.Id} of '{definition.Title}' at event {hosted.Session.Version}.");
            return Facilitate(hosted, parseResult, context);
        }));
        return command;
    }

    private static Command CreateList(HostContext context)
    {
        var command = new Command("list", "List saved sessions, newest last.");
        command.SetAction(parseResult => Guard(context, () =>
        {
            using var storage = HostStorage.Open(HostOptions.DatabasePath(parseResult, context), context);
            var sessions = storage.Sessions.ListAsync().Wait();
            if (sessions.Count == 0)
            {
                context.Out.WriteLine($"No sessions in {storage.Path} yet. Start one with: peerpractice session start peer-brainstorm --participants \"Alex Chen\" \"Sam Okafor\"");
                return ExitCodes.Success;
            }

            foreach (var session in sessions)
            {
                context.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{session.Id,-22} {session.AgendaId,-22} {session.CreatedAt:yyyy-MM-dd HH:mm}  {session.Status.ToString().ToLowerInvariant()}"));
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    internal static int Facilitate(Facilitator hosted, ParseResult parseResult, HostContext context) =>
        context.Interactive && !parseResult.GetValue(HostOptions.NoColor) && !hosted.Clock.IsManual
            ? LiveFacilitation.Run(hosted, context)
            : ScriptedFacilitation.Run(hosted, context.In, context.Out, context.Error);

    internal static bool TryCreateClock(string kind, DateTimeOffset? start, HostContext context, out SessionClock clock, out string error)
    {
        error = "";
        switch (kind.ToLowerInvariant())
        {
            case "system":
                clock = SessionClock.FromSystem(context.Time);
                if (start is not null)
                {
                    error = "--start-time works only with --clock manual.";
                    return false;
                }

                return true;
            case "manual":
                clock = SessionClock.Manual(start ?? _defaultManualStart);
                return true;
            default:
                clock = SessionClock.FromSystem(context.Time);
                error = $"--clock must be 'system' or 'manual', not '{kind}'.";
                return false;
        }
    }

    /// <summary>
    /// Turns storage problems (a refused file or key, a session open elsewhere, a write that failed
    /// at commit) into their message and exit code 1: nothing of the failed command was saved.
    /// </summary>
    internal static int Guard(HostContext context, Func<int> action)
    {
        try
        {
            return action();
        }
        catch (StoreException e)
        {
            context.Error.WriteLine(e.Message);
            return ExitCodes.ProblemsFound;
        }
    }
}
