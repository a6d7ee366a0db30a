using System.IO.Compression;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;

namespace PeerPractice.Package.Tests;

/// <summary>
/// A generator loads inside csc, VBCSCompiler and Visual Studio, which supply only netstandard and
/// Roslyn's own dependencies. Anything else must ship beside the generator, and even then is known
/// to fail in Visual Studio (dotnet/roslyn#41785), so the generator must reference nothing else.
/// </summary>
[Collection(PackedPackageCollection.Name)]
public class GeneratorDependencyTests(PackedPackage package)
{
    // What every supported compiler host provides to analyzers, with the newest version it may ask for.
    private static readonly Dictionary<string, Version> s_hostProvided = new(StringComparer.Ordinal)
    {
        ["netstandard"] = new(2, 0, 0, 0),
        ["Microsoft.CodeAnalysis"] = new(4, 8, 0, 0),
        ["Microsoft.CodeAnalysis.CSharp"] = new(4, 8, 0, 0),
        ["System.Collections.Immutable"] = new(7, 0, 0, 0),
        ["System.Reflection.Metadata"] = new(7, 0, 0, 0),
        ["System.Memory"] = new(4, 0, 1, 2),
        ["System.Buffers"] = new(4, 0, 3, 0),
        ["System.Runtime.CompilerServices.Unsafe"] = new(6, 0, 0, 0),
        ["System.Numerics.Vectors"] = new(4, 1, 4, 0),
        ["System.Threading.Tasks.Extensions"] = new(4, 2, 0, 1),
    };

    [Fact]
    public void Packed_generator_references_only_what_the_package_or_the_compiler_host_supplies()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var analyzerEntries = zip.Entries
            .Where(e => e.FullName.StartsWith("analyzers/dotnet/cs/", StringComparison.Ordinal) && e.FullName.EndsWith(".dll", StringComparison.Ordinal))
            .ToList();
        var shipped = analyzerEntries.Select(e => Path.GetFileNameWithoutExtension(e.Name)).ToHashSet(StringComparer.Ordinal);
        var generator = analyzerEntries.Single(e => e.Name == "PeerPractice.Generators.dll");

        var problems = new List<string>();
        foreach (var reference in ReadReferences(generator))
        {
            if (shipped.Contains(reference.Name))
            {
                continue;
            }

            if (!s_hostProvided.TryGetValue(reference.Name, out var newest))
            {
                problems.Add($"{reference.Name} {reference.Version}: neither shipped in analyzers/dotnet/cs nor supplied by the compiler host");
            }
            else if (reference.Version > newest)
            {
                problems.Add($"{reference.Name} {reference.Version}: newer than {newest}, which older compilers supply; pin an older Roslyn");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public void Packed_generator_targets_netstandard20()
    {
        using var zip = ZipFile.OpenRead(package.PackagePath);
        var generator = zip.Entries.Single(e => e.FullName == "analyzers/dotnet/cs/PeerPractice.Generators.dll");
        Assert.Contains(ReadReferences(generator), r => r.Name == "netstandard" && r.Version == new Version(2, 0, 0, 0));
    }

    private static List<(string Name, Version Version)> ReadReferences(ZipArchiveEntry entry)
    {
        using var buffer = new MemoryStream();
        using (var stream = entry.Open())
        {
            stream.CopyTo(buffer);
        }

        buffer.Position = 0;
        using var pe = new PEReader(buffer);
        var metadata = pe.GetMetadataReader();
        return metadata.AssemblyReferences
            .Select(handle => metadata.GetAssemblyReference(handle))
            .Select(reference => (metadata.GetString(reference.Name), reference.Version))
            .ToList();
    }
}
