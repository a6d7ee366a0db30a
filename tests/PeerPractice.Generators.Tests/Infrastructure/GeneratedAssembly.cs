using System.Runtime.Loader;
using Microsoft.CodeAnalysis;
using PeerPractice.Agendas;

namespace PeerPractice.Generators.Tests.Infrastructure;

/// <summary>
/// Emits a compilation and loads it in a collectible context. PeerPractice.Core resolves to the
/// copy the tests already loaded, so the generated <c>Definition</c> can be compared with values
/// the runtime library builds.
/// </summary>
internal sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly System.Reflection.Assembly _assembly;

    public GeneratedAssembly(Compilation compilation)
        : this(compilation, out _)
    {
    }

    /// <summary>
    /// Emits with an XML documentation stream, so that <paramref name="problems"/> holds every
    /// compiler warning and error (doc comments included) from one binding pass.
    /// </summary>
    public GeneratedAssembly(Compilation compilation, out IReadOnlyList<Diagnostic> problems)
    {
        using var image = new MemoryStream();
        using var documentation = new MemoryStream();
        var result = compilation.Emit(image, xmlDocumentationStream: documentation);
        problems = result.Diagnostics.Where(d => d.Severity >= DiagnosticSeverity.Warning).ToList();
        Assert.True(result.Success, string.Join(Environment.NewLine, result.Diagnostics));
        image.Position = 0;
        _context = new AssemblyLoadContext(compilation.AssemblyName, isCollectible: true);
        _assembly = _context.LoadFromStream(image);
    }

    public Type Type(string fullName) =>
        _assembly.GetType(fullName) ?? throw new InvalidOperationException($"No generated type {fullName}.");

    public object? Static(string typeName, string propertyName) =>
        Type(typeName).GetProperty(propertyName)?.GetValue(null)
        ?? throw new InvalidOperationException($"No static property {typeName}.{propertyName}.");

    public AgendaDefinition Definition(string typeName) => (AgendaDefinition)Static(typeName, "Definition")!;

    public void Dispose() => _context.Unload();
}
