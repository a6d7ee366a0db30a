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

    [Fact]
    public void Every_JSON_Schema_of_the_library_is_packed_as_a_file_under_schema()
    {
        var schemas = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src", "PeerPractice.Core"), "*.schema.json", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                     && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes, StringComparer.Ordinal);
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var packed = zip.Entries
            .Where(e => e.FullName.StartsWith("schema/", StringComparison.Ordinal))
            .ToDictionary(e => e.FullName["schema/".Length..], Read, StringComparer.Ordinal);

        // The schemas users' files are checked with, and no more: agenda, relationships, visit plan,
        // breakfast event, topic catalog, template front matter, profiles and policy.
        Assert.Equal(schemas.Keys.Order(StringComparer.Ordinal), packed.Keys.Order(StringComparer.Ordinal));
        Assert.True(schemas.Count >= 8, "expected at least 8 schemas, found " + string.Join(", ", schemas.Keys));
        Assert.All(schemas, schema => Assert.Equal(schema.Value, packed[schema.Key]));
        Assert.All(new[] { "agenda", "relationships", "visit-plan", "event", "topic-catalog", "template-front-matter", "profiles", "policy" },
            name => Assert.Contains(name + ".schema.json", packed.Keys));
    }

    private static byte[] Read(System.IO.Compression.ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }
}
