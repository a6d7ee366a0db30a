using Microsoft.CodeAnalysis;
using PeerPractice.Agendas;

namespace PeerPractice.Generators.Tests.Infrastructure;

/// <summary>
/// What a consumer compiles against: the running runtime's framework assemblies plus
/// PeerPractice.Core. Built once and shared, because metadata references are costly.
/// </summary>
internal static class References
{
    private static readonly Lazy<IReadOnlyList<MetadataReference>> _all = new(Load);

    public static IReadOnlyList<MetadataReference> All => _all.Value;

    private static IReadOnlyList<MetadataReference> Load()
    {
        // Only the framework directory: the test's own dependencies (notably the generator, which
        // has its own copy of the agenda model) must not leak into the consumer's compilation.
        var frameworkDirectory = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var references = trusted
            .Where(path => string.Equals(Path.GetDirectoryName(path), frameworkDirectory, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(path => (MetadataReference)MetadataReference.CreateFromFile(path))
            .ToList();
        references.Add(MetadataReference.CreateFromFile(typeof(AgendaDefinition).Assembly.Location));
        return references;
    }
}
