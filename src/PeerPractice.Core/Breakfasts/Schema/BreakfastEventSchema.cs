using System;
using System.IO;

namespace PeerPractice.Breakfasts;

/// <summary>
/// The JSON Schema (draft 2020-12) of breakfast event files (<c>*.event.json</c>), embedded in this
/// assembly for hosts and editors to use. The schema checks the
/// shape; <see cref="BreakfastEventLoader"/> checks that and what a schema cannot (topics of the catalog
/// and that invitees appear once).
/// </summary>
public static class BreakfastEventSchema
{
    /// <summary>The schema's file name, <c>event.schema.json</c>.</summary>
    public const string FileName = "event.schema.json";

    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://github.com/peerpractice/peerpractice/blob/main/src/PeerPractice.Core/Breakfasts/Schema/event.schema.json";

    private const string ResourceName = "PeerPractice.Breakfasts.Schema.event.schema.json";

    private static readonly Lazy<string> _cachedText = new(ReadText);

    /// <summary>The schema's JSON text.</summary>
    public static string Text => _cachedText.Value;

    /// <summary>Opens the schema as a UTF-8 stream; the caller disposes it.</summary>
    public static Stream OpenRead() =>
        typeof(BreakfastEventSchema).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException("The event schema is missing from the assembly's resources.");

    private static string ReadText()
    {
        using var reader = new StreamReader(OpenRead());
        return reader.ReadToEnd();
    }
}
