using System.IO.Compression;
using System.Xml.Linq;

namespace PeerPractice.Package.Tests;

/// <summary>The PeerPractice.Sqlite package: its assembly, its README, and dependencies a consumer's restore resolves right.</summary>
[Collection(PackedPackageCollection.Name)]
public class SqlitePackageTests(PackedPackage package)
{
    private static readonly XNamespace s_nuspec = "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd";

    [Fact]
    public void Package_holds_the_store_assembly_its_docs_and_its_readme_but_not_the_core()
    {
        using var zip = ZipFile.OpenRead(package.SqlitePackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("lib/net10.0/PeerPractice.Sqlite.dll", entries);
        Assert.Contains("lib/net10.0/PeerPractice.Sqlite.xml", entries);
        Assert.DoesNotContain(entries, e => e.Contains("PeerPractice.Core", StringComparison.Ordinal) || e.Contains("Generators", StringComparison.Ordinal));

        var readme = zip.GetEntry("README.md");
        Assert.NotNull(readme);
        using var reader = new StreamReader(readme.Open());
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "PeerPractice.Sqlite", "README.md")), reader.ReadToEnd());
        Assert.Equal("README.md", Metadata().Element(s_nuspec + "readme")?.Value);
    }

    [Fact]
    public void Nuspec_depends_on_the_same_core_version_and_the_central_sqlite_version()
    {
        var dependencies = Metadata().Element(s_nuspec + "dependencies")?.Elements(s_nuspec + "group").ToList();

        Assert.NotNull(dependencies);
        var group = Assert.Single(dependencies);
        Assert.Equal("net10.0", group.Attribute("targetFramework")?.Value);
        var versions = group.Elements(s_nuspec + "dependency").ToDictionary(d => d.Attribute("id")!.Value, d => d.Attribute("version")?.Value, StringComparer.Ordinal);

        // The core at exactly the version packed with it (a project reference becomes a minimum of that version).
        Assert.Equal(package.Version, versions["PeerPractice.Core"]);
        Assert.Equal(CentralVersion("Microsoft.Data.Sqlite"), versions["Microsoft.Data.Sqlite"]);
        Assert.Equal(CentralVersion("Microsoft.Extensions.DependencyInjection.Abstractions"), versions["Microsoft.Extensions.DependencyInjection.Abstractions"]);
        Assert.Equal(CentralVersion("Microsoft.Extensions.Logging.Abstractions"), versions["Microsoft.Extensions.Logging.Abstractions"]);
        Assert.Equal(CentralVersion("Microsoft.Extensions.Options"), versions["Microsoft.Extensions.Options"]);
        Assert.Equal(5, versions.Count);
    }

    private static string CentralVersion(string id)
    {
        var props = XDocument.Load(Path.Combine(RepositoryRoot.Path, "Directory.Packages.props"));
        var version = props.Descendants("PackageVersion").SingleOrDefault(p => p.Attribute("Include")?.Value == id)?.Attribute("Version")?.Value;
        Assert.False(version is null, id + " has no central version in Directory.Packages.props");
        return version;
    }

    private XElement Metadata()
    {
        using var zip = ZipFile.OpenRead(package.SqlitePackagePath);
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        return XDocument.Load(stream).Root!.Element(s_nuspec + "metadata")!;
    }
}
