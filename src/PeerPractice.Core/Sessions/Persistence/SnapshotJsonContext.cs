using System.Text.Json.Serialization;
using PeerPractice.Collections;

namespace PeerPractice.Sessions;

/// <summary>Source-generated (reflection-free, AOT-safe) JSON for snapshots.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    Converters = [typeof(ValueArrayJsonConverter<string>), typeof(ValueArrayJsonConverter<ActionItem>)])]
[JsonSerializable(typeof(SnapshotDocument))]
[JsonSerializable(typeof(ActionItem))]
internal sealed partial class SnapshotJsonContext : JsonSerializerContext;
