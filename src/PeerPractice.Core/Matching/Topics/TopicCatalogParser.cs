using System;
using System.Collections.Generic;
using System.Globalization;
using System.Text;
using System.Text.Json;
using PeerPractice.Agendas;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// Reads a topic catalog file (<c>{ "topics": [ { "id", "title", "origin", "summary", "questions" } ] }</c>)
/// and reports every problem with file, line, column and JSON path, as the agenda loader does.
/// A forward-only reader is used rather than a DOM because only the reader knows where tokens are.
/// </summary>
public static class TopicCatalogParser
{
    /// <summary>Parses <paramref name="text"/>; the catalog is returned only when there are no problems.</summary>
    /// <param name="text">The catalog JSON.</param>
    /// <param name="filePath">Where it came from, for problem locations; may be null.</param>
    public static TopicCatalogParseResult Parse(string text, string? filePath)
    {
        ArgumentNullException.ThrowIfNull(text);
        var state = new ParseState(text, filePath);
        var reader = new Utf8JsonReader(state.Bytes, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip });
        try
        {
            ParseRoot(ref reader, state);
        }
        catch (JsonException exception)
        {
            var line = (int)(exception.LineNumber ?? 0) + 1;
            var column = (int)(exception.BytePositionInLine ?? 0) + 1;
            state.Problems.Add(new CatalogProblem(
                "PPT001",
                "The file is not valid JSON: " + FirstSentence(exception.Message),
                filePath,
                "$",
                new SourceSpan(0, 0, line, column, line, column)));
        }

