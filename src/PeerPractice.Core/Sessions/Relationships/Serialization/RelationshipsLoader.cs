using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Json;

namespace PeerPractice.Sessions;

/// <summary>
/// Reads relationships imported in bulk (a <c>*.relationships.json</c> file, schema
/// <c>relationships.schema.json</c>) with the library's one strict JSON reader: every problem with file,
/// line, column and JSON path (<see cref="RelationshipProblems"/>), and nothing returned unless the whole
/// file is right, so an import is all or nothing.
/// </summary>
public static class RelationshipsLoader
{
    private const string RootFields = "\"$schema\" or \"relationships\"";
    private const string RelationshipFields = "id, kind, agenda, cadence, started, inPerson, opener, members";

    // Files write the kinds in lower case ("peer", "internal"); refusals list them as files write them.
    private static string KindNames { get; } = string.Join(", ", Enum.GetNames<RelationshipKind>().Select(n => n.ToLowerInvariant()));
    private const string MemberFields = "id, name, organization, role, timeZone, workdayStart, workdayEnd";

    /// <summary>Parses <paramref name="text"/>; the relationships are returned only when there are no problems.</summary>
    /// <param name="text">The file's JSON.</param>
    /// <param name="filePath">Where it came from, for problem locations; may be null.</param>
    /// <returns>The relationships (each <see cref="RelationshipStatus.Active"/>, started at UTC midnight of its <c>started</c> day), or the problems.</returns>
    public static LoadResult<ValueArray<Relationship>> Parse(string text, string? filePath)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = LocatedJson.Read(text, filePath, RelationshipProblems.Syntax, out var problems);
        var reader = new JsonValueReader(problems, RelationshipProblems.WrongType, RelationshipProblems.UnknownProperty);
        var relationships = new List<Relationship>();
        if (root is not null)
        {
            ReadRoot(root, reader, relationships);
        }

