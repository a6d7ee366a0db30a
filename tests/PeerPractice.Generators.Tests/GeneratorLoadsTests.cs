extern alias Generator;
using Generator::PeerPractice.Generators;
using Microsoft.CodeAnalysis;

namespace PeerPractice.Generators.Tests;

public class GeneratorLoadsTests
{
    [Fact]
    public void Generator_is_an_incremental_generator_for_csharp()
    {
        var attribute = typeof(AgendaGenerator).GetCustomAttributes(typeof(GeneratorAttribute), false).Cast<GeneratorAttribute>().Single();
        Assert.Contains(LanguageNames.CSharp, attribute.Languages);
        Assert.IsAssignableFrom<IIncrementalGenerator>(new AgendaGenerator());
    }
}

public class GeneratorReferencesTests
{
    // What every compiler host (dotnet build, Visual Studio, Rider, OmniSharp) supplies to a
    // netstandard2.0 generator: netstandard, Roslyn and Roslyn's own dependencies.
    private static readonly HashSet<string> _suppliedByTheHost = new(StringComparer.Ordinal)
    {
        "netstandard",
        "Microsoft.CodeAnalysis",
        "Microsoft.CodeAnalysis.CSharp",
        "System.Collections.Immutable",
        "System.Memory",
        "System.Runtime.CompilerServices.Unsafe",
        "System.Reflection.Metadata",
        "System.Text.Encoding.CodePages",
        "System.Threading.Tasks.Extensions",
        "System.Numerics.Vectors",
        "System.Buffers",
    };

    [Fact]
    public void The_generator_references_only_what_the_compiler_host_supplies()
    {
        var references = typeof(AgendaGenerator).Assembly.GetReferencedAssemblies().Select(name => name.Name!).ToList();

        Assert.Contains("Microsoft.CodeAnalysis", references);
        Assert.All(references, name => Assert.True(_suppliedByTheHost.Contains(name), $"{name} would have to ship beside the generator"));
    }

    [Fact]
    public void The_generator_needs_no_Roslyn_newer_than_4_8_so_older_SDKs_and_Visual_Studio_load_it()
    {
        var roslyn = typeof(AgendaGenerator).Assembly.GetReferencedAssemblies().Single(name => name.Name == "Microsoft.CodeAnalysis");

        Assert.True(roslyn.Version <= new Version(4, 8, 0, 0), $"references Roslyn {roslyn.Version}");
        Assert.Contains("netstandard", typeof(AgendaGenerator).Assembly.GetReferencedAssemblies().Select(name => name.Name));
    }
}
