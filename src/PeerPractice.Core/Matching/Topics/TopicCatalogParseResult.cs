using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>The outcome of parsing a topic catalog: the catalog when valid, and every problem found.</summary>
/// <param name="Catalog">The catalog, or null when there were problems.</param>
/// <param name="Problems">Every problem, in file order; empty when valid.</param>
public sealed record TopicCatalogParseResult(TopicCatalog? Catalog, ValueArray<CatalogProblem> Problems)
{
    /// <summary>True when the catalog is usable.</summary>
    public bool Succeeded => Catalog is not null;
}
