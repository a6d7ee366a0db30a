using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.Json;
using PeerPractice.Collections;
using PeerPractice.Json;

namespace PeerPractice.Matching;

/// <summary>
/// Reads member profiles from JSON (<c>{ "members": [ ... ] }</c>, camelCase, enums by name) with the
/// library's one strict, located reader. Never throws on bad data: each bad record is left out and
/// every problem is reported with file, line, column and JSON path (<see cref="MatchingProblems"/>).
/// </summary>
public static partial class ProfileLoader
{
    private const string MemberFields = "id, name, organization, industry, title, roleFamily, roleLevel, organizationSize, metro, utcOffsetMinutes, "
        + "availableFromHour, availableToHour, concerns, strengths, formats, cadence, languages, optOuts, snoozedUntil, doNotPair or meetEveryoneBeforeRepeating";

    /// <summary>Parses profiles.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="topics">Topics allowed: the topic catalog (<see cref="TopicCatalog.BuiltIn"/> when null).</param>
    /// <param name="sourceName">Where the text came from (a path or name), for problem locations.</param>
    /// <returns>The members that loaded cleanly (always set, even when other records had problems) and every problem.</returns>
    public static LoadResult<ValueArray<MemberProfile>> Load(string json, TopicCatalog? topics = null, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        topics ??= TopicCatalog.BuiltIn;
        var root = LocatedJson.Read(json, sourceName, MatchingProblems.ProfilesSyntax, out var problems);
        var reader = new JsonValueReader(problems, MatchingProblems.InvalidJson, MatchingProblems.UnknownProperty);
        var members = new List<MemberProfile>();
        if (MembersArray(root, reader) is { } array)
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < array.Children.Length; i++)
            {
                var node = array.Children[i];
                if (node.Kind == JsonNodeKind.Null)
                {
                    problems.Report(MatchingProblems.MissingId, "A member record is null; write the member or delete the null.", node);
                    continue;
                }

                var before = problems.Count;
                var record = ReadMember(node, reader);
                if (record is not null)
                {
                    Validate(record, i, topics, seen, k => string.Create(CultureInfo.InvariantCulture, $"member #{k}"), (d, message, field, index) => Locate(d, message, field, index, node, problems));
                }

                if (record is not null && problems.Count == before)
                {
                    members.Add(ToProfile(record));
                }
            }
        }

        return new(members.ToValueArray(), problems.ToValueArray());
    }

    private static JsonNode? MembersArray(JsonNode? root, JsonValueReader reader)
    {
        const string Shape = "Expected an object with a \"members\" array.";
        if (root is null || !reader.IsObject(root, Shape))
        {
            return null;
        }

        JsonNode? members = null;
        foreach (var member in root.Children)
        {
            if (member.Name == "members")
            {
                members = member;
            }
            else if (member.Name != "$schema")
            {
                reader.Unknown(member, "\"members\"");
            }
        }

        if (members is null)
        {
            reader.Problems.Report(MatchingProblems.InvalidJson, "Missing \"members\". " + Shape, root.Start, root.Start + 1, root.PathOf("members"));
            return null;
        }

        return reader.IsArray(members, Shape) ? members : null;
    }

    private static MemberRecord? ReadMember(JsonNode node, JsonValueReader reader)
    {
        if (!reader.IsObject(node, "A member is an object with at least \"id\" and \"organization\"."))
        {
            return null;
        }

        var r = new MemberRecord();
        foreach (var m in node.Children)
        {
            switch (m.Name)
            {
                case "id": r.Id = reader.String(m); r.IdUnreadable = r.Id is null; break;
                case "name": r.Name = reader.String(m); break;
                case "organization": r.Organization = reader.String(m); r.OrganizationUnreadable = r.Organization is null; break;
                case "industry": r.Industry = reader.String(m); break;
                case "title": r.Title = reader.String(m); break;
                case "roleFamily": r.RoleFamily = reader.Enum<RoleFamily>(m); break;
                case "roleLevel": r.RoleLevel = reader.Enum<RoleLevel>(m); break;
                case "organizationSize": r.OrganizationSize = reader.Enum<OrganizationSize>(m); break;
                case "metro": r.Metro = reader.String(m); break;
                case "utcOffsetMinutes": r.UtcOffsetMinutes = reader.Integer(m); break;
                case "availableFromHour": r.AvailableFromHour = reader.Integer(m); break;
                case "availableToHour": r.AvailableToHour = reader.Integer(m); break;
                case "concerns": r.Concerns = reader.Strings(m); break;
                case "strengths": r.Strengths = reader.Strings(m); break;
                case "formats": r.Formats = reader.Enum<MeetingFormats>(m); break;
                case "cadence": r.Cadence = reader.Enum<MeetingCadence>(m); break;
                case "languages": r.Languages = reader.Strings(m); break;
                case "optOuts": r.OptOuts = reader.Enum<OptOuts>(m); break;
                case "snoozedUntil": r.SnoozedUntil = reader.Date(m); break;
                case "doNotPair": r.DoNotPair = reader.Strings(m); break;
                case "meetEveryoneBeforeRepeating": r.MeetEveryoneBeforeRepeating = reader.Boolean(m); break;
                default: reader.Unknown(m, MemberFields); break;
            }
        }

        return r;
    }

    // Points at the field's value when it is written, else at the member's opening brace.
    private static void Locate(ProblemDescriptor descriptor, string message, string field, int index, JsonNode node, ProblemCollector problems)
    {
        var value = Member(node, field);
        if (value is not null && index >= 0 && index < value.Children.Length)
        {
            value = value.Children[index];
        }

        if (value is not null)
        {
            problems.Report(descriptor, message, value);
        }
        else
        {
            problems.Report(descriptor, message, node.Start, node.Start + 1, node.PathOf(field));
        }
    }

    /// <summary>
    /// The checks of one member that no field reader can make, the same for every format: unique id, an
    /// organization, known topics, no self-exclusion, hours, a meeting format. <paramref name="problem"/>
    /// locates each (descriptor, message, field, index within a list field or -1) in the format read.
    /// </summary>
    private static void Validate(MemberRecord r, int i, TopicCatalog topics, Dictionary<string, int> seen, Func<int, string> place, Action<ProblemDescriptor, string, string, int> problem)
    {
        void Problem(ProblemDescriptor descriptor, string message, string field, int index = -1) => problem(descriptor, message, field, index);

        var who = string.IsNullOrWhiteSpace(r.Id) ? Capitalized(place(i)) : $"Member '{r.Id}'";
        if (string.IsNullOrWhiteSpace(r.Id))
        {
            if (!r.IdUnreadable)
            {
                Problem(MatchingProblems.MissingId, who + " has no id; give every member a unique \"id\".", "id");
            }
        }
        else if (!seen.TryAdd(r.Id, i))
        {
            Problem(MatchingProblems.DuplicateId, string.Create(CultureInfo.InvariantCulture, $"Duplicate id '{r.Id}': {place(seen[r.Id])} has it already."), "id");
        }

        if (string.IsNullOrWhiteSpace(r.Organization) && !r.OrganizationUnreadable)
        {
            Problem(MatchingProblems.MissingOrganization, who + " has no organization; it is needed to never pair colleagues.", "organization");
        }

        CheckTopics(r.Concerns, "concerns");
        CheckTopics(r.Strengths, "strengths");

        if (r.DoNotPair is { } dnp)
        {
            for (var k = 0; k < dnp.Length; k++)
            {
                if (string.Equals(dnp[k], r.Id, StringComparison.Ordinal))
                {
                    Problem(MatchingProblems.SelfExclusion, who + " cannot exclude themselves; remove their own id from \"doNotPair\".", "doNotPair", k);
                }
            }
        }

        int from = r.AvailableFromHour ?? 8, to = r.AvailableToHour ?? 18;
        if (from is < 0 or > 23 || to is < 1 or > 24 || to <= from)
        {
            // At the start when it is out of range, else at the end (out of range, or not after the start) unless the
            // end is the default, which nobody wrote.
            Problem(MatchingProblems.BadHours, string.Create(CultureInfo.InvariantCulture,
                $"Available hours {from}..{to} are not a range within 0..24; write \"availableFromHour\" from 0 to 23 and \"availableToHour\" after it, up to 24 (defaults 8 and 18)."),
                from is < 0 or > 23 || (to is >= 1 and <= 24 && r.AvailableToHour is null) ? "availableFromHour" : "availableToHour");
        }

        if (r.Formats == MeetingFormats.None)
        {
            Problem(MatchingProblems.NoMeetingFormat, who + " accepts no meeting format; use \"InPerson\", \"Virtual\" or both.", "formats");
        }

        void CheckTopics(string[]? ids, string field)
        {
            for (var k = 0; ids is not null && k < ids.Length; k++)
            {
                if (!topics.Contains(ids[k] ?? string.Empty))
                {
                    Problem(MatchingProblems.UnknownTopic, $"Unknown topic '{ids[k]}'. Known topics: {string.Join(", ", topics.Topics.Select(t => t.Id))}.", field, k);
                }
            }
        }
    }

    private static string Capitalized(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static JsonNode? Member(JsonNode node, string name)
    {
        foreach (var child in node.Children)
        {
            if (child.Name == name)
            {
                return child;
            }
        }

        return null;
    }

    private static MemberProfile ToProfile(MemberRecord r) => new()
    {
        Id = r.Id!,
        Name = string.IsNullOrWhiteSpace(r.Name) ? r.Id! : r.Name,
        Organization = r.Organization!,
        Industry = r.Industry ?? string.Empty,
        Title = r.Title ?? string.Empty,
        RoleFamily = r.RoleFamily ?? RoleFamily.TechnologyLeadership,
        RoleLevel = r.RoleLevel ?? RoleLevel.Director,
        OrganizationSize = r.OrganizationSize ?? OrganizationSize.Medium,
        Metro = r.Metro ?? string.Empty,
        UtcOffsetMinutes = r.UtcOffsetMinutes ?? 0,
        AvailableFromHour = r.AvailableFromHour ?? 8,
        AvailableToHour = r.AvailableToHour ?? 18,
        Concerns = (r.Concerns ?? []).ToValueArray(),
        Strengths = (r.Strengths ?? []).ToValueArray(),
        Formats = r.Formats ?? MeetingFormats.Any,
        Cadence = r.Cadence ?? MeetingCadence.Monthly,
        Languages = (r.Languages is { Length: > 0 } l ? l : ["en"]).ToValueArray(),
        OptOuts = r.OptOuts ?? OptOuts.None,
        SnoozedUntil = r.SnoozedUntil,
        DoNotPair = (r.DoNotPair ?? []).ToValueArray(),
        MeetEveryoneBeforeRepeating = r.MeetEveryoneBeforeRepeating ?? false,
    };

    /// <summary>Writes profiles in the format <see cref="Load"/> reads (used to produce sample files).</summary>
    /// <param name="members">The profiles.</param>
    public static string Save(IReadOnlyList<MemberProfile> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        return JsonSerializer.Serialize(Document(members), MatchingJsonContext.Default.ProfilesDocument);
    }

    /// <summary>
    /// Writes profiles as UTF-8 JSON to <paramref name="utf8Json"/>, one member at a time, so a file of a
    /// million members is written from a lazy sequence without holding them (or their text) at once.
    /// </summary>
    /// <param name="utf8Json">The stream written to (left open).</param>
    /// <param name="members">The profiles, read once.</param>
    public static void Save(Stream utf8Json, IEnumerable<MemberProfile> members)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        ArgumentNullException.ThrowIfNull(members);
        using var writer = new Utf8JsonWriter(utf8Json, new JsonWriterOptions { Indented = true });
        writer.WriteStartObject();
        writer.WriteStartArray("members");
        foreach (var member in members)
        {
            JsonSerializer.Serialize(writer, ToRecord(member), MatchingJsonContext.Default.MemberRecord);
            if (writer.BytesPending > 64 * 1024)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
    }

    private static ProfilesDocument Document(IReadOnlyList<MemberProfile> members) => new() { Members = members.Select(ToRecord).ToArray() };

    private static MemberRecord ToRecord(MemberProfile m) => new()
    {
        Id = m.Id,
        Name = m.Name,
        Organization = m.Organization,
        Industry = m.Industry,
        Title = m.Title,
        RoleFamily = m.RoleFamily,
        RoleLevel = m.RoleLevel,
        OrganizationSize = m.OrganizationSize,
        Metro = m.Metro,
        UtcOffsetMinutes = m.UtcOffsetMinutes,
        AvailableFromHour = m.AvailableFromHour,
        AvailableToHour = m.AvailableToHour,
        Concerns = [.. m.Concerns],
        Strengths = [.. m.Strengths],
        Formats = m.Formats,
        Cadence = m.Cadence,
        Languages = [.. m.Languages],
        OptOuts = m.OptOuts == OptOuts.None ? null : m.OptOuts,
        SnoozedUntil = m.SnoozedUntil,
        DoNotPair = m.DoNotPair.IsEmpty ? null : [.. m.DoNotPair],
        MeetEveryoneBeforeRepeating = m.MeetEveryoneBeforeRepeating ? true : null,
    };
}
