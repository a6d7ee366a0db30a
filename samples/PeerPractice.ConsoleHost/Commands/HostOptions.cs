using System.CommandLine;
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

    public static string DatabasePath(ParseResult parseResult, HostContext context) =>
        parseResult.GetValue(Database) ?? context.DefaultDatabasePath ?? DatabaseLocation.Default();
}
