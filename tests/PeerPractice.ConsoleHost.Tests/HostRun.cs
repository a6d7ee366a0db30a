using PeerPractice.ConsoleHost.Storage;

namespace PeerPractice.ConsoleHost.Tests;

/// <summary>Runs the host in-process, as the shell would, with scripted input and captured output.</summary>
internal sealed record HostRun(int ExitCode, string Output, string Error)
{
    public static HostRun Invoke(string input, params string[] args) => InvokeWithDatabase(input, null, args);

    public static HostRun InvokeWithDatabase(string input, string? databasePath, params string[] args) => InvokeWithDatabase(input, databasePath, null, args);

    /// <summary>A run whose databases are handed to <paramref name="storageOpened"/> first (to inject a storage fault).</summary>
    public static HostRun InvokeWithDatabase(string input, string? databasePath, Action<HostStorage>? storageOpened, params string[] args)
    {
        // Everything a run may write (the demo's documents, a default database) goes under a folder of
        // its own, deleted when the run ends: no test leaves anything in the system temp folder.
        var scratch = Directory.CreateTempSubdirectory("peerpractice-run-").FullName;
        try
        {
            var output = new StringWriter();
            var error = new StringWriter();
            databasePath ??= Path.Combine(scratch, "unused", "peerpractice.db");
            var context = new HostContext(output, error, TimeProvider.System)
            {
                In = new StringReader(input),
                Interactive = false,
                // Never the user's real database: a path of its own that nothing creates unless a command does.
                DefaultDatabasePath = databasePath,
                // Nor the user's real note key: tests keep it beside their database, which the host itself never does.
                DefaultKeyPath = KeyPathFor(databasePath),
                DemoFolder = Path.Combine(scratch, "demo"),
                StorageOpened = storageOpened,
            };
            var exit = HostApp.Run(args, context);
            return new HostRun(exit, output.ToString(), error.ToString()) { Scratch = scratch };
        }
        finally
        {
            Directory.Delete(scratch, recursive: true);
        }
    }

    /// <summary>The run's own folder (already deleted), so a test can tell its paths from the rest of the output.</summary>
    public string Scratch { get; init; } = "";

    /// <summary>Where tests keep the note key of a test database.</summary>
    public static string KeyPathFor(string databasePath) => databasePath + ".key";

    /// <summary>A test context for opening a test database directly.</summary>
    public static HostContext ContextFor(string databasePath) =>
        new(TextWriter.Null, TextWriter.Null, TimeProvider.System) { DefaultDatabasePath = databasePath, DefaultKeyPath = KeyPathFor(databasePath) };

    /// <summary>A database path in a folder that does not exist, unique to the call.</summary>
    public static string UnusedDatabasePath() => Path.Combine(Path.GetTempPath(), "peerpractice-test-" + Guid.NewGuid().ToString("N"), "peerpractice.db");
}
