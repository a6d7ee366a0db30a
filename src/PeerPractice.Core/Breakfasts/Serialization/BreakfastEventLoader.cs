using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using PeerPractice.Collections;
using PeerPractice.Json;
using PeerPractice.Matching;
using PeerPractice.Visits;

namespace PeerPractice.Breakfasts;

/// <summary>
/// Reads a breakfast event file (<c>*.event.json</c>, schema <c>event.schema.json</c>) with the
/// library's one strict, located reader: every problem at once, each with its line, column and JSON
/// path (<see cref="BreakfastEventProblems"/>). Stores keep events in this form too.
/// </summary>
public static class BreakfastEventLoader
{
    /// <summary>How event file names end.</summary>
    public const string FileSuffix = ".event.json";

    private const string EventFields = "$schema, id, title, start, duration, timeZone, location, topics, invitees, rsvps, tables, attended or historyRound";

    /// <summary>Parses an event.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">Where the text came from, for problem locations.</param>
    /// <param name="catalog">The topics the event may name; the built-in catalog when null.</param>
    /// <returns>The event (null when there are problems) and every problem, in document order.</returns>
    public static LoadResult<BreakfastEvent> Load(string json, string? sourceName = null, TopicCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        catalog ??= TopicCatalog.BuiltIn;
        var root = LocatedJson.Read(json, sourceName, BreakfastEventProblems.Syntax, out var problems);
        var reader = new JsonValueReader(problems, BreakfastEventProblems.InvalidJson, BreakfastEventProblems.UnknownProperty);
        var values = new GatheringJsonValues(reader, BreakfastEventProblems.MissingProperty, BreakfastEventProblems.BadTime, BreakfastEventProblems.BadId);
        BreakfastEvent? breakfast = null;
        if (root is not null && reader.IsObject(root, "Expected an event object, such as { \"id\": \"cio-breakfast-march\", ... }."))
        {
            breakfast = Read(root, values, catalog);
        }

        if (breakfast is not null && !problems.HasErrors && Contradiction(breakfast) is { } contradiction)
        {
            problems.Report(BreakfastEventProblems.Inconsistent, contradiction, root!);
        }

        return new(problems.HasErrors ? null : breakfast, problems.ToValueArray());
    }