        var problems = state.Problems.ToValueArray();
        return problems.IsEmpty
            ? new TopicCatalogParseResult(new TopicCatalog(state.Topics.ToValueArray()), problems)
            : new TopicCatalogParseResult(null, problems);
    }

    private static void ParseRoot(ref Utf8JsonReader reader, ParseState state)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            state.Report("PPT002", "The catalog must be a JSON object with a \"topics\" array.", "$", ref reader);
            return;
        }

        var rootStart = reader.TokenStartIndex;
        var sawTopics = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            if (name == "topics")
            {
                sawTopics = true;
                reader.Read();
                ParseTopics(ref reader, state);
            }
            else if (name == "$schema")
            {
                reader.Read();
                reader.Skip();
            }
            else
            {
                state.Report("PPT003", $"Unknown field \"{name}\"; expected \"topics\".", "$." + name, ref reader);
                reader.Read();
                reader.Skip();
            }
        }

        if (!sawTopics)
        {
            state.ReportAt("PPT004", "Missing \"topics\": add an array of topics.", "$", rootStart);
        }
    }

    private static void ParseTopics(ref Utf8JsonReader reader, ParseState state)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            state.Report("PPT002", "\"topics\" must be an array.", "$.topics", ref reader);
            reader.Skip();
            return;
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (index == TopicCatalog.MaxTopics)
            {
                state.Report("PPT008", $"A catalog holds at most {TopicCatalog.MaxTopics} topics (one bit each in a member's concerns and strengths); split or merge topics.", "$.topics[" + index.ToString(CultureInfo.InvariantCulture) + "]", ref reader);
            }

            ParseTopic(ref reader, state, "$.topics[" + index.ToString(CultureInfo.InvariantCulture) + "]");
            index++;
        }
    }

    private static void ParseTopic(ref Utf8JsonReader reader, ParseState state, string path)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            state.Report("PPT002", "A topic must be an object.", path, ref reader);
            reader.Skip();
            return;
        }

        var start = reader.TokenStartIndex;
        string? id = null, title = null, summary = null;
        long idAt = start;
        var origin = TopicOrigin.Custom;
        var questions = new List<string>();
        var sawQuestions = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString() ?? string.Empty;
            var fieldPath = path + "." + name;
            reader.Read();
            switch (name)
            {
                case "id":
                    idAt = reader.TokenStartIndex;
                    id = ReadString(ref reader, state, fieldPath);
                    break;
                case "title":
                    title = ReadString(ref reader, state, fieldPath);
                    break;
                case "summary":
                    summary = ReadString(ref reader, state, fieldPath);
                    break;
                case "origin":
                    origin = ReadOrigin(ref reader, state, fieldPath);
                    break;
                case "questions":
                    sawQuestions = true;
                    ReadQuestions(ref reader, state, fieldPath, questions);
                    break;
                default:
                    state.ReportAt("PPT003", $"Unknown field \"{name}\"; expected id, title, origin, summary or questions.", fieldPath, reader.TokenStartIndex);
                    reader.Skip();
                    break;
            }
        }

        Validate(state, path, start, id, idAt, title, sawQuestions, questions);
        if (id is not null && title is not null && questions.Count > 0)
        {
            state.Topics.Add(new Topic(id, title, origin, summary ?? string.Empty, questions.ToValueArray()));
        }
    }

    private static void Validate(ParseState state, string path, long start, string? id, long idAt, string? title, bool sawQuestions, List<string> questions)
    {
        if (string.IsNullOrWhiteSpace(id))
        {
            state.ReportAt("PPT004", "A topic needs a non-empty \"id\".", path + ".id", start);
        }
        else if (!IsKebabCase(id))
        {
            state.ReportAt("PPT005", $"Topic id \"{id}\" must be kebab-case (lower-case letters and digits joined by single hyphens).", path + ".id", idAt);
        }
        else if (!state.Ids.Add(id))
        {
            state.ReportAt("PPT006", $"Topic id \"{id}\" appears twice; ids must be unique.", path + ".id", idAt);
        }

        if (string.IsNullOrWhiteSpace(title))
        {
            state.ReportAt("PPT004", "A topic needs a non-empty \"title\".", path + ".title", start);
        }

        if (!sawQuestions || questions.Count == 0)
        {
            state.ReportAt("PPT004", "A topic needs at least one probing question in \"questions\".", path + ".questions", start);
        }
    }

    private static string? ReadString(ref Utf8JsonReader reader, ParseState state, string path)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return reader.GetString();
        }

        state.Report("PPT002", "Expected a string.", path, ref reader);
        reader.Skip();
        return null;
    }

    private static TopicOrigin ReadOrigin(ref Utf8JsonReader reader, ParseState state, string path)
    {
        var at = reader.TokenStartIndex;
        switch (ReadString(ref reader, state, path))
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
                state.ReportAt("PPT007", $"Unknown origin \"{other}\"; use visit, breakfast, general or custom.", path, at);
                return TopicOrigin.Custom;
        }
    }

    private static void ReadQuestions(ref Utf8JsonReader reader, ParseState state, string path, List<string> questions)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            state.Report("PPT002", "\"questions\" must be an array of strings.", path, ref reader);
            reader.Skip();
            return;
        }

        var index = 0;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var itemPath = path + "[" + index.ToString(CultureInfo.InvariantCulture) + "]";
            var at = reader.TokenStartIndex;
            var question = ReadString(ref reader, state, itemPath);
            if (question is not null && string.IsNullOrWhiteSpace(question))
            {
                state.ReportAt("PPT004", "A question must not be empty.", itemPath, at);
            }
            else if (question is not null)
            {
                questions.Add(question);
            }

            index++;
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

    private static string FirstSentence(string message)
    {
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return cut > 0 ? message[..cut] : message;
    }

    private sealed class ParseState
    {
        private readonly string _text;
        private readonly int[] _lineStarts;

        public ParseState(string text, string? filePath)
        {
            _text = text;
            FilePath = filePath;
            Bytes = Encoding.UTF8.GetBytes(text);
            var starts = new List<int> { 0 };
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '\n')
                {
                    starts.Add(i + 1);
                }
            }

            _lineStarts = starts.ToArray();
        }

        public byte[] Bytes { get; }

        public string? FilePath { get; }

        public List<CatalogProblem> Problems { get; } = [];

        public List<Topic> Topics { get; } = [];

        public HashSet<string> Ids { get; } = new(StringComparer.Ordinal);

        public void Report(string id, string message, string path, ref Utf8JsonReader reader) =>
            ReportAt(id, message, path, reader.TokenStartIndex);

        public void ReportAt(string id, string message, string path, long byteOffset)
        {
            var offset = Encoding.UTF8.GetCharCount(Bytes, 0, (int)Math.Min(byteOffset, Bytes.Length));
            offset = Math.Min(offset, _text.Length);
            var line = Array.BinarySearch(_lineStarts, offset);
            if (line < 0)
            {
                line = ~line - 1;
            }

            var column = offset - _lineStarts[line] + 1;
            Problems.Add(new CatalogProblem(id, message, FilePath, path, new SourceSpan(offset, 0, line + 1, column, line + 1, column)));
        }
    }
}
