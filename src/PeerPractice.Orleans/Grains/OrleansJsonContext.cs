using System.Text.Json.Serialization;

namespace PeerPractice.Orleans.Grains;

/// <summary>What a session grain keeps in <c>StoredSession.HostData</c>: the engine's options and the caller's own data.</summary>
internal sealed record StoredSettings(bool AutoAdvance, double? WarningFraction, string? HostData);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(StoredSettings))]
internal sealed partial class OrleansJsonContext : JsonSerializerContext;
