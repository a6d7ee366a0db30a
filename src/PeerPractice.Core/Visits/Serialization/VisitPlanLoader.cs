using System;
using System.Collections.Generic;
using System.IO;
using PeerPractice.Collections;
using PeerPractice.Json;
using PeerPractice.Matching;

namespace PeerPractice.Visits;

/// <summary>
/// Reads a visit-plan file (<c>*.visit-plan.json</c>, schema <c>visit-plan.schema.json</c>) with the
/// library's one strict, located reader: every problem at once, each with its line, column and JSON
/// path (<see cref="VisitPlanProblems"/>). A plan that reads cleanly is also checked by
/// <see cref="VisitPlanValidator"/>, whose findings come back as <c>PPV010</c> warnings.
/// </summary>
public static class VisitPlanLoader
{
    /// <summary>How visit-plan file names end.</summary>
    public const string FileSuffix = ".visit-plan.json";

    private const string PlanFields = "$schema, id, title, visitorOrganization, hostOrganization, start, timeZone, location, objectives, targets, slots, team, questionnaire, debrief, followUp, notes or reciprocalOf";

    /// <summary>Parses a visit plan.</summary>
    /// <param name="json">The file's text.</param>
    /// <param name="sourceName">Where the text came from (a path or name), for problem locations.</param>
    /// <param name="catalog">The topics slots may name; the built-in catalog when null.</param>
    /// <returns>The plan (null when any problem is an error) and every problem, in document order.</returns>
    public static LoadResult<VisitPlan> Load(string json, string? sourceName = null, TopicCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(json);
        catalog ??= TopicCatalog.BuiltIn;
        var root = LocatedJson.Read(json, sourceName, VisitPlanProblems.Syntax, out var problems);
        var reader = new JsonValueReader(problems, VisitPlanProblems.InvalidJson, VisitPlanProblems.UnknownProperty);
        var values = new GatheringJsonValues(reader, VisitPlanProblems.MissingProperty, VisitPlanProblems.BadTime, VisitPlanProblems.BadId);
        VisitPlan? plan = null;
        if (root is not null && reader.IsObject(root, "Expected a visit-plan object, such as { \"id\": \"northwind-visits-contoso\", ... }."))
        {
            plan = new VisitPlanBinder(values, catalog).Read(root);
        }

        if (problems.HasErrors || plan is null)
        {
            return new(null, problems.ToValueArray());
        }

        foreach (var finding in VisitPlanValidator.Validate(plan, catalog))
        {
            var node = Find(root!, finding.Path) ?? root!;
            problems.Report(VisitPlanProblems.NotReady, finding.Message, node);
        }

        return new(plan, problems.ToValueArray());
    }

    /// <summary>Reads and parses a visit-plan file.</summary>
    /// <param name="path">The file.</param>
    /// <param name="catalog">The topics slots may name; the built-in catalog when null.</param>
    /// <returns>The plan and every problem; a file that cannot be read is one <c>PPV001</c> problem.</returns>
    public static LoadResult<VisitPlan> LoadFile(string path, TopicCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new(null, [VisitPlanProblems.InvalidJson.At($"Cannot read the file: {e.Message}", path, "$", new SourceSpan(0, 0, 1, 1, 1, 1))]);
        }

