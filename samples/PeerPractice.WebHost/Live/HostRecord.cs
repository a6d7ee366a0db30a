using System.Text.Json;
using System.Text.Json.Serialization;

namespace PeerPractice.WebHost.Live;

/// <summary>What the web host keeps with a session (in the grain's host data, so every host of a cluster sees it): a title and each participant's link hash.</summary>
public sealed record HostRecord(string Title, IReadOnlyList<ParticipantKey> Keys)
{
    public string ToJson() => JsonSerializer.Serialize(this, WebJsonContext.Default.HostRecord);

    public static HostRecord? FromJson(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(json, WebJsonContext.Default.HostRecord);
        }
        catch (JsonException)
        {
            // Another host's session (the console host's, say): no links open it.
            return null;
        }
    }
}

/// <summary>A participant's id and the SHA-256 of their link's token (never the token).</summary>
public sealed record ParticipantKey(string ParticipantId, string TokenHash);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(HostRecord))]
internal sealed partial class WebJsonContext : JsonSerializerContext;