    /// <summary>Reads and parses an event file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The topics the event may name; the built-in catalog when null.</param>
    /// <returns>The event and every problem; a file that cannot be read is one <c>PPE001</c> problem.</returns>
    public static LoadResult<BreakfastEvent> LoadFile(string path, TopicCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, [BreakfastEventProblems.InvalidJson.At($"Cannot read the file: {e.Message}", path, "$", new SourceSpan(0, 0, 1, 1, 1, 1))]);
        }

        return Load(text, path, catalog);
    }

    private static string? Contradiction(BreakfastEvent breakfast)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var invitee in breakfast.Invitees)
        {
            if (!seen.Add(invitee))
            {
                return $"'{invitee}' is invited twice.";
            }
        }

        var named = breakfast.Rsvps.Select(r => r.MemberId).Concat(breakfast.Tables.SelectMany(t => t.MemberIds)).Concat(breakfast.Attended);
        return named.FirstOrDefault(id => !seen.Contains(id)) is { } stranger ? $"'{stranger}' is not invited, yet answers, sits at a table or attended." : null;
    }

    private static BreakfastEvent? Read(JsonNode root, GatheringJsonValues values, TopicCatalog catalog)
    {
        var reader = values.Reader;
        string? id = null, title = null, zone = null;
        var location = string.Empty;
        DateTimeOffset? start = null;
        TimeSpan? duration = null;
        ValueArray<string> topics = default, invitees = default, attended = default;
        var rsvps = new List<BreakfastRsvp>();
        var tables = new List<Table>();
        long? historyRound = null;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in root.Children)
        {
            seen.Add(m.Name!);
            switch (m.Name)
            {
                case "$schema": reader.String(m); break;
                case "id": id = values.Id(m); break;
                case "title": title = values.Text(m); break;
                case "start": start = values.Instant(m); break;
                case "duration": duration = values.Duration(m, allowZero: false); break;
                case "timeZone": zone = values.Text(m); break;
                case "location": location = reader.String(m) ?? location; break;
                case "topics": topics = Topics(m, values, catalog); break;
                case "invitees": invitees = values.Strings(m); break;
                case "rsvps": Rsvps(m, values, rsvps); break;
                case "tables": Tables(m, values, tables); break;
                case "attended": attended = values.Strings(m); break;
                case "historyRound": historyRound = m.Kind == JsonNodeKind.Null ? null : Long(m, reader); break;
                default: reader.Unknown(m, EventFields); break;
            }
        }

        values.Require(root, seen, "id", "title", "start", "duration", "timeZone");
        if (id is null || title is null || start is null || duration is null || zone is null)
        {
            return null;
        }

        return new BreakfastEvent(id, title, start.Value, duration.Value, zone, location, topics, invitees)
        {
            Rsvps = rsvps.ToValueArray(),
            Tables = tables.ToValueArray(),
            Attended = attended,
            HistoryRound = historyRound,
        };
    }

    private static ValueArray<string> Topics(JsonNode node, GatheringJsonValues values, TopicCatalog catalog)
    {
        if (!values.Reader.IsArray(node, "Write an array of topic ids, such as [\"cybersecurity\"]."))
        {
            return default;
        }

        var list = new List<string>();
        foreach (var element in node.Children)
        {
            if (values.Reader.String(element) is not { } topic)
            {
                continue;
            }

            if (catalog.Contains(topic))
            {
                list.Add(topic);
            }
            else
            {
                values.Reader.Problems.Report(BreakfastEventProblems.UnknownTopic, $"Unknown topic \"{ProblemText.Shorten(topic, 40)}\"; use one of {string.Join(", ", catalog.Topics.Select(t => t.Id))}.", element);
            }
        }

        return list.ToValueArray();
    }

    private static void Rsvps(JsonNode node, GatheringJsonValues values, List<BreakfastRsvp> rsvps)
    {
        foreach (var element in Objects(node, values.Reader, "answer", "{ \"member\": \"m-001\", \"answer\": \"accepted\", \"at\": \"2027-02-20T10:00:00Z\" }"))
        {
            string? member = null;
            RsvpAnswer? answer = null;
            DateTimeOffset? at = null;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in element.Children)
            {
                seen.Add(m.Name!);
                switch (m.Name)
                {
                    case "member": member = values.Text(m); break;
                    case "answer": answer = values.Reader.Enum<RsvpAnswer>(m); break;
                    case "at": at = values.Instant(m); break;
                    default: values.Reader.Unknown(m, "member, answer or at"); break;
                }
            }

            values.Require(element, seen, "member", "answer", "at");
            if (member is not null && answer is { } a && at is { } when)
            {
                rsvps.Add(new BreakfastRsvp(member, a, when));
            }
        }
    }

    private static void Tables(JsonNode node, GatheringJsonValues values, List<Table> tables)
    {
        foreach (var element in Objects(node, values.Reader, "table", "{ \"members\": [\"m-001\", \"m-002\"], \"affinity\": 120 }"))
        {
            ValueArray<string>? members = null;
            long affinity = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in element.Children)
            {
                seen.Add(m.Name!);
                switch (m.Name)
                {
                    case "members": members = values.Strings(m); break;
                    case "affinity": affinity = Long(m, values.Reader) ?? affinity; break;
                    default: values.Reader.Unknown(m, "members or affinity"); break;
                }
            }

            values.Require(element, seen, "members");
            if (members is { } ids)
            {
                tables.Add(new Table(ids, affinity));
            }
        }
    }

    private static long? Long(JsonNode node, JsonValueReader reader)
    {
        if (node.Kind == JsonNodeKind.Number && long.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        reader.Report(node, $"\"{node.Name}\" is not a whole number; write one, such as 3.");
        return null;
    }

    private static IEnumerable<JsonNode> Objects(JsonNode node, JsonValueReader reader, string what, string example)
    {
        if (!reader.IsArray(node, $"Write an array of {what}s, such as [{example}]."))
        {
            yield break;
        }

        foreach (var element in node.Children)
        {
            if (reader.IsObject(element, $"Write a {what} object, such as {example}."))
            {
                yield return element;
            }
        }
    }
}
