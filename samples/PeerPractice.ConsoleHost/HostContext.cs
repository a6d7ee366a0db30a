namespace PeerPractice.ConsoleHost;

/// <summary>
/// What a command may touch of the outside world. Tests pass their own writers and clock, so
/// every command runs in-process exactly as it does from the shell.
/// </summary>
internal sealed record HostContext(TextWriter Out, TextWriter Error, TimeProvider Time)
{
    public static HostContext FromConsole() => new(Console.Out, Console.Error, TimeProvider.System);
}
