using System;
using System.IO;

namespace PeerPractice.Visits;

/// <summary>
/// The JSON Schema (draft 2020-12) of visit-plan files (<c>*.visit-plan.json</c>), embedded in this
/// assembly for hosts and editors to use. The schema checks the
/// shape; <see cref="VisitPlanLoader"/> checks that and what a schema cannot (topics of the catalog,
/// the plan's readiness).
/// </summary>
public static class VisitPlanSchema
{
    /// <summary>The schema's file name, <c>visit-plan.schema.json</c>.</summary>
    public const string FileName = "visit-plan.schema.json";

    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://github.com/peerpractice/peerpractice/blob/main/src/PeerPractice.Core/Visits/Schema/visit-plan.schema.json";

    private const string ResourceName = "PeerPractice.Visits.Schema.visit-plan.schema.json";

    private static readonly Lazy<string> _cachedText = new(ReadText);

    /// <summary>The schema's JSON text.</summary>
    public static string Text => _cachedText.Value;

    /// <summary>Opens the schema as a UTF-8 stream; the caller disposes it.</summary>
    public static Stream OpenRead() =>
        typeof(VisitPlanSchema).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException("The visit-plan schema is missing from the assembly's resources.");

    private static string ReadText()
    {
        using var reader = new StreamReader(OpenRead());
        return reader.ReadToEnd();
    }
}
