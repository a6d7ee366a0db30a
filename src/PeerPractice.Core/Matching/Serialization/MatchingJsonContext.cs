using System.Text.Json.Serialization;

namespace PeerPractice.Matching;

/// <summary>Source-generated JSON metadata for profiles and policies: no reflection, trim and AOT safe.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    ReadCommentHandling = System.Text.Json.JsonCommentHandling.Skip,
    AllowTrailingCommas = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ProfilesDocument))]
[JsonSerializable(typeof(PolicyDocument))]
internal sealed partial class MatchingJsonContext : JsonSerializerContext;
