using System;
using System.Collections.Generic;
using PeerPractice.Collections;
using PeerPractice.Json;

namespace PeerPractice.Matching;

/// <summary>
/// Reads a topic catalog file (<c>{ "topics": [ { "id", "title", "origin", "summary", "questions" } ] }</c>)
/// with the library's one strict JSON reader, and reports every problem with file, line, column and
/// JSON path, as the agenda loader does (<see cref="TopicCatalogProblems"/>).
/// </summary>
public static class TopicCatalogParser
{
    private const string TopicFields = "id, title, origin, summary or questions";

    /// <summary>Parses <paramref name="text"/>; the catalog is returned only when there are no problems.</summary>
    /// <param name="text">The catalog JSON.</param>
    /// <param name="filePath">Where it came from, for problem locations; may be null.</param>
    public static LoadResult<TopicCatalog> Parse(string text, string? filePath)
    {
        ArgumentNullException.ThrowIfNull(text);
        var root = LocatedJson.Read(text, filePath, TopicCatalogProblems.Syntax, out var problems);
        var reader = new JsonValueReader(problems, TopicCatalogProblems.WrongType, TopicCatalogProblems.UnknownProperty);
        var topics = new List<Topic>();
        if (root is not null)
        {
            ReadRoot(root, reader, topics);
        }

        var found = problems.ToValueArray();
        return new LoadResult<TopicCatalog>(found.IsEmpty ? new TopicCatalog(topics.ToValueArray()) : null, found);
    }

    private static void ReadRoot(JsonNode root, JsonValueReader reader, List<Topic> topics)
    {
        if (!reader.IsObject(root, "The catalog must be a JSON object with a \"topics\" array."))
        {
            return;
        }

        JsonNode? topicsNode = null;
        foreach (var member in root.Children)
        {
            switch (member.Name)
            {
                case "topics":
                    topicsNode = member;
                    break;
                case "$schema":
                    break;
                default:
                    reader.Unknown(member, "\"topics\"");
                    break;
            }
        }

        if (topicsNode is null)
        {
            reader.Problems.Report(TopicCatalogProblems.Missing, "Missing \"topics\": add an array of topics.", root.Start, root.Start + 1, root.PathOf("topics"));
            return;
        }

        if (!reader.IsArray(topicsNode, "\"topics\" must be an array of topic objects."))
        {
            return;
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        var index = 0;
        foreach (var topic in topicsNode.Children)
        {
            if (index++ == TopicCatalog.MaxTopics)
            {
                reader.Problems.Report(TopicCatalogProblems.TooManyTopics, $"A catalog holds at most {TopicCatalog.MaxTopics} topics (one bit each in a member's concerns and strengths); split or merge topics.", topic);
            }

            if (ReadTopic(topic, reader, ids) is { } read)
            {
                topics.Add(read);
            }
        }
    }

    private static Topic? ReadTopic(JsonNode node, JsonValueReader reader, HashSet<string> ids)
    {
        if (!reader.IsObject(node, "A topic must be an object with id, title and questions."))
        {
            return null;
        }

        string? id = null, title = null, summary = null;
        JsonNode? idNode = null, titleNode = null, questionsNode = null;
        var origin = TopicOrigin.Custom;
        var questions = new List<string>();
        foreach (var member in node.Children)
        {
            switch (member.Name)
            {
                case "id":
                    idNode = member;
                    id = reader.String(member);
                    break;
                case "title":
                    titleNode = member;
                    title = reader.String(member);
                    break;
                case "summary":
                    summary = reader.String(member);
                    break;
                case "origin":
                    origin = ReadOrigin(member, reader);
                    break;
                case "questions":
                    questionsNode = member;
                    ReadQuestions(member, reader, questions);
                    break;
                default:
                    reader.Unknown(member, TopicFields);
                    break;
            }
        }

        // A field of the wrong type was reported by the reader; "needs a non-empty ..." is only for one
        // that is absent or blank, so each mistake is reported once.
        var problems = reader.Problems;
        if (id is null)
        {
            if (idNode is null)
            {
                Missing(problems, "A topic needs a non-empty \"id\".", null, node, "id");
            }
        }
        else if (string.IsNullOrWhiteSpace(id))
        {
            Missing(problems, "A topic needs a non-empty \"id\".", idNode, node, "id");
        }
        else if (!IsKebabCase(id))
        {
            problems.Report(TopicCatalogProblems.InvalidId, $"Topic id \"{id}\" must be kebab-case (lower-case letters and digits joined by single hyphens).", idNode!);
        }
        else if (!ids.Add(id))
        {
            problems.Report(TopicCatalogProblems.DuplicateId, $"Topic id \"{id}\" appears twice; ids must be unique.", idNode!);
        }

        if (titleNode is null || (title is not null && string.IsNullOrWhiteSpace(title)))
        {
            Missing(problems, "A topic needs a non-empty \"title\".", titleNode, node, "title");
        }

        if (questionsNode is null || questionsNode is { Kind: JsonNodeKind.Array, Children.Length: 0 })
        {
            Missing(problems, "A topic needs at least one probing question in \"questions\".", questionsNode, node, "questions");
        }

        return !string.IsNullOrWhiteSpace(id) && !string.IsNullOrWhiteSpace(title) && questions.Count > 0
            ? new Topic(id, title, origin, summary ?? string.Empty, questions.ToValueArray())
            : null;
    }

    private static void Missing(ProblemCollector problems, string message, JsonNode? value, JsonNode topic, string field)
    {
        if (value is not null)
        {
            problems.Report(TopicCatalogProblems.Missing, message, value);
        }
        else
        {
            problems.Report(TopicCatalogProblems.Missing, message, topic.Start, topic.Start + 1, topic.PathOf(field));
        }
    }

    private static TopicOrigin ReadOrigin(JsonNode node, JsonValueReader reader)
    {
        switch (reader.String(node))
        {
            case "visit":
                return TopicOrigin.Visit;
            case "breakfast":
                return TopicOrigin.Breakfast;
            case "general":
                return TopicOrigin.General;
            case "custom" or null:
                return TopicOrigin.Custom;
            case var other:
                reader.Problems.Report(TopicCatalogProblems.UnknownOrigin, $"Unknown origin \"{other}\"; use visit, breakfast, general or custom.", node);
                return TopicOrigin.Custom;
        }
    }

    private static void ReadQuestions(JsonNode node, JsonValueReader reader, List<string> questions)
    {
        if (!reader.IsArray(node, "\"questions\" must be an array of strings."))
        {
            return;
        }

        foreach (var item in node.Children)
        {
            var question = reader.String(item);
            if (question is not null && string.IsNullOrWhiteSpace(question))
            {
                reader.Problems.Report(TopicCatalogProblems.Missing, "A question must not be empty.", item);
            }
            else if (question is not null)
            {
                questions.Add(question);
            }
        }
    }

    private static bool IsKebabCase(string id)
    {
        if (id.Length == 0 || id[0] == '-' || id[^1] == '-')
        {
            return false;
        }

        for (var i = 0; i < id.Length; i++)
        {
            var c = id[i];
            var ok = char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || (c == '-' && id[i - 1] != '-');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }
}
