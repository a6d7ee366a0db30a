using PeerPractice.Agendas;
using PeerPractice.Collections;

namespace PeerPractice.Generators.Model;

/// <summary>
/// Everything needed to emit one agenda class, except the namespace (which comes from the project).
/// It holds no locations, so an edit that only moves text leaves it equal and regenerates nothing.
/// </summary>
/// <param name="Path">The agenda file's path, which identifies the file across the pipeline.</param>
/// <param name="ClassName">The static class name, PascalCase of the id plus <c>Agenda</c>.</param>
/// <param name="Definition">The validated runtime model.</param>
/// <param name="Sections">Names for each section and item, in agenda order.</param>
internal sealed record AgendaClassSpec(
    string Path,
    string ClassName,
    AgendaDefinition Definition,
    ValueArray<SectionSpec> Sections)
{
    /// <summary>The agenda file's name without folders, for doc comments (stable across machines).</summary>
    public string FileName => Path.Substring(Path.LastIndexOfAny(['/', '\\']) + 1);
}
