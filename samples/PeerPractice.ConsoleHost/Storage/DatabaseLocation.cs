namespace PeerPractice.ConsoleHost.Storage;

/// <summary>Where the host keeps its database and note key unless told otherwise.</summary>
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

    /// <summary>The note key lives beside the database it encrypts, so moving both keeps them together.</summary>
    public static string KeyFileFor(string databasePath) => databasePath + ".key";
}
