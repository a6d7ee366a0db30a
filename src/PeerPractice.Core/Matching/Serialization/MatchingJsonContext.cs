using System.Text.Json.Serialization;

namespace PeerPractice.Matching;

/// <summary>
/// Source-generated JSON metadata for writing profiles (<see cref="ProfileLoader.Save(System.Collections.Generic.IReadOnlyList{MemberProfile})"/>): no
/// reflection, trim and AOT safe. Reading goes through the library's one strict, located reader.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    UseStringEnumConverter = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(ProfilesDocument))]
[JsonSerializable(typeof(MemberRecord))]
internal sealed partial class MatchingJsonContext : JsonSerializerContext;
