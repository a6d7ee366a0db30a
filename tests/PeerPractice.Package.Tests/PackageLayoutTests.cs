using System.IO.Compression;

namespace PeerPractice.Package.Tests;

[Collection(PackedPackageCollection.Name)]
public class PackageLayoutTests(PackedPackage package)
{
    [Fact]
    public void Package_holds_the_library_the_generator_and_the_build_props()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);

        Assert.Contains("lib/net10.0/PeerPractice.Core.dll", entries);
        Assert.Contains("lib/net10.0/PeerPractice.Core.xml", entries);
        Assert.Contains("analyzers/dotnet/cs/PeerPractice.Generators.dll", entries);
        Assert.Contains("build/PeerPractice.Core.props", entries);
        Assert.Contains("buildTransitive/PeerPractice.Core.props", entries);
        Assert.Contains("README.md", entries);
        Assert.Contains("schema/agenda.schema.json", entries);

        // The generator must not leak into lib/, where it would become a runtime reference of every consumer.
        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) && e.Contains("Generators", StringComparison.Ordinal));
    }

    [Fact]
    public void Package_declares_no_dependency_on_the_generator_project()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var reader = new StreamReader(nuspec.Open());
        var text = reader.ReadToEnd();

        Assert.DoesNotContain("PeerPractice.Generators", text, StringComparison.Ordinal);
        Assert.Contains("<license type=\"expression\">MIT</license>", text, StringComparison.Ordinal);
        Assert.Contains("<readme>README.md</readme>", text, StringComparison.Ordinal);
    }
}
