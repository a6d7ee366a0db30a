using System;
using System.Collections.Generic;
using PeerPractice.Collections;
using PeerPractice.Json;

namespace PeerPractice.Agendas;

/// <summary>
/// Turns the JSON tree of one agenda into an <see cref="AgendaDefinition"/>, reporting every
/// problem on the way (field by field, then the cross-field rules in <see cref="AgendaRules"/>).
/// </summary>
internal sealed partial class AgendaBinder
{
    private static readonly string[] _rootFields =
        ["$schema", "id", "title", "summary", "format", "participants", "duration", "cadence", "agreements", "rotation", "opener", "sections", "closing"];

    private readonly FieldReader _fields;
    private readonly AgendaScopes _scopes;

    private AgendaBinder(ProblemCollector problems, AgendaScopes scopes)
    {
        _fields = new FieldReader(problems);
        _scopes = scopes;
    }

    /// <summary>Binds <paramref name="root"/>; the definition is null when any error was reported.</summary>
    /// <param name="root">The document's root value.</param>
    /// <param name="problems">Receives every problem.</param>
    /// <param name="scopes">Receives the ids and where they are written.</param>
    public static AgendaDefinition? Bind(JsonNode root, ProblemCollector problems, AgendaScopes scopes) =>
        new AgendaBinder(problems, scopes).BindRoot(root);

    private AgendaDefinition? BindRoot(JsonNode root)
    {
        var problems = _fields.Problems;
        if (root.Kind != JsonNodeKind.Object)
        {
            problems.Report(AgendaProblemCatalog.NotAnAgenda, "This is valid JSON but not an agenda: an agenda file holds one object { \"id\": ..., \"title\": ..., \"format\": ..., \"sections\": [...] }, not " + KindName(root) + ".", root);
            return null;
        }

        if (!HasAnyAgendaField(root))
        {
            problems.Report(AgendaProblemCatalog.NotAnAgenda, "This JSON object is not an agenda: it has none of the agenda's properties. Start from a built-in agenda: { \"id\": ..., \"title\": ..., \"format\": ..., \"sections\": [...] }.", root.Start, root.Start + 1, "$");
            return null;
        }

        JsonNode? id = null, title = null, summary = null, format = null, participants = null, duration = null;
        JsonNode? cadence = null, agreements = null, rotation = null, opener = null, sections = null, closing = null;
        foreach (var field in root.Children)
        {
            switch (field.Name)
            {
                case "$schema": _fields.Is(field, ExpectedType.Text, "\"$schema\""); break;
                case "id": id = field; break;
                case "title": title = field; break;
                case "summary": summary = field; break;
                case "format": format = field; break;
                case "participants": participants = field; break;
                case "duration": duration = field; break;
                case "cadence": cadence = field; break;
                case "agreements": agreements = field; break;
                case "rotation": rotation = field; break;
                case "opener": opener = field; break;
                case "sections": sections = field; break;
                case "closing": closing = field; break;
                default: _fields.Unknown(field, "an agenda", _rootFields); break;
            }
        }

        var agendaId = _fields.RequiredText(root, id, "id", "the agenda's kebab-case id, such as \"peer-brainstorm\"");
        if (agendaId is not null && !AgendaIdentifiers.IsKebabCase(agendaId))
        {
            problems.Report(AgendaProblemCatalog.InvalidId, FieldReader.NotKebabMessage("\"id\"", agendaId), id!);
        }

        _scopes.Agenda = id;

        var agendaTitle = _fields.RequiredText(root, title, "title", "the agenda's title, shown to people");
        var agendaSummary = _fields.OptionalText(summary, "summary", "one or two sentences on what the agenda is for");
        var agendaFormat = BindFormat(root, format);
        var rule = BindParticipants(participants, agendaFormat);
        var agendaDuration = duration is null ? null : _fields.Duration(duration, "duration");
        var agendaCadence = cadence is null ? null : BindCadence(cadence);
        var agreementList = BindAgreements(agreements);
        var agendaRotation = BindRotation(rotation, agendaFormat);
        var agendaOpener = BindOpener(opener);
        var sectionList = BindSections(root, sections);
        var closingRule = BindClosing(closing);

        AgendaRules.Check(_scopes, rule, duration, agendaDuration, problems);
        if (problems.HasErrors)
        {
            return null;
        }

        return new AgendaDefinition(
            agendaId!,
            agendaTitle!,
            agendaSummary,
            agendaFormat!.Value,
            rule.Rule!,
            agendaDuration,
            agendaCadence,
            agreementList,
            agendaRotation,
            sectionList,
            closingRule)
        {
            Opener = agendaOpener,
        };
    }

