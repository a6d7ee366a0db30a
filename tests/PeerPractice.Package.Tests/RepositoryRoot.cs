namespace PeerPractice.Package.Tests;

/// <summary>Finds the repository root from the test's output folder, wherever the clone lives.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    /// <summary>The commit checked out, as git reports it: the one a pack of this tree names.</summary>
    public static string HeadCommit { get; } = ReadHeadCommit();

    private static string ReadHeadCommit()
    {
        var start = new System.Diagnostics.ProcessStartInfo("git", ["rev-parse", "HEAD"])
        {
            WorkingDirectory = Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var git = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException("cannot start git");
        var output = git.StandardOutput.ReadToEnd().Trim();
        if (!git.WaitForExit(TimeSpan.FromMinutes(1)) || git.ExitCode != 0 || output.Length != 40)
        {
            throw new InvalidOperationException($"git rev-parse HEAD in {Path} failed: '{output}' {git.StandardError.ReadToEnd()}");
        }

        return output;
    }

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "PeerPractice.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find PeerPractice.Core.sln above " + AppContext.BaseDirectory);
    }
}
