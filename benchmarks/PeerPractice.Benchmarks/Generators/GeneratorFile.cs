using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace PeerPractice.Benchmarks.Generators;

/// <summary>Loads the agenda generator from its assembly file, as csc and the IDE do.</summary>
internal static class GeneratorFile
{
    public static ImmutableArray<ISourceGenerator> Load()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "analyzers", "PeerPractice.Generators.dll");
        if (!File.Exists(path))
        {
            throw new FileNotFoundException("The generator was not copied beside the benchmarks; build benchmarks/PeerPractice.Benchmarks.", path);
        }

        var generators = new AnalyzerFileReference(path, new Loader()).GetGenerators(LanguageNames.CSharp);
        return generators.Length == 1 ? generators : throw new InvalidOperationException($"Expected one generator in {path}, found {generators.Length}.");
    }

    private sealed class Loader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }
}
