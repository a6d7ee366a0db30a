using System.IO.Compression;
using System.Reflection.Metadata;
using System.Text.Json;

namespace PeerPractice.Package.Tests;

/// <summary>
/// A debugger that steps into the library finds the exact sources: the PDB in the symbols package
/// maps every source path to the built commit on GitHub (SourceLink), embeds what git does not track,
/// and names no path of the machine that built it.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public class SourceLinkTests(PackedPackage package)
{
    // Kinds of custom debug information defined by the portable PDB format.
    private static readonly Guid s_sourceLink = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");
    private static readonly Guid s_embeddedSource = new("0E8A571B-6926-466E-B4AD-8AB04611F5FE");

    [Theory]
    [MemberData(nameof(PackedPackage.Ids), MemberType = typeof(PackedPackage))]
    public void Packed_pdb_maps_sources_to_the_built_commit_on_the_repository(string id)
    {
        using var pdb = OpenPackedPdb(id);
        var reader = pdb.GetMetadataReader();

        var documents = SourceLinkDocuments(reader);

        var expected = $"https://raw.githubusercontent.com/peerpractice/peerpractice/{RepositoryRoot.HeadCommit}/*";
        var mapping = Assert.Single(documents);
        Assert.Equal("/_/*", mapping.Key);
        Assert.Equal(expected, mapping.Value);
    }

    [Theory]
    [MemberData(nameof(PackedPackage.Ids), MemberType = typeof(PackedPackage))]
    public void Every_source_document_is_either_mapped_by_SourceLink_or_embedded(string id)
    {
        using var pdb = OpenPackedPdb(id);
        var reader = pdb.GetMetadataReader();
        var prefixes = SourceLinkDocuments(reader).Keys.Select(k => k.TrimEnd('*')).ToList();

        var unreachable = new List<string>();
        var mapped = new List<string>();
        foreach (var handle in reader.Documents)
        {
            var name = reader.GetString(reader.GetDocument(handle).Name);
            if (prefixes.Any(p => name.StartsWith(p, StringComparison.Ordinal)) && !IsEmbedded(reader, handle))
            {
                mapped.Add(name);
            }
            else if (!IsEmbedded(reader, handle))
            {
                unreachable.Add(name);
            }
        }

        // Files with code (not every file: an enum or an interface has no sequence points) of the package's
        // own folder, each a file of the repository at the path the PDB names, so /_/ really is its root.
        var sources = Directory.GetFiles(Path.Combine(RepositoryRoot.Path, "src", id), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.True(mapped.Count * 2 >= sources.Count, $"only {mapped.Count} of {sources.Count} source files are mapped to the repository");
        // A package's own folder, or src/Shared: source files compiled into more than one package (the
        // store packages' common row shapes), still files of the repository at the path the PDB names.
        Assert.All(mapped, name => Assert.True(
            name.StartsWith($"/_/src/{id}/", StringComparison.Ordinal) || name.StartsWith("/_/src/Shared/", StringComparison.Ordinal),
            name + " is neither in the package's folder nor in src/Shared"));
        Assert.All(mapped, name => Assert.True(File.Exists(Path.Combine(RepositoryRoot.Path, name["/_/".Length..])), name + " is not a file of the repository"));
        if (id == "PeerPractice.Core")
        {
            Assert.Contains("/_/src/PeerPractice.Core/Agendas/Parsing/AgendaParser.cs", mapped);
        }

        Assert.True(unreachable.Count == 0, "documents neither mapped nor embedded:\n" + string.Join('\n', unreachable));
    }

    [Theory]
    [MemberData(nameof(PackedPackage.Ids), MemberType = typeof(PackedPackage))]
    public void Untracked_generated_sources_are_embedded_in_the_pdb(string id)
    {
        using var pdb = OpenPackedPdb(id);
        var reader = pdb.GetMetadataReader();

        var embedded = reader.Documents
            .Where(handle => IsEmbedded(reader, handle))
            .Select(handle => reader.GetString(reader.GetDocument(handle).Name))
            .ToList();

        // The SDK writes the assembly attributes into obj/, which git ignores.
        Assert.Contains(embedded, name => name.EndsWith(".AssemblyInfo.cs", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(PackedPackage.Ids), MemberType = typeof(PackedPackage))]
    public void Pdb_names_no_path_of_the_machine_that_built_it(string id)
    {
        using var pdb = OpenPackedPdb(id);
        var reader = pdb.GetMetadataReader();
        var root = RepositoryRoot.Path.Replace('\\', '/');

        var machinePaths = reader.Documents
            .Select(handle => reader.GetString(reader.GetDocument(handle).Name).Replace('\\', '/'))
            .Where(name => name.StartsWith(root, StringComparison.Ordinal) || !name.StartsWith("/_/", StringComparison.Ordinal))
            .ToList();

        Assert.True(machinePaths.Count == 0, "documents outside the deterministic /_/ root:\n" + string.Join('\n', machinePaths));
    }

    private static Dictionary<string, string> SourceLinkDocuments(MetadataReader reader)
    {
        var blobs = reader.CustomDebugInformation
            .Select(reader.GetCustomDebugInformation)
            .Where(info => reader.GetGuid(info.Kind) == s_sourceLink)
            .Select(info => reader.GetBlobBytes(info.Value))
            .ToList();
        var json = Assert.Single(blobs);
        using var document = JsonDocument.Parse(json);
        return document.RootElement.GetProperty("documents").EnumerateObject()
            .ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
    }

    private static bool IsEmbedded(MetadataReader reader, DocumentHandle document) =>
        reader.GetCustomDebugInformation(document)
            .Select(reader.GetCustomDebugInformation)
            .Any(info => reader.GetGuid(info.Kind) == s_embeddedSource);

    private MetadataReaderProvider OpenPackedPdb(string id)
    {
        using var zip = ZipFile.OpenRead(package.SymbolsPackagePathOf(id));
        var entry = zip.GetEntry($"lib/net10.0/{id}.pdb");
        Assert.NotNull(entry);
        var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        return MetadataReaderProvider.FromPortablePdbStream(buffer);
    }
}
