using PeerPractice.Agendas;
using PeerPractice.Collections;

namespace PeerPractice.Generators.Model;

/// <summary>Everything needed to emit one agenda class, except the namespace (which comes from the project).</summary>
/// <param name="ClassName">The static class name, PascalCase of the id plus <c>Agenda</c>.</param>
/// <param name="FileName">The agenda file's name without folders, for doc comments (stable across machines).</param>
/// <param name="Definition">The validated runtime model.</param>
/// <param name="Sections">Names for each section and item, in agenda order.</param>
/// <param name="IdLocation">Where the agenda's id is written, for cross-file diagnostics.</param>
internal sealed record AgendaClassSpec(
    string ClassName,
    string FileName,
    AgendaDefinition Definition,
    ValueArray<SectionSpec> Sections,
    LocationSpec IdLocation);
