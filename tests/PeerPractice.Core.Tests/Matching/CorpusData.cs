using System.Text.Json;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// Optional public corpora beside the repository (<c>../shared/corpora</c>), read for scale tests only
/// (never copied into the project). Absent: the test skips with the reason; with CI=true, absence fails.
/// </summary>
internal static class CorpusData
{
    public static IReadOnlyList<string> Fortune500Names()
    {
        var path = Path.Combine(RepositoryRoot(), "..", "shared", "corpora", "dariusk-corpora", "data", "corporations", "fortune500.json");
        if (!File.Exists(path))
        {
            var reason = $"Corpus not found at {Path.GetFullPath(path)}.";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(reason + " It is required when CI=true.");
            }

            Assert.Skip(reason);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(path));
        return document.RootElement.GetProperty("companies").EnumerateArray().Select(e => e.GetString()!).ToList();
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "PeerPractice.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (PeerPractice.Core.sln) not found above " + AppContext.BaseDirectory);
    }
}