    private static bool HasAnyAgendaField(JsonNode root)
    {
        foreach (var field in root.Children)
        {
            if (Array.IndexOf(_rootFields, field.Name) >= 0)
            {
                return true;
            }
        }

        // An empty object is still reported field by field: it is clearly meant as an agenda.
        return root.Children.Length == 0;
    }

    private AgendaFormat? BindFormat(JsonNode root, JsonNode? format)
    {
        var text = _fields.RequiredText(root, format, "format", "\"pair\", \"group\" or \"visit\"");
        switch (text)
        {
            case null: return null;
            case "pair": return AgendaFormat.Pair;
            case "group": return AgendaFormat.Group;
            case "visit": return AgendaFormat.Visit;
            default:
                _fields.Problems.Report(AgendaProblemCatalog.UnknownValue, "\"format\" is " + FieldReader.Quote(text) + ". Use \"pair\" (two peers), \"group\" (a small group) or \"visit\" (a site visit with host and visitor roles).", format!);
                return null;
        }
    }

    private RotationPolicy BindRotation(JsonNode? rotation, AgendaFormat? format)
    {
        var fallback = format == AgendaFormat.Group ? RotationPolicy.RoundRobin : RotationPolicy.Alternate;
        if (rotation is null || !_fields.Is(rotation, ExpectedType.Text, "\"rotation\""))
        {
            return fallback;
        }

        switch (rotation.Text)
        {
            case "alternate": return RotationPolicy.Alternate;
            case "fixed": return RotationPolicy.Fixed;
            case "round-robin": return RotationPolicy.RoundRobin;
            default:
                _fields.Problems.Report(AgendaProblemCatalog.UnknownValue, "\"rotation\" is " + FieldReader.Quote(rotation.Text!) + ". Use \"alternate\", \"fixed\" or \"round-robin\".", rotation);
                return fallback;
        }
    }

    private OpenerRule BindOpener(JsonNode? opener)
    {
        if (opener is null || !_fields.Is(opener, ExpectedType.Text, "\"opener\""))
        {
            return OpenerRule.Given;
        }

        switch (opener.Text)
        {
            case "given": return OpenerRule.Given;
            case "quieter-first": return OpenerRule.QuieterFirst;
            default:
                _fields.Problems.Report(AgendaProblemCatalog.UnknownValue, "\"opener\" is " + FieldReader.Quote(opener.Text!) + ". Use \"given\" (the first participant given opens) or \"quieter-first\" (the person with the least floor time over the series opens).", opener);
                return OpenerRule.Given;
        }
    }

    private Cadence? BindCadence(JsonNode cadence)
    {
        if (!_fields.Is(cadence, ExpectedType.Text, "\"cadence\""))
        {
            return null;
        }

        switch (IsoPeriod.ReadCadence(cadence.Text!, out var value))
        {
            case IsoPeriodStatus.Valid:
                return value;
            case IsoPeriodStatus.NotPositive:
                _fields.Problems.Report(AgendaProblemCatalog.NonPositiveDuration, "\"cadence\" is " + FieldReader.Quote(cadence.Text!) + ", which is not longer than zero. Write a positive period such as P1M.", cadence);
                return null;
            default:
                _fields.Problems.Report(AgendaProblemCatalog.InvalidCadence, "\"cadence\" is " + FieldReader.Quote(cadence.Text!) + ", which is not a cadence. Write an ISO 8601 period in years, months, weeks and days, such as P1M (monthly), P3M (quarterly) or P2W (every two weeks).", cadence);
                return null;
        }
    }

    private ClosingRule BindClosing(JsonNode? closing)
    {
        if (closing is null || !_fields.IsObject(closing, "\"closing\""))
        {
            return new ClosingRule(true, true);
        }

        JsonNode? actionItems = null, scheduleNext = null;
        foreach (var field in closing.Children)
        {
            switch (field.Name)
            {
                case "actionItems": actionItems = field; break;
                case "scheduleNext": scheduleNext = field; break;
                default: _fields.Unknown(field, "\"closing\"", _closingFields); break;
            }
        }

        return new ClosingRule(
            _fields.OptionalBoolean(actionItems, "actionItems", true),
            _fields.OptionalBoolean(scheduleNext, "scheduleNext", true));
    }

    private static readonly string[] _closingFields = ["actionItems", "scheduleNext"];

    private static string KindName(JsonNode node) => node.Kind switch
    {
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "a number",
        JsonNodeKind.Boolean => node.Boolean ? "true" : "false",
        _ => "null",
    };

    /// <summary>Copies a list into a value array without a second copy.</summary>
    private static ValueArray<T> ToValueArray<T>(List<T> list) => ValueArray<T>.UnsafeWrap(list.ToArray());
}
