namespace PeerPractice.Package.Tests;

/// <summary>Finds the repository root from the test's output folder, wherever the clone lives.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

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
