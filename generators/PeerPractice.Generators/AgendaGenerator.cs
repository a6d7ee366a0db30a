using Microsoft.CodeAnalysis;

namespace PeerPractice.Generators;

/// <summary>Turns <c>*.agenda.json</c> additional files into typed agenda classes.</summary>
[Generator(LanguageNames.CSharp)]
public sealed partial class AgendaGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // The pipeline arrives with the walking skeleton.
    }
}
