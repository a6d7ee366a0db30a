using System.Globalization;

namespace PeerPractice.Package.Tests;

/// <summary>
/// Packs PeerPractice.Core and PeerPractice.Sqlite once per test run into a temporary feed, under
/// one version no other run uses, so that NuGet's global cache can never hand a test a stale package.
/// </summary>
public sealed class PackedPackage : IDisposable
{
    public PackedPackage()
    {
        Version = "0.0.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", CultureInfo.InvariantCulture);
        Root = Directory.CreateTempSubdirectory("peerpractice-package-").FullName;
        FeedDirectory = Path.Combine(Root, "feed");
        var project = Path.Combine(RepositoryRoot.Path, "src", "PeerPractice.Core", "PeerPractice.Core.csproj");
        // Packed as CI packs it (CI=true sets ContinuousIntegrationBuild): deterministic, with /_/ for the
        // repository root in the PDB instead of this machine's path.
        DotNetCli.RunOrFail(RepositoryRoot.Path, "pack", project, "-c", "Release", "-o", FeedDirectory, "-p:Version=" + Version, "-p:ContinuousIntegrationBuild=true");
        PackagePath = Path.Combine(FeedDirectory, $"PeerPractice.Core.{Version}.nupkg");
        Assert.True(File.Exists(PackagePath), "pack did not produce " + PackagePath);
        SymbolsPackagePath = Path.Combine(FeedDirectory, $"PeerPractice.Core.{Version}.snupkg");
        Assert.True(File.Exists(SymbolsPackagePath), "pack did not produce the symbols package " + SymbolsPackagePath);

        var sqlite = Path.Combine(RepositoryRoot.Path, "src", "PeerPractice.Sqlite", "PeerPractice.Sqlite.csproj");
        DotNetCli.RunOrFail(RepositoryRoot.Path, "pack", sqlite, "-c", "Release", "-o", FeedDirectory, "-p:Version=" + Version, "-p:ContinuousIntegrationBuild=true");
        SqlitePackagePath = Path.Combine(FeedDirectory, $"PeerPractice.Sqlite.{Version}.nupkg");
        Assert.True(File.Exists(SqlitePackagePath), "pack did not produce " + SqlitePackagePath);
        SqliteSymbolsPackagePath = Path.Combine(FeedDirectory, $"PeerPractice.Sqlite.{Version}.snupkg");
        Assert.True(File.Exists(SqliteSymbolsPackagePath), "pack did not produce the symbols package " + SqliteSymbolsPackagePath);
    }

    /// <summary>Every package id this repository ships, for tests that hold each package to the same metadata.</summary>
    public static TheoryData<string> Ids => ["PeerPractice.Core", "PeerPractice.Sqlite"];

    public string Version { get; }

    /// <summary>A temporary folder outside the repository, so no Directory.Build.props of ours applies.</summary>
    public string Root { get; }

    public string FeedDirectory { get; }

    public string PackagePath { get; }

    /// <summary>The .snupkg beside the package, holding the portable PDB.</summary>
    public string SymbolsPackagePath { get; }

    /// <summary>PeerPractice.Sqlite, packed at the same <see cref="Version"/>.</summary>
    public string SqlitePackagePath { get; }

    /// <summary>The .snupkg beside <see cref="SqlitePackagePath"/>.</summary>
    public string SqliteSymbolsPackagePath { get; }

    /// <summary>The .nupkg of package <paramref name="id"/> (one of <see cref="Ids"/>).</summary>
    public string PackagePathOf(string id) => id switch
    {
        "PeerPractice.Core" => PackagePath,
        "PeerPractice.Sqlite" => SqlitePackagePath,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "not a package of this repository"),
    };

    /// <summary>The .snupkg of package <paramref name="id"/> (one of <see cref="Ids"/>).</summary>
    public string SymbolsPackagePathOf(string id) => id switch
    {
        "PeerPractice.Core" => SymbolsPackagePath,
        "PeerPractice.Sqlite" => SqliteSymbolsPackagePath,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "not a package of this repository"),
    };

    public void Dispose()
    {
        TryDelete(Root);

        // Each run caches its own unique version; remove it so the cache does not grow run after run.
        var cache = Environment.GetEnvironmentVariable("NUGET_PACKAGES")
            ?? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        TryDelete(Path.Combine(cache, "peerpractice.core", Version));
        TryDelete(Path.Combine(cache, "peerpractice.sqlite", Version));
    }

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
