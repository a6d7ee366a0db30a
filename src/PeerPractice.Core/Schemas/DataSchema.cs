using System;
using System.Collections.Generic;
using System.IO;

namespace PeerPractice;

/// <summary>
/// The JSON Schema (draft 2020-12) of one of the library's file formats, embedded in this assembly for
/// hosts and editors to use; the package also carries each as <c>schema/&lt;file name&gt;</c>. A schema
/// checks a file's shape; the format's loader checks that and what a schema cannot (a property written
/// twice, a file that is not strict JSON, cross-field rules), so the loader stays the judge.
/// </summary>
public sealed class DataSchema
{
    // Every schema's $id names its source file in the repository, so a reader can follow it.
    private const string IdPrefix = "https://github.com/peerpractice/peerpractice/blob/main/src/PeerPractice.Core/";
    private const string ResourcePrefix = "PeerPractice.Schemas.";

    private readonly Lazy<string> _text;

    private DataSchema(string folder, string fileName)
    {
        FileName = fileName;
        Id = IdPrefix + folder + "/" + fileName;
        _text = new Lazy<string>(ReadText);
    }

    /// <summary>Agendas, <c>*.agenda.json</c>; <see cref="Agendas.AgendaLoader"/> adds the cross-field rules.</summary>
    public static DataSchema Agenda { get; } = new("Agendas/Schema", "agenda.schema.json");

    /// <summary>Relationships to import, <c>*.relationships.json</c> (<see cref="Sessions.RelationshipsLoader"/>).</summary>
    public static DataSchema Relationships { get; } = new("Agendas/Schema", "relationships.schema.json");

    /// <summary>Member profiles, <c>*.profiles.json</c> (<see cref="Matching.ProfileLoader"/>).</summary>
    public static DataSchema Profiles { get; } = new("Matching/Schema", "profiles.schema.json");

    /// <summary>Matching policy, <c>*.policy.json</c> (<see cref="Matching.PolicyLoader"/>).</summary>
    public static DataSchema Policy { get; } = new("Matching/Schema", "policy.schema.json");

    /// <summary>Topic catalogs, <c>*.topics.json</c> (<see cref="Matching.TopicCatalogParser"/>).</summary>
    public static DataSchema TopicCatalog { get; } = new("Matching/Topics", "topic-catalog.schema.json");

    /// <summary>Breakfast events, <c>*.event.json</c> (<see cref="Breakfasts.BreakfastEventLoader"/>).</summary>
    public static DataSchema BreakfastEvent { get; } = new("Breakfasts/Schema", "event.schema.json");

    /// <summary>Visit plans, <c>*.visit-plan.json</c> (<see cref="Visits.VisitPlanLoader"/>).</summary>
    public static DataSchema VisitPlan { get; } = new("Visits/Schema", "visit-plan.schema.json");

    /// <summary>The front matter at the top of a Scriban template (<see cref="Documents.TemplateFrontMatter"/>).</summary>
    public static DataSchema TemplateFrontMatter { get; } = new("Documents/Schema", "template-front-matter.schema.json");

    /// <summary>Every schema the library embeds, in the order above.</summary>
    public static IReadOnlyList<DataSchema> All { get; } =
        [Agenda, Relationships, Profiles, Policy, TopicCatalog, BreakfastEvent, VisitPlan, TemplateFrontMatter];

    /// <summary>The schema's file name, such as <c>agenda.schema.json</c>.</summary>
    public string FileName { get; }

    /// <summary>The schema's <c>$id</c>; a data file names it (or a path ending in <see cref="FileName"/>) in its <c>"$schema"</c>.</summary>
    public string Id { get; }

    /// <summary>The schema's JSON text.</summary>
    public string Text => _text.Value;

    /// <summary>
    /// The schema a data file's <c>"$schema"</c> names: by its <see cref="Id"/> or by any path or address whose last
    /// segment is the schema's <see cref="FileName"/> (<c>../schema/agenda.schema.json</c>, an older address); null
    /// when it names none of the library's schemas.
    /// </summary>
    /// <param name="reference">The <c>"$schema"</c> value.</param>
    public static DataSchema? Find(string reference)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var cut = reference.AsSpan().TrimEnd();
        var fragment = cut.IndexOf('#');
        if (fragment >= 0)
        {
            cut = cut[..fragment];
        }

        var name = cut[(cut.LastIndexOfAny('/', '\\') + 1)..];
        foreach (var schema in All)
        {
            if (name.Equals(schema.FileName, StringComparison.OrdinalIgnoreCase))
            {
                return schema;
            }
        }

        return null;
    }

    /// <summary>Opens the schema as a UTF-8 stream; the caller disposes it.</summary>
    public Stream OpenRead() =>
        typeof(DataSchema).Assembly.GetManifestResourceStream(ResourcePrefix + FileName)
        ?? throw new InvalidOperationException($"The schema {FileName} is missing from the assembly's resources.");

    /// <inheritdoc/>
    public override string ToString() => FileName;

    private string ReadText()
    {
        using var reader = new StreamReader(OpenRead());
        return reader.ReadToEnd();
    }
}
