namespace PeerPractice.Generators.Tests.Infrastructure;

/// <summary>Paths in the repository, found by walking up to the solution file.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> _root = new(() =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "PeerPractice.Core.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("PeerPractice.Core.sln not found above " + AppContext.BaseDirectory);
    });

    public static string Root => _root.Value;

    public static string GoldenDirectory => Path.Combine(Root, "tests", "PeerPractice.Generators.Tests", "Golden");

    /// <summary>
    /// The agendas that ship: the library's built-in ones and the console host's, as
    /// repository-relative paths with forward slashes, in ordinal order.
    /// </summary>
    public static IReadOnlyList<string> BuiltInAgendas()
    {
        string[] folders = ["src/PeerPractice.Core/Agendas/Library", "samples/PeerPractice.ConsoleHost/Agendas"];
        return folders
            .Select(folder => Path.Combine(Root, folder))
            .Where(Directory.Exists)
            .SelectMany(folder => Directory.EnumerateFiles(folder, "*.agenda.json", SearchOption.AllDirectories))
            .Select(path => Path.GetRelativePath(Root, path).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