        var found = problems.ToValueArray();
        return new LoadResult<ValueArray<Relationship>>(found.IsEmpty ? relationships.ToValueArray() : default, found);
    }

    private static void ReadRoot(JsonNode root, JsonValueReader reader, List<Relationship> relationships)
    {
        if (!reader.IsObject(root, "A relationships file is one object: { \"relationships\": [ ... ] }."))
        {
            return;
        }

        JsonNode? list = null;
        foreach (var member in root.Children)
        {
            switch (member.Name)
            {
                case "$schema": reader.String(member); break;
                case "relationships": list = member; break;
                default: reader.Unknown(member, RootFields); break;
            }
        }

        if (list is null)
        {
            reader.Problems.Report(RelationshipProblems.Missing, "Missing \"relationships\": add an array of relationships.", root.Start, root.Start + 1, root.PathOf("relationships"));
            return;
        }

        if (!reader.IsArray(list, "\"relationships\" must be an array of relationship objects."))
        {
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in list.Children)
        {
            if (ReadRelationship(node, reader, ids) is { } relationship)
            {
                relationships.Add(relationship);
            }
        }
    }

    private static Relationship? ReadRelationship(JsonNode node, JsonValueReader reader, HashSet<string> ids)
    {
        if (!reader.IsObject(node, "A relationship is an object with id, agenda, started and members."))
        {
            return null;
        }

        var problems = reader.Problems;
        string? id = null;
        AgendaDefinition? agenda = null;
        Cadence? cadence = null;
        DateOnly? started = null;
        var kind = RelationshipKind.Peer;
        var inPerson = false;
        OpenerRule? opener = null;
        JsonNode? idNode = null, agendaNode = null, startedNode = null, membersNode = null;
        var members = new List<RelationshipMember>();
        var ok = true;
        foreach (var field in node.Children)
        {
            switch (field.Name)
            {
                case "id": idNode = field; id = reader.String(field); break;
                case "kind": kind = reader.Enum<RelationshipKind>(field, KindNames) ?? Fail(ref ok, kind); break;
                case "agenda":
                    agendaNode = field;
                    if (reader.String(field) is { } agendaId && !AgendaLibrary.TryGet(agendaId, out agenda))
                    {
                        problems.Report(RelationshipProblems.InvalidValue, $"No built-in agenda \"{agendaId}\". Use one of: {string.Join(", ", AgendaLibrary.Ids)}.", field);
                        ok = false;
                    }

                    break;
                case "cadence": cadence = ReadCadence(field, reader, ref ok); break;
                case "started": startedNode = field; started = reader.Date(field); break;
                case "inPerson": inPerson = reader.Boolean(field) ?? Fail(ref ok, false); break;
                case "opener":
                    opener = reader.String(field) switch
                    {
                        "given" => OpenerRule.Given,
                        "quieter-first" => OpenerRule.QuieterFirst,
                        null => Fail<OpenerRule?>(ref ok, null),
                        var other => Invalid<OpenerRule?>(problems, field, $"\"opener\" is \"{other}\". Use \"given\" or \"quieter-first\".", ref ok, null),
                    };
                    break;
                case "members":
                    membersNode = field;
                    if (reader.IsArray(field, "\"members\" must be an array of member objects."))
                    {
                        foreach (var member in field.Children)
                        {
                            if (ReadMember(member, reader) is { } read)
                            {
                                members.Add(read);
                            }
                            else
                            {
                                ok = false;
                            }
                        }
                    }
                    else
                    {
                        ok = false;
                    }

                    break;
                default: reader.Unknown(field, RelationshipFields); break;
            }
        }

        if (string.IsNullOrWhiteSpace(id))
        {
            Missing(problems, "A relationship needs a non-empty \"id\".", idNode, node, "id");
        }
        else if (!ids.Add(id))
        {
            problems.Report(RelationshipProblems.DuplicateId, $"Relationship id \"{id}\" appears twice; ids must be unique.", idNode!);
        }

        if (agendaNode is null)
        {
            Missing(problems, $"A relationship needs an \"agenda\": one of {string.Join(", ", AgendaLibrary.Ids)}.", null, node, "agenda");
        }

        if (startedNode is null)
        {
            Missing(problems, "A relationship needs \"started\": the day it began, \"yyyy-MM-dd\".", null, node, "started");
        }

        if (membersNode is null)
        {
            Missing(problems, "A relationship needs \"members\": two to eight members.", null, node, "members");
        }

        if (!ok || string.IsNullOrWhiteSpace(id) || agenda is null || started is null || membersNode is null || members.Count != membersNode.Children.Length)
        {
            return null;
        }

        var relationship = new Relationship(id, members.ToValueArray(), agenda.Id, cadence ?? agenda.Cadence ?? Cadence.Monthly, new DateTimeOffset(started.Value.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero))
        {
            Kind = kind,
            InPerson = inPerson,
            Opener = opener,
        };
        if (RelationshipRules.Problem(relationship) is { } broken)
        {
            problems.Report(RelationshipProblems.BrokenRule, broken, membersNode);
            return null;
        }

        return relationship;
    }

    private static RelationshipMember? ReadMember(JsonNode node, JsonValueReader reader)
    {
        if (!reader.IsObject(node, "A member is an object with id, name and organization."))
        {
            return null;
        }

        var problems = reader.Problems;
        string? id = null, name = null, organization = null, role = null, zone = null;
        int? start = null, end = null;
        var ok = true;
        foreach (var field in node.Children)
        {
            switch (field.Name)
            {
                case "id": id = reader.String(field); break;
                case "name": name = reader.String(field); break;
                case "organization": organization = reader.String(field); break;
                case "role": role = reader.String(field); break;
                case "timeZone":
                    zone = reader.String(field);
                    if (zone is not null && !TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _))
                    {
                        problems.Report(RelationshipProblems.InvalidValue, $"Unknown time zone \"{zone}\". Use an IANA name such as \"Europe/London\" or \"America/New_York\".", field);
                        ok = false;
                    }

                    break;
                case "workdayStart": start = Hour(field, reader, 0, 23, ref ok); break;
                case "workdayEnd": end = Hour(field, reader, 1, 24, ref ok); break;
                default: reader.Unknown(field, MemberFields); break;
            }
        }

        foreach (var (value, property) in new[] { (id, "id"), (name, "name"), (organization, "organization") })
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                Missing(problems, $"A member needs a non-empty \"{property}\".", null, node, property);
                ok = false;
            }
        }

        if (ok && (start ?? 9) >= (end ?? 17))
        {
            problems.Report(RelationshipProblems.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"The working day ends ({end ?? 17}) before it starts ({start ?? 9}); \"workdayEnd\" must be later than \"workdayStart\"."), node);
            ok = false;
        }

        return ok
            ? new RelationshipMember(id!, name!, organization!) { Role = role ?? "", TimeZoneId = zone ?? "UTC", WorkdayStartHour = start ?? 9, WorkdayEndHour = end ?? 17 }
            : null;
    }

    private static Cadence? ReadCadence(JsonNode field, JsonValueReader reader, ref bool ok)
    {
        if (reader.String(field) is not { } text)
        {
            ok = false;
            return null;
        }

        if (IsoPeriod.ReadCadence(text, out var cadence) == IsoPeriodStatus.Valid)
        {
            return cadence;
        }

        return Invalid<Cadence?>(reader.Problems, field, $"\"cadence\" is \"{text}\", not a positive ISO 8601 period. Write P1M (monthly) or P3M (quarterly).", ref ok, null);
    }

    private static int? Hour(JsonNode field, JsonValueReader reader, int min, int max, ref bool ok)
    {
        var hour = reader.Integer(field);
        if (hour is null)
        {
            ok = false;
        }
        else if (hour < min || hour > max)
        {
            reader.Problems.Report(RelationshipProblems.InvalidValue, string.Create(CultureInfo.InvariantCulture, $"\"{field.Name}\" is {hour}; write an hour from {min} to {max}."), field);
            ok = false;
            return null;
        }

        return hour;
    }

    private static void Missing(ProblemCollector problems, string message, JsonNode? present, JsonNode parent, string property)
    {
        if (present is not null)
        {
            problems.Report(RelationshipProblems.Missing, message, present);
        }
        else
        {
            problems.Report(RelationshipProblems.Missing, message, parent.Start, parent.Start + 1, parent.PathOf(property));
        }
    }

    private static T Fail<T>(ref bool ok, T value)
    {
        ok = false;
        return value;
    }

    private static T Invalid<T>(ProblemCollector problems, JsonNode node, string message, ref bool ok, T value)
    {
        problems.Report(RelationshipProblems.InvalidValue, message, node);
        ok = false;
        return value;
    }
}
