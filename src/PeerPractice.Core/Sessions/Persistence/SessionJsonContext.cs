using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace PeerPractice.Sessions;

/// <summary>
/// Source-generated (reflection-free, AOT-safe) JSON for what crosses a process boundary: commands
/// and events. For example <c>JsonSerializer.Serialize(command, SessionJsonContext.Default.SessionCommand)</c>.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    RespectRequiredConstructorParameters = true,
    RespectNullableAnnotations = true)]
[JsonSerializable(typeof(SessionCommand))]
[JsonSerializable(typeof(SessionEvent))]
[JsonSerializable(typeof(IReadOnlyList<SessionEvent>))]
public sealed partial class SessionJsonContext : JsonSerializerContext;
