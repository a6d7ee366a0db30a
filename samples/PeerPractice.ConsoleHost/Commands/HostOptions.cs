using System.CommandLine;
using System.CommandLine.Parsing;
using PeerPractice.ConsoleHost.Storage;

namespace PeerPractice.ConsoleHost.Commands;

/// <summary>Options shared by several commands.</summary>
internal static class HostOptions
{
    public static Option<string?> Database { get; } = new("--db")
    {
        Description = $"The SQLite database to use (default: ${DatabaseLocation.EnvironmentVariable}, else {DatabaseLocation.Default()}). Private notes are encrypted with the key file ${PeerPractice.Sessions.NoteKeyFile.PathVariable} (default {PeerPractice.Sessions.NoteKeyFile.DefaultPath()}), or the key in ${PeerPractice.Sessions.NoteKeyFromEnvironment.DefaultVariable}.",
        Recursive = true,
    };

    public static Option<bool> NoColor { get; } = new("--no-color")
    {
        Description = "Plain text output: no colours, no live screen; commands are read one a line from standard input.",
        Recursive = true,
    };

    public static Option<string?> AgendaFolder { get; } = new("--dir")
    {
        Description = "An author's folder of agendas: every *.agenda.json under it (recursively, as the source generator sees a project's files) is known by its id, beside the built-ins.",
        Recursive = true,
    };

    public static string DatabasePath(ParseResult parseResult, HostContext context) =>
        parseResult.GetValue(Database) ?? context.DefaultDatabasePath ?? DatabaseLocation.Default();

    // Option combinations: every command declares them here, so a combination that cannot work is a
    // parse error (exit 2, with the reason) before anything runs, never an option silently ignored.

    /// <summary><paramref name="first"/> and <paramref name="second"/> cannot be given together; <paramref name="why"/> says why.</summary>
    public static void Conflict(Command command, Option first, Option second, string why) =>
        command.Validators.Add(result =>
        {
            if (Given(result, first) && Given(result, second))
            {
                result.AddError($"{first.Name} cannot go with {second.Name}: {why}");
            }
        });

    /// <summary><paramref name="option"/> works only together with <paramref name="required"/>; <paramref name="why"/> says why.</summary>
    public static void Requires(Command command, Option option, Option required, string why) =>
        command.Validators.Add(result =>
        {
            if (Given(result, option) && !Given(result, required))
            {
                result.AddError($"{option.Name} needs {required.Name}: {why}");
            }
        });

    /// <summary>Exactly one of <paramref name="options"/> must be given.</summary>
    public static void ExactlyOne(Command command, params Option[] options) =>
        command.Validators.Add(result =>
        {
            if (options.Count(o => Given(result, o)) != 1)
            {
                result.AddError($"Give exactly one of {string.Join(" or ", options.Select(o => o.Name))}.");
            }
        });

    /// <summary>Given on the command line (a default value does not count).</summary>
    private static bool Given(CommandResult result, Option option) => result.GetResult(option) is { Implicit: false };
}
