using System;
using System.IO;

namespace PeerPractice.Agendas;

/// <summary>
/// The JSON Schema (draft 2020-12) of the agenda format, embedded in this assembly. The package
/// also carries it as <c>schema/agenda.schema.json</c> for editors. The schema checks the shape of
/// an agenda; <see cref="AgendaLoader"/> checks that and the cross-field rules a schema cannot
/// express (see docs/agenda-format.md).
/// </summary>
public static class AgendaSchema
{
    /// <summary>The schema's file name, <c>agenda.schema.json</c>.</summary>
    public const string FileName = "agenda.schema.json";

    /// <summary>The schema's <c>$id</c>.</summary>
    public const string Id = "https://github.com/peerpractice/peerpractice/blob/main/src/PeerPractice.Core/Agendas/Schema/agenda.schema.json";

    private const string ResourceName = "PeerPractice.Agendas.Schema.agenda.schema.json";

    private static readonly Lazy<string> _cachedText = new(ReadText);

    /// <summary>The schema's JSON text.</summary>
    public static string Text => _cachedText.Value;

    /// <summary>Opens the schema as a UTF-8 stream; the caller disposes it.</summary>
    public static Stream OpenRead() =>
        typeof(AgendaSchema).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException("The agenda schema is missing from the assembly's resources.");

    private static string ReadText()
    {
        using var reader = new StreamReader(OpenRead());
        return reader.ReadToEnd();
    }
}
