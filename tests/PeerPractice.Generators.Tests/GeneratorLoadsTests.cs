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
