namespace PeerPractice.Core.Tests.Agendas;

/// <summary>Finds the repository and the shared corpora next to it (<c>../shared/corpora</c> from the root).</summary>
internal static class TestPaths
{
    public static string RepositoryRoot { get; } = FindRoot();

    /// <summary>
    /// The shared corpora folder, or null when absent. Looks next to the repository root, and for a
    /// git worktree also next to the main checkout, since worktrees usually live elsewhere.
    /// </summary>
    public static string? SharedCorpora
    {
        get
        {
            foreach (var root in CheckoutRoots())
            {
                var candidate = Path.GetFullPath(Path.Combine(root, "..", "shared", "corpora"));
                if (Directory.Exists(candidate))
                {
                    return candidate;
                }
            }

            return null;
        }
    }

    /// <summary>Returns the corpus folder, or skips (fails under CI=true) with a visible reason when it is absent.</summary>
    public static string RequireCorpus(string relative)
    {
        var corpora = SharedCorpora;
        var folder = corpora is null ? null : Path.Combine(corpora, relative);
        if (folder is not null && Directory.Exists(folder))
        {
            return folder;
        }

        var reason = $"The corpus ../shared/corpora/{relative} (from the repository root {RepositoryRoot}) is absent.";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " Under CI=true the corpus is required.");
        }

        Assert.Skip(reason + " Skipping; under CI=true this fails.");
        return "";
    }

    private static IEnumerable<string> CheckoutRoots()
    {
        yield return RepositoryRoot;
        var gitFile = Path.Combine(RepositoryRoot, ".git");
        if (!File.Exists(gitFile))
        {
            yield break;
        }

        // A worktree's .git is a file: "gitdir: <main>/.git/worktrees/<name>".
        var line = File.ReadAllText(gitFile).Trim();
        const string Prefix = "gitdir:";
        if (line.StartsWith(Prefix, StringComparison.Ordinal))
        {
            var gitDir = new DirectoryInfo(line[Prefix.Length..].Trim());
            var main = gitDir.Parent?.Parent?.Parent;
            if (main is not null)
            {
                yield return main.FullName;
            }
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "PeerPractice.Core.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Cannot find PeerPractice.Core.sln above " + AppContext.BaseDirectory);
    }
}
