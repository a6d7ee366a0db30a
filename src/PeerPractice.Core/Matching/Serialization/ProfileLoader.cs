using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// Reads member profiles from JSON (<c>{ "members": [ ... ] }</c>, camelCase, enums by name) with
/// the source-generated context. Never throws on bad data: each bad record is left out and
/// reported with its index, id, JSON path and, for malformed JSON, line and column.
/// </summary>
public static class ProfileLoader
{
    /// <summary>Parses profiles.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="topics">Topics allowed: the topic catalog (<see cref="TopicCatalog.BuiltIn"/> when null).</param>
    public static ProfileLoadResult Load(string json, TopicCatalog? topics = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        topics ??= TopicCatalog.BuiltIn;
        ProfilesDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(json, MatchingJsonContext.Default.ProfilesDocument);
        }
        catch (JsonException ex)
        {
            var line = ex.LineNumber + 1;
            var column = ex.BytePositionInLine + 1;
            return new([], [new LoadProblem("PPM001", FirstSentence(ex.Message), ex.Path ?? "$", RecordIndexOf(ex.Path), null, line, column)]);
        }

        if (document?.Members is null)
        {
            return new([], [new LoadProblem("PPM001", "Expected an object with a \"members\" array.", "$")]);
        }

        var problems = new List<LoadProblem>();
        var members = new List<MemberProfile>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < document.Members.Length; i++)
        {
            var record = document.Members[i];
            var path = string.Create(CultureInfo.InvariantCulture, $"$.members[{i}]");
            if (record is null)
            {
                problems.Add(new("PPM002", "A member record is null.", path, i));
                continue;
            }

            var before = problems.Count;
            Validate(record, i, path, topics, seen, problems);
            if (problems.Count == before)
            {
                members.Add(ToProfile(record));
            }
        }

        return new(members.ToValueArray(), problems.ToValueArray());
    }

    private static void Validate(MemberRecord r, int i, string path, TopicCatalog topics, Dictionary<string, int> seen, List<LoadProblem> problems)
    {
        void Problem(string code, string message, string at) => problems.Add(new(code, message, at, i, r.Id));

        if (string.IsNullOrWhiteSpace(r.Id))
        {
            Problem("PPM002", "The member has no id; give every member a unique \"id\".", path + ".id");
        }
        else if (!seen.TryAdd(r.Id, i))
        {
            Problem("PPM003", string.Create(CultureInfo.InvariantCulture, $"Duplicate id '{r.Id}': member #{seen[r.Id]} has it already."), path + ".id");
        }

        if (string.IsNullOrWhiteSpace(r.Organization))
        {
            Problem("PPM004", "The member has no organization; it is needed to never pair colleagues.", path + ".organization");
        }

        CheckTopics(r.Concerns, "concerns");
        CheckTopics(r.Strengths, "strengths");

        if (r.DoNotPair is { } dnp)
        {
            for (var k = 0; k < dnp.Length; k++)
            {
                if (string.Equals(dnp[k], r.Id, StringComparison.Ordinal))
                {
                    Problem("PPM006", "A member cannot exclude themselves; remove their own id from \"doNotPair\".", string.Create(CultureInfo.InvariantCulture, $"{path}.doNotPair[{k}]"));
                }
            }
        }

        int from = r.AvailableFromHour ?? 8, to = r.AvailableToHour ?? 18;
        if (from is < 0 or > 23 || to is < 1 or > 24 || to <= from)
        {
            Problem("PPM007", string.Create(CultureInfo.InvariantCulture, $"Available hours {from}..{to} are not a range within 0..24."), path + ".availableFromHour");
        }

        if (r.Formats == MeetingFormats.None)
        {
            Problem("PPM008", "The member accepts no meeting format; use \"InPerson\", \"Virtual\" or both.", path + ".formats");
        }

        void CheckTopics(string[]? ids, string field)
        {
            for (var k = 0; ids is not null && k < ids.Length; k++)
            {
                if (!topics.Contains(ids[k] ?? string.Empty))
                {
                    Problem("PPM005", $"Unknown topic '{ids[k]}'. Known topics: {string.Join(", ", topics.Topics.Select(t => t.Id))}.",
                        string.Create(CultureInfo.InvariantCulture, $"{path}.{field}[{k}]"));
                }
            }
        }
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
        var document = new ProfilesDocument
        {
            Members = members.Select(m => new MemberRecord
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
            }).ToArray(),
        };
        return JsonSerializer.Serialize(document, MatchingJsonContext.Default.ProfilesDocument);
    }

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private static int? RecordIndexOf(string? path)
    {
        const string Prefix = "$.members[";
        if (path is null || !path.StartsWith(Prefix, StringComparison.Ordinal))
        {
            return null;
        }

        var end = path.IndexOf(']', Prefix.Length);
        return end > 0 && int.TryParse(path.AsSpan(Prefix.Length, end - Prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var i) ? i : null;
    }
}
