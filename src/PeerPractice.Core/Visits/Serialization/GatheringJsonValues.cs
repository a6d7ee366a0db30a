using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Json;
using PeerPractice.Sessions;

namespace PeerPractice.Visits;

/// <summary>
/// The values visit-plan and event files share (times with offsets, ISO 8601 durations, people,
/// notes), read from the located tree with each file kind's own ids, and written back in the same
/// form, so that a file written by the library always loads again.
/// </summary>
internal sealed class GatheringJsonValues
{
    private const string InstantFormat = "yyyy-MM-dd'T'HH:mm:sszzz";
    private const string PersonFields = "id, name or role";
    private const string NoteFields = "author, text, visibility, at or itemId";

    private readonly ProblemDescriptor _missing;
    private readonly ProblemDescriptor _badTime;
    private readonly ProblemDescriptor _badId;

    public GatheringJsonValues(JsonValueReader reader, ProblemDescriptor missing, ProblemDescriptor badTime, ProblemDescriptor badId)
    {
        Reader = reader;
        _missing = missing;
        _badTime = badTime;
        _badId = badId;
    }

    public JsonValueReader Reader { get; }

    /// <summary>Reports every name of <paramref name="required"/> that <paramref name="node"/> lacks, at the object.</summary>
    public void Require(JsonNode node, IReadOnlySet<string> seen, params string[] required)
    {
        foreach (var name in required)
        {
            if (!seen.Contains(name))
            {
                Reader.Problems.Report(_missing, $"Missing \"{name}\" at {node.Path}; add it.", node.Start, Math.Min(node.Start + 1, node.End), node.PathOf(name));
            }
        }
    }

    /// <summary>A non-empty string, or null (reported).</summary>
    public string? Text(JsonNode node)
    {
        var text = Reader.String(node);
        if (text is not null && text.Trim().Length == 0)
        {
            Reader.Report(node, $"\"{node.Name}\" is empty; write some text.");
            return null;
        }

        return text;
    }

    /// <summary>A kebab-case id, or null (reported).</summary>
    public string? Id(JsonNode node)
    {
        var id = Reader.String(node);
        if (id is not null && !AgendaIdentifiers.IsKebabCase(id))
        {
            Reader.Problems.Report(_badId, $"\"{ProblemText.Shorten(id, 40)}\" is not kebab-case; write lower-case words joined by hyphens, such as northwind-visits-contoso.", node);
            return null;
        }

        return id;
    }

    /// <summary>A time with its offset (<c>2026-12-08T09:00:00+01:00</c>), or null (reported).</summary>
    public DateTimeOffset? Instant(JsonNode node)
    {
        if (Reader.String(node) is not { } text)
        {
            return null;
        }

        if (DateTimeOffset.TryParseExact(text, [InstantFormat, "yyyy-MM-dd'T'HH:mmzzz", "yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm'Z'"], CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value))
        {
            return value;
        }

        Reader.Problems.Report(_badTime, $"\"{ProblemText.Shorten(text, 40)}\" is not a time with an offset; write it like 2026-12-08T09:00:00+01:00.", node);
        return null;
    }

    /// <summary>A date (<c>yyyy-MM-dd</c>), or null (reported).</summary>
    public DateOnly? Date(JsonNode node)
    {
        if (Reader.String(node) is not { } text)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        Reader.Problems.Report(_badTime, $"\"{ProblemText.Shorten(text, 40)}\" is not a date; write it like 2026-11-24.", node);
        return null;
    }

    /// <summary>An ISO 8601 duration such as <c>PT30M</c>; zero only when <paramref name="allowZero"/>. Null (reported) otherwise.</summary>
    public TimeSpan? Duration(JsonNode node, bool allowZero)
    {
        if (Reader.String(node) is not { } text)
        {
            return null;
        }

        var status = IsoPeriod.ReadDuration(text, out var value);
        if (status == IsoPeriodStatus.Valid)
        {
            return value;
        }

        if (status == IsoPeriodStatus.NotPositive && allowZero && !text.StartsWith('-'))
        {
            return TimeSpan.Zero;
        }

        Reader.Problems.Report(_badTime, status == IsoPeriodStatus.NotPositive
            ? $"\"{node.Name}\" must be longer than zero, such as PT30M."
            : $"\"{ProblemText.Shorten(text, 40)}\" is not an ISO 8601 duration; write it like PT30M or PT1H30M.", node);
        return null;
    }

    /// <summary>The strings of an array, or empty (reported) when it is not one.</summary>
    public ValueArray<string> Strings(JsonNode node) => (Reader.Strings(node) ?? []).ToValueArray();

