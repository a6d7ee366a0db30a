using System;
using System.IO;

namespace PeerPractice.Matching;

/// <summary>
/// The JSON Schema (draft 2020-12) of matching policy files (<c>*.policy.json</c>), embedded in this assembly for hosts and
/// editors to use. The schema checks the shape; <see cref="PolicyLoader"/> checks that and what a
/// schema cannot (a property written twice, a file that is not strict JSON).
/// </summary>
public static class PolicySchema
{
    /// <summary>The schema's file name, <c>policy.schema.json</c>.</summary>
    public const string FileName = "policy.schema.json";

    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://github.com/peerpractice/peerpractice/blob/main/src/PeerPractice.Core/Matching/Schema/policy.schema.json";

    private const string ResourceName = "PeerPractice.Matching.Schema.policy.schema.json";

    private static readonly Lazy<string> _cachedText = new(ReadText);

    /// <summary>The schema's JSON text.</summary>
    public static string Text => _cachedText.Value;

    /// <summary>Opens the schema as a UTF-8 stream; the caller disposes it.</summary>
    public static Stream OpenRead() =>
        typeof(PolicySchema).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException("The policy schema is missing from the assembly's resources.");

    private static string ReadText()
    {
        using var reader = new StreamReader(OpenRead());
        return reader.ReadToEnd();
    }
}
