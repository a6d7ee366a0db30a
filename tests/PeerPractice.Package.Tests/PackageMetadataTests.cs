using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace PeerPractice.Package.Tests;

/// <summary>
/// What a NuGet user checks on nuget.org before adopting a dependency: where the source is and which
/// commit was built, the license, an icon, release notes, and a README written for them; the same for every
/// package the repository ships (every project under src/).
/// </summary>
[Collection(PackedPackageCollection.Name)]
public partial class PackageMetadataTests(PackedPackage package)
{
    private const string Repository = "https://github.com/peerpractice/peerpractice";

    [Theory]
    [MemberData(nameof(PackedPackage.Ids), MemberType = typeof(PackedPackage))]
    public void Nuspec_names_the_git_repository_and_the_commit_that_was_built(string id)
    {
        var repository = Metadata(id).Element(Nuspec("repository"));

        Assert.NotNull(repository);
        Assert.Equal("git", repository.Attribute("type")?.Value);
        Assert.Equal(Repository, repository.Attribute("url")?.Value);
        Assert.Equal(RepositoryRoot.HeadCommit, repository.Attribute("commit")?.Value);
        Assert.Equal(Repository, Metadata(id).Element(Nuspec("projectUrl"))?.Value);
    }

    [Theory]
    [MemberData(nameof(PackedPackage.Ids), MemberType = typeof(PackedPackage))]
    public void Nuspec_declares_the_MIT_license_as_an_expression(string id)
    {
        var license = Metadata(id).Element(Nuspec("license"));

        Assert.NotNull(license);
        Assert.Equal("expression", license.Attribute("type")?.Value);
        Assert.Equal("MIT", license.Value);
    }

    [Theory]
    [MemberData(nameof(PackedPackage.Ids), MemberType = typeof(PackedPackage))]
    public void Nuspec_icon_is_a_png_inside_the_package(string id)
    {
        var icon = Metadata(id).Element(Nuspec("icon"))?.Value;

        Assert.Equal("icon.png", icon);
        using var zip = ZipFile.OpenRead(package.PackagePathOf(id));
        var entry = zip.GetEntry("icon.png");
        Assert.NotNull(entry);
        using var stream = entry.Open();
        var signature = new byte[8];
        stream.ReadExactly(signature);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, signature);
    }

    [Theory]
    [MemberData(nameof(PackedPackage.Ids), MemberType = typeof(PackedPackage))]
    public void Release_notes_are_the_changelog_section_for_the_packed_version_or_unreleased(string id)
    {
        var changelog = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "CHANGELOG.md")).ReplaceLineEndings("\n");
        var section = ChangelogSection(changelog, package.Version) ?? ChangelogSection(changelog, "Unreleased");
        Assert.False(string.IsNullOrWhiteSpace(section), "CHANGELOG.md has neither a section for " + package.Version + " nor an Unreleased section");

        var notes = Metadata(id).Element(Nuspec("releaseNotes"))?.Value.ReplaceLineEndings("\n");

        Assert.Equal(section, notes);
    }

    [Theory]
    [MemberData(nameof(PackedPackage.Ids), MemberType = typeof(PackedPackage))]
    public void Readme_is_the_package_readme_written_for_nuget_org_not_the_repository_readme(string id)
    {
        Assert.Equal("README.md", Metadata(id).Element(Nuspec("readme"))?.Value);
        using var zip = ZipFile.OpenRead(package.PackagePathOf(id));
        var entry = zip.GetEntry("README.md");
        Assert.NotNull(entry);
        using var reader = new StreamReader(entry.Open());
        var readme = reader.ReadToEnd();

        var packageReadme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", id, "README.md"));
        Assert.Equal(packageReadme, readme);
        Assert.StartsWith("# " + id + "\n", readme.ReplaceLineEndings("\n"), StringComparison.Ordinal);
        Assert.Contains("dotnet add package " + id, readme, StringComparison.Ordinal);
        Assert.Contains("```csharp", readme, StringComparison.Ordinal);

        // nuget.org shows the README away from the repository: a relative link would lead nowhere.
        var relativeLinks = MarkdownLink().Matches(readme)
            .Select(m => m.Groups["target"].Value)
            .Where(target => !target.StartsWith("https://", StringComparison.Ordinal))
            .ToList();
        Assert.True(relativeLinks.Count == 0, "relative links in the package README: " + string.Join(", ", relativeLinks));
    }

    [Theory]
    [MemberData(nameof(PackedPackage.Ids), MemberType = typeof(PackedPackage))]
    public void Changelog_names_the_package_in_a_release_section(string id)
    {
        var changelog = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "CHANGELOG.md")).ReplaceLineEndings("\n");
        var sections = changelog.Split('\n')
            .Where(l => l.StartsWith("## [", StringComparison.Ordinal))
            .Select(l => l[4..l.IndexOf(']', StringComparison.Ordinal)])
            .ToList();

        // A reader of the package's release notes finds where the package itself was added.
        Assert.Contains(sections, name => ChangelogSection(changelog, name)!.Contains($"`{id}`", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PackedPackage.Ids), MemberType = typeof(PackedPackage))]
    public void Library_targets_net10_only_and_is_not_strong_named_as_docs_packaging_decides(string id)
    {
        using var zip = ZipFile.OpenRead(package.PackagePathOf(id));
        var libraries = zip.Entries.Where(e => e.FullName.StartsWith("lib/", StringComparison.Ordinal)).Select(e => e.FullName).ToList();
        Assert.Equal([$"lib/net10.0/{id}.dll", $"lib/net10.0/{id}.xml"], libraries.Order(StringComparer.Ordinal));

        using var assembly = new MemoryStream();
        using (var stream = zip.GetEntry($"lib/net10.0/{id}.dll")!.Open())
        {
            stream.CopyTo(assembly);
        }

        assembly.Position = 0;
        using var pe = new System.Reflection.PortableExecutable.PEReader(assembly);
        var definition = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(pe).GetAssemblyDefinition();
        Assert.True(definition.PublicKey.IsNil, id + " is strong-named; docs/packaging.md decides against it for net10.0-only packages");
    }

    /// <summary>The text under <c>## [name]</c> up to the next section or the link references, trimmed; null when absent.</summary>
    internal static string? ChangelogSection(string changelog, string name)
    {
        var lines = changelog.Split('\n');
        var start = Array.FindIndex(lines, l => l.StartsWith($"## [{name}]", StringComparison.Ordinal));
        if (start < 0)
        {
            return null;
        }

        var end = start + 1;
        while (end < lines.Length && !lines[end].StartsWith("## [", StringComparison.Ordinal) && !lines[end].StartsWith('['))
        {
            end++;
        }

        return string.Join('\n', lines[(start + 1)..end]).Trim();
    }

    private XElement Metadata(string id = "PeerPractice.Core")
    {
        using var zip = ZipFile.OpenRead(package.PackagePathOf(id));
        var nuspec = zip.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal));
        using var stream = nuspec.Open();
        var document = XDocument.Load(stream);
        return document.Root!.Element(Nuspec("metadata"))!;
    }

    private static XName Nuspec(string name) => XName.Get(name, "http://schemas.microsoft.com/packaging/2013/05/nuspec.xsd");

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)\)")]
    private static partial Regex MarkdownLink();
}