        return Load(text, path, catalog);
    }

    /// <summary>The node a validator path such as <c>slots[2]</c> or <c>team</c> names, or null when absent.</summary>
    private static JsonNode? Find(JsonNode root, string path)
    {
        var bracket = path.IndexOf('[', StringComparison.Ordinal);
        var name = bracket < 0 ? path : path[..bracket];
        JsonNode? node = null;
        foreach (var child in root.Children)
        {
            if (string.Equals(child.Name, name, StringComparison.Ordinal))
            {
                node = child;
            }
        }

        if (node is not null && bracket >= 0 && int.TryParse(path.AsSpan(bracket + 1, path.Length - bracket - 2), System.Globalization.CultureInfo.InvariantCulture, out var index) && index < node.Children.Length)
        {
            node = node.Children[index];
        }

        return node;
    }

    private sealed class VisitPlanBinder(GatheringJsonValues values, TopicCatalog catalog)
    {
        private readonly JsonValueReader _reader = values.Reader;

        public VisitPlan? Read(JsonNode root)
        {
            string? id = null, title = null, visitor = null, host = null, zone = null, reciprocalOf = null;
            var location = string.Empty;
            DateTimeOffset? start = null;
            ValueArray<VisitObjective> objectives = default;
            ValueArray<VisitTarget> targets = default;
            ValueArray<VisitSlot> slots = default;
            ValueArray<Sessions.Participant> team = default;
            var questionnaire = new VisitQuestionnaire(null, default);
            VisitDebrief? debrief = null;
            var followUp = FollowUpPlan.None;
            ValueArray<Sessions.SessionNote> notes = default;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var m in root.Children)
            {
                seen.Add(m.Name!);
                switch (m.Name)
                {
                    case "$schema": _reader.String(m); break;
                    case "id": id = values.Id(m); break;
                    case "title": title = values.Text(m); break;
                    case "visitorOrganization": visitor = values.Text(m); break;
                    case "hostOrganization": host = values.Text(m); break;
                    case "start": start = values.Instant(m); break;
                    case "timeZone": zone = values.Text(m); break;
                    case "location": location = _reader.String(m) ?? location; break;
                    case "objectives": objectives = Objectives(m); break;
                    case "targets": targets = Targets(m); break;
                    case "slots": slots = Slots(m); break;
                    case "team": team = values.People(m); break;
                    case "questionnaire": questionnaire = Questionnaire(m) ?? questionnaire; break;
                    case "debrief": debrief = Debrief(m); break;
                    case "followUp": followUp = FollowUp(m) ?? followUp; break;
                    case "notes": notes = values.Notes(m); break;
                    case "reciprocalOf": reciprocalOf = m.Kind == JsonNodeKind.Null ? null : values.Id(m); break;
                    default: _reader.Unknown(m, PlanFields); break;
                }
            }

            values.Require(root, seen, "id", "title", "visitorOrganization", "hostOrganization", "start", "timeZone");
            if (id is null || title is null || visitor is null || host is null || start is null || zone is null)
            {
                return null;
            }

            return new VisitPlan(id, title, visitor, host, start.Value, zone, location, objectives, targets, slots, team, questionnaire, debrief, followUp, notes, reciprocalOf);
        }

        private ValueArray<VisitObjective> Objectives(JsonNode node)
        {
            var list = new List<VisitObjective>();
            foreach (var element in Elements(node, "objective", "{ \"question\": \"How did you cut major incidents?\", \"why\": \"...\" }"))
            {
                string? question = null;
                var why = string.Empty;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var m in element.Children)
                {
                    seen.Add(m.Name!);
                    switch (m.Name)
                    {
                        case "question": question = values.Text(m); break;
                        case "why": why = _reader.String(m) ?? why; break;
                        default: _reader.Unknown(m, "question or why"); break;
                    }
                }

                values.Require(element, seen, "question");
                if (question is not null)
                {
                    list.Add(new VisitObjective(question, why));
                }
            }

            return list.ToValueArray();
        }

        private ValueArray<VisitTarget> Targets(JsonNode node)
        {
            var list = new List<VisitTarget>();
            foreach (var element in Elements(node, "target", "{ \"organization\": \"Contoso Care\", \"score\": 91 }"))
            {
                string? organization = null;
                var score = 0;
                ValueArray<string> matched = default, hosts = default, reasons = default;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var m in element.Children)
                {
                    seen.Add(m.Name!);
                    switch (m.Name)
                    {
                        case "organization": organization = values.Text(m); break;
                        case "score": score = _reader.Integer(m) ?? score; break;
                        case "objectives": matched = values.Strings(m); break;
                        case "hosts": hosts = values.Strings(m); break;
                        case "reasons": reasons = values.Strings(m); break;
                        default: _reader.Unknown(m, "organization, score, objectives, hosts or reasons"); break;
                    }
                }

                values.Require(element, seen, "organization");
                if (organization is not null)
                {
                    list.Add(new VisitTarget(organization, score, matched, hosts, reasons));
                }
            }

            return list.ToValueArray();
        }

        private ValueArray<VisitSlot> Slots(JsonNode node)
        {
            var list = new List<VisitSlot>();
            foreach (var element in Elements(node, "slot", "{ \"offset\": \"PT30M\", \"duration\": \"PT1H\", \"title\": \"Service desk\" }"))
            {
                string? title = null, topic = null;
                TimeSpan? offset = null, duration = null;
                var questionTime = TimeSpan.Zero;
                ValueArray<Sessions.Participant> hostPeople = default;
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var m in element.Children)
                {
                    seen.Add(m.Name!);
                    switch (m.Name)
                    {
                        case "offset": offset = values.Duration(m, allowZero: true); break;
                        case "duration": duration = values.Duration(m, allowZero: false); break;
                        case "title": title = values.Text(m); break;
                        case "topic": topic = Topic(m); break;
                        case "hostPeople": hostPeople = values.People(m); break;
                        case "questionTimeEach": questionTime = values.Duration(m, allowZero: true) ?? questionTime; break;
                        default: _reader.Unknown(m, "offset, duration, title, topic, hostPeople or questionTimeEach"); break;
                    }
                }

                values.Require(element, seen, "offset", "duration", "title");
                if (title is not null && offset is { } o && duration is { } d)
                {
                    list.Add(new VisitSlot(o, d, title, topic, hostPeople, questionTime));
                }
            }

            return list.ToValueArray();
        }

        private string? Topic(JsonNode node)
        {
            if (node.Kind == JsonNodeKind.Null || _reader.String(node) is not { } topic)
            {
                return null;
            }

            if (!catalog.Contains(topic))
            {
                _reader.Problems.Report(VisitPlanProblems.UnknownTopic, $"Unknown topic \"{ProblemText.Shorten(topic, 40)}\"; use one of {string.Join(", ", System.Linq.Enumerable.Select(catalog.Topics, t => t.Id))}.", node);
                return null;
            }

            return topic;
        }

        private VisitQuestionnaire? Questionnaire(JsonNode node)
        {
            if (!_reader.IsObject(node, "Write { \"sendBy\": \"2026-11-24\", \"questions\": [...] }."))
            {
                return null;
            }

            DateOnly? sendBy = null;
            ValueArray<string> questions = default;
            foreach (var m in node.Children)
            {
                switch (m.Name)
                {
                    case "sendBy": sendBy = m.Kind == JsonNodeKind.Null ? null : values.Date(m); break;
                    case "questions": questions = values.Strings(m); break;
                    default: _reader.Unknown(m, "sendBy or questions"); break;
                }
            }

            return new VisitQuestionnaire(sendBy, questions);
        }

        private VisitDebrief? Debrief(JsonNode node)
        {
            if (node.Kind == JsonNodeKind.Null || !_reader.IsObject(node, "Write { \"start\": [...], \"stop\": [...], \"continue\": [...], \"report\": \"...\" }."))
            {
                return null;
            }

            ValueArray<string> start = default, stop = default, keep = default;
            var report = string.Empty;
            foreach (var m in node.Children)
            {
                switch (m.Name)
                {
                    case "start": start = values.Strings(m); break;
                    case "stop": stop = values.Strings(m); break;
                    case "continue": keep = values.Strings(m); break;
                    case "report": report = _reader.String(m) ?? report; break;
                    default: _reader.Unknown(m, "start, stop, continue or report"); break;
                }
            }

            return new VisitDebrief(start, stop, keep, report);
        }

        private FollowUpPlan? FollowUp(JsonNode node)
        {
            if (!_reader.IsObject(node, "Write { \"articles\": [...], \"calls\": [...] }."))
            {
                return null;
            }

            var articles = new List<SharedArticle>();
            var calls = new List<FollowUpCall>();
            foreach (var m in node.Children)
            {
                switch (m.Name)
                {
                    case "articles":
                        foreach (var element in Elements(m, "article", "{ \"title\": \"...\", \"url\": \"https://...\" }"))
                        {
                            string? title = null;
                            var url = string.Empty;
                            var seen = new HashSet<string>(StringComparer.Ordinal);
                            foreach (var f in element.Children)
                            {
                                seen.Add(f.Name!);
                                switch (f.Name)
                                {
                                    case "title": title = values.Text(f); break;
                                    case "url": url = _reader.String(f) ?? url; break;
                                    default: _reader.Unknown(f, "title or url"); break;
                                }
                            }

                            values.Require(element, seen, "title");
                            if (title is not null)
                            {
                                articles.Add(new SharedArticle(title, url));
                            }
                        }

                        break;
                    case "calls":
                        foreach (var element in Elements(m, "call", "{ \"when\": \"2027-01-08T09:00:00+01:00\", \"topic\": \"...\" }"))
                        {
                            string? topic = null;
                            DateTimeOffset? when = null;
                            var held = false;
                            var seen = new HashSet<string>(StringComparer.Ordinal);
                            foreach (var f in element.Children)
                            {
                                seen.Add(f.Name!);
                                switch (f.Name)
                                {
                                    case "when": when = values.Instant(f); break;
                                    case "topic": topic = values.Text(f); break;
                                    case "held": held = _reader.Boolean(f) ?? held; break;
                                    default: _reader.Unknown(f, "when, topic or held"); break;
                                }
                            }

                            values.Require(element, seen, "when", "topic");
                            if (topic is not null && when is { } w)
                            {
                                calls.Add(new FollowUpCall(w, topic) { Held = held });
                            }
                        }

                        break;
                    default: _reader.Unknown(m, "articles or calls"); break;
                }
            }

            return new FollowUpPlan(articles.ToValueArray(), calls.ToValueArray());
        }

        private IEnumerable<JsonNode> Elements(JsonNode node, string what, string example)
        {
            if (!_reader.IsArray(node, $"Write an array of {what}s, such as [{example}]."))
            {
                yield break;
            }

            foreach (var element in node.Children)
            {
                if (_reader.IsObject(element, $"Write {(what[0] is 'a' or 'e' or 'i' or 'o' or 'u' ? "an" : "a")} {what} object, such as {example}."))
                {
                    yield return element;
                }
            }
        }
    }
}