    /// <summary>People (<c>{ "id", "name", "role" }</c>), the ones that read cleanly.</summary>
    public ValueArray<Participant> People(JsonNode node)
    {
        var people = new List<Participant>();
        if (!Reader.IsArray(node, "Write an array of people, such as [{ \"id\": \"ana\", \"name\": \"Ana Moreno\", \"role\": \"CIO\" }]."))
        {
            return people.ToValueArray();
        }

        foreach (var element in node.Children)
        {
            if (!Reader.IsObject(element, "Write a person object: { \"id\": ..., \"name\": ... }."))
            {
                continue;
            }

            string? id = null, name = null, role = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in element.Children)
            {
                seen.Add(m.Name!);
                switch (m.Name)
                {
                    case "id": id = Text(m); break;
                    case "name": name = Text(m); break;
                    case "role": role = Reader.String(m); break;
                    default: Reader.Unknown(m, PersonFields); break;
                }
            }

            Require(element, seen, "id", "name");
            if (id is not null && name is not null)
            {
                people.Add(new Participant(id, name, string.IsNullOrEmpty(role) ? null : role));
            }
        }

        return people.ToValueArray();
    }

    /// <summary>Notes (<c>{ "author", "text", "visibility", "at", "itemId" }</c>), private unless marked shareable.</summary>
    public ValueArray<SessionNote> Notes(JsonNode node)
    {
        var notes = new List<SessionNote>();
        if (!Reader.IsArray(node, "Write an array of notes, such as [{ \"author\": \"ana\", \"text\": \"...\", \"at\": \"2026-12-08T10:00:00+01:00\" }]."))
        {
            return notes.ToValueArray();
        }

        foreach (var element in node.Children)
        {
            if (!Reader.IsObject(element, "Write a note object: { \"author\": ..., \"text\": ..., \"at\": ... }."))
            {
                continue;
            }

            string? author = null, text = null, itemId = null;
            DateTimeOffset? at = null;
            NoteVisibility? visibility = NoteVisibility.Private;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in element.Children)
            {
                seen.Add(m.Name!);
                switch (m.Name)
                {
                    case "author": author = Text(m); break;
                    case "text": text = Text(m); break;
                    case "visibility": visibility = Reader.Enum<NoteVisibility>(m); break;
                    case "at": at = Instant(m); break;
                    case "itemId": itemId = Reader.String(m); break;
                    default: Reader.Unknown(m, NoteFields); break;
                }
            }

            Require(element, seen, "author", "text", "at");
            if (author is not null && text is not null && at is { } when && visibility is { } v)
            {
                notes.Add(new SessionNote(author, text, v, when, itemId));
            }
        }

        return notes.ToValueArray();
    }

    public static string Write(DateTimeOffset value) => value.ToString(InstantFormat, CultureInfo.InvariantCulture);

    public static string Write(DateOnly value) => value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Write(TimeSpan value)
    {
        if (value == TimeSpan.Zero)
        {
            return "PT0M";
        }

        var text = "P";
        if (value.Days > 0)
        {
            text += value.Days.ToString(CultureInfo.InvariantCulture) + "D";
        }

        var time = "";
        if (value.Hours > 0)
        {
            time += value.Hours.ToString(CultureInfo.InvariantCulture) + "H";
        }

        if (value.Minutes > 0)
        {
            time += value.Minutes.ToString(CultureInfo.InvariantCulture) + "M";
        }

        if (value.Seconds > 0)
        {
            time += value.Seconds.ToString(CultureInfo.InvariantCulture) + "S";
        }

        return time.Length > 0 ? text + "T" + time : text;
    }

    public static void WritePeople(Utf8JsonWriter json, string name, IReadOnlyList<Participant> people)
    {
        json.WriteStartArray(name);
        foreach (var person in people)
        {
            json.WriteStartObject();
            json.WriteString("id", person.Id);
            json.WriteString("name", person.Name);
            if (person.Role is { } role)
            {
                json.WriteString("role", role);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteNotes(Utf8JsonWriter json, IReadOnlyList<SessionNote> notes)
    {
        json.WriteStartArray("notes");
        foreach (var note in notes)
        {
            json.WriteStartObject();
            json.WriteString("author", note.Author);
            json.WriteString("text", note.Text);
            json.WriteString("visibility", note.Visibility == NoteVisibility.Shareable ? "shareable" : "private");
            json.WriteString("at", Write(note.At));
            if (note.ItemId is { } item)
            {
                json.WriteString("itemId", item);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    public static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    /// <summary>Indented UTF-8 JSON without escaping non-ASCII letters, as people edit it.</summary>
    public static string Document(Action<Utf8JsonWriter> write)
    {
        using var stream = new System.IO.MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            write(json);
        }

        return System.Text.Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
