using System.Globalization;

namespace PeerPractice.Package.Tests;

/// <summary>
/// Packs every package of the repository (each project under src/) once per test run into a temporary
/// feed, under one version no other run uses, so that NuGet's global cache can never hand a test a stale
/// package.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        Root = Directory.CreateTempSubdirectory("peerpractice-package-").FullName;
        FeedDirectory = Path.Combine(Root, "feed");

        // Packed as CI packs it (CI=true sets ContinuousIntegrationBuild): deterministic, with /_/ for the
        // repository root in the PDB instead of this machine's path. One pack per package; a pack builds
        // the packages it references, which the later packs then find up to date.
        foreach (var id in AllIds)
        {
            DotNetCli.RunOrFail(RepositoryRoot.Path, "pack", ProjectPath(id), "-c", "Release", "-o", FeedDirectory, "-p:Version=" + Version, "-p:ContinuousIntegrationBuild=true");
        }

        foreach (var id in AllIds)
        {
            Assert.True(File.Exists(PackagePathOf(id)), "pack did not produce " + PackagePathOf(id));
            Assert.True(File.Exists(SymbolsPackagePathOf(id)), "pack did not produce the symbols package " + SymbolsPackagePathOf(id));
        }
    }

    /// <summary>Every package id this repository ships: the project folders under src/, each named as its package.</summary>
    public static IReadOnlyList<string> AllIds { get; } = Directory.GetDirectories(Path.Combine(RepositoryRoot.Path, "src"))
        .Where(folder => File.Exists(Path.Combine(folder, Path.GetFileName(folder) + ".csproj")))
        .Select(Path.GetFileName)
        .Order(StringComparer.Ordinal)
        .ToList()!;

    /// <summary><see cref="AllIds"/> for theories, so every package is held to the same metadata.</summary>
    public static TheoryData<string> Ids => [.. AllIds];

    public string Version { get; }

    /// <summary>A temporary folder outside the repository, so no Directory.Build.props of ours applies.</summary>
    public string Root { get; }

    public string FeedDirectory { get; }

    /// <summary>The PeerPractice.Core package.</summary>
    public string PackagePath => PackagePathOf("PeerPractice.Core");

    /// <summary>The PeerPractice.Sqlite package.</summary>
    public string SqlitePackagePath => PackagePathOf("PeerPractice.Sqlite");

    public static string ProjectPath(string id) => Path.Combine(RepositoryRoot.Path, "src", id, id + ".csproj");

    /// <summary>The .nupkg of package <paramref name="id"/> (one of <see cref="AllIds"/>).</summary>
    public string PackagePathOf(string id) => Path.Combine(FeedDirectory, $"{Known(id)}.{Version}.nupkg");

    /// <summary>The .snupkg of package <paramref name="id"/>, holding its portable PDB.</summary>
    public string SymbolsPackagePathOf(string id) => Path.Combine(FeedDirectory, $"{Known(id)}.{Version}.snupkg");

    public void Dispose()
    {
        TryDelete(Root);

        // Each run caches its own unique version; remove it so the cache does not grow run after run.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        foreach (var id in AllIds)
        {
            TryDelete(Path.Combine(cache, id.ToLowerInvariant(), Version));
        }
    }

    private static string Known(string id) =>
        AllIds.Contains(id, StringComparer.Ordinal) ? id : throw new ArgumentOutOfRangeException(nameof(id), id, "not a package of this repository");

    private static void TryDelete(string path)
    {
        try
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test run over clean-up.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PackedPackageCollection : ICollectionFixture<PackedPackage>
{
    public const string Name = "packed package";
}
