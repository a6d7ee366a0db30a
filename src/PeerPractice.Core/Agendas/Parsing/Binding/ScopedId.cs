using PeerPractice.Json;

namespace PeerPractice.Agendas;

/// <summary>A valid kebab-case id and the string value that spelled it, for the uniqueness rules.</summary>
/// <param name="Id">The id.</param>
/// <param name="Node">The JSON string holding it.</param>
internal readonly record struct ScopedId(string Id, JsonNode Node);
