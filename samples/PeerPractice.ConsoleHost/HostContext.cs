using PeerPractice.ConsoleHost.Storage;

namespace PeerPractice.ConsoleHost;

/// <summary>
/// What a command may touch of the outside world. Tests pass their own writers, input and clock,
/// so every command runs in-process exactly as it does from the shell.
/// </summary>
internal sealed record HostContext(TextWriter Out, TextWriter Error, TimeProvider Time)
{
    /// <summary>Facilitator input: keys in a terminal, or one command a line from a script.</summary>
    public TextReader In { get; init; } = TextReader.Null;

    /// <summary>True when a person is at a terminal (input and output not redirected): the live view is used.</summary>
    public bool Interactive { get; init; }

    /// <summary>The database used when no <c>--db</c> is given.</summary>
    public string? DefaultDatabasePath { get; init; }

    /// <summary>Where the demo writes its documents; null for a folder under the system temp directory.</summary>
    public string? DemoFolder { get; init; }

    /// <summary>The private-note key file used when no environment variable names one (tests give their own).</summary>
    public string? DefaultKeyPath { get; init; }

    /// <summary>
    /// Called with each database the host opens, before any command uses it: a seam for tests that
    /// inject a storage fault (a full disk at commit) into a real run. Null in the shipped host.
    /// </summary>
    public Action<HostStorage>? StorageOpened { get; init; }

    public static HostContext FromConsole() => new(Console.Out, Console.Error, TimeProvider.System)
    {
        In = Console.In,
        Interactive = !Console.IsInputRedirected && !Console.IsOutputRedirected,
    };
}
