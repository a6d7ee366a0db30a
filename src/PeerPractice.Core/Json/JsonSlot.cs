namespace PeerPractice.Json;

/// <summary>
/// Where a value about to be read will sit: its parent, and its property name or array index.
/// Known before the value is read, so problems found inside it already carry the right path.
/// </summary>
/// <param name="Parent">The containing object or array; null for the root.</param>
/// <param name="Name">The property name inside an object; otherwise null.</param>
/// <param name="NameStart">Offset of the property name's opening quote.</param>
/// <param name="NameEnd">Offset just after the property name's closing quote.</param>
/// <param name="Index">The index inside an array; otherwise -1.</param>
internal readonly record struct JsonSlot(JsonNode? Parent, string? Name, int NameStart, int NameEnd, int Index)
{
    /// <summary>The root of the document.</summary>
    public static JsonSlot Root => new(null, null, 0, 0, -1);
}
