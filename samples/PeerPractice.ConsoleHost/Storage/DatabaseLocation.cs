namespace PeerPractice.ConsoleHost.Storage;

/// <summary>Where the host keeps its database unless told otherwise (the note key is elsewhere: see <see cref="HostStorage"/>).</summary>
internal static class DatabaseLocation
{
    /// <summary>Overrides the default database path when set (the <c>--db</c> option wins over it).</summary>
    public const string EnvironmentVariable = "PEERPRACTICE_DB";

    /// <summary>
    /// <c>$XDG_DATA_HOME/PeerPractice/peerpractice.db</c> on Linux (usually <c>~/.local/share</c>),
    /// <c>%LOCALAPPDATA%\PeerPractice\peerpractice.db</c> on Windows.
    /// </summary>
    public static string Default()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } fromEnvironment)
        {
            return Path.GetFullPath(fromEnvironment);
        }

        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return Path.Combine(root, "PeerPractice", "peerpractice.db");
    }
}
