using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace PeerPractice.Generators.Tests.Fuzz;

/// <summary>
/// Seeded mutations of valid agendas: fields dropped, wrong types, odd and keyword ids, clashes,
/// huge numbers, deep nesting, hostile text and broken JSON. The same seed gives the same cases.
/// </summary>
internal sealed class AgendaMutator(int seed)
{
    private const string LoneSurrogate = "@@LONE-SURROGATE@@";

    private static readonly JsonSerializerOptions _writeOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true, MaxDepth = 1024 };

    private static readonly string[] _oddIds =
    [
        "class", "int", "string", "1abc", "café", "", "-", "a--b", "A-B", "definition", "to-string", "item-id", "session",
        "get-item", "start-session", "equals", "get-hash-code", "main", "biggest-problem", "a-1", "a1", "日本", "agenda",
        "peer-brainstorm-agenda", "x-" + new string('y', 600), "snake_case", "dotted.id", "with space", "trailing-", "definition-item",
        "session-section", "quick-check-in-agenda", "__", "\u2028", "tab\tid",
    ];

    private static readonly string[] _keywordLikeIds =
    [
        "class", "int", "namespace", "definition", "item-id", "get-item", "start-session", "session", "to-string", "equals",
        "get-type", "finalize", "agenda", "item", "section", "value", "system", "global", "a1", "x", "definition-item",
    ];

    private static readonly string[] _oddTexts =
    [
        "line\u2028separator", "para\u2029graph", "nul\0char", "quote \" and \\ backslash", "</summary> <b>bold", "*/ /* // ///",
        "emoji \U0001F600", "rtl \u202E override", LoneSurrogate, "next\u0085line", "bom\uFEFFinside", "tab\tand\r\nnewline", "&amp; &lt;",
        "   ", "", "{0} {1}", "a" + new string('b', 5000),
    ];

    private static readonly string[] _durations =
    [
        "PT0S", "PT-5M", "P1Y", "PT99999999999H", "garbage", "PT1.5S", "P10675199D", "P1M", "PT", "pt5m", "PT5M30S", "P2W", "-PT1M", "PT0.0000001S",
    ];

    private static readonly JsonNode?[] _wrongValues =
    [
        42, -1, 0, true, false, null, "text", 1e308, 2.5, JsonValue.Create(decimal.MaxValue),
    ];

    private readonly Random _random = new(seed);

    /// <summary>A mutated copy of <paramref name="seedJson"/>, as text (sometimes deliberately not valid JSON).</summary>
    public string Mutate(string seedJson)
    {
        var root = JsonNode.Parse(seedJson)!;
        var count = _random.Next(2) == 0 ? 1 : 1 + _random.Next(3);
        for (var i = 0; i < count; i++)
        {
            root = MutateOnce(root);
        }

        var text = root.ToJsonString(_writeOptions).Replace(LoneSurrogate, "\\ud800", StringComparison.Ordinal);
        return _random.Next(12) == 0 ? BreakText(text) : text;
    }

    private JsonNode MutateOnce(JsonNode root)
    {
        switch (_random.Next(14))
        {
            case 11:
            case 12:
            case 13:
                // Valid kebab-case ids that collide with C# keywords or generated members: must compile.
                SetString(Pick(Properties(root, "id")), Pick(_keywordLikeIds));
                break;
            case 0: DropField(root); break;
            case 1: Replace(Pick(AllProperties(root)), Clone(_wrongValues[_random.Next(_wrongValues.Length)]) ?? JsonValue.Create("null-ish")); break;
            case 2: SetString(Pick(Properties(root, "id")), _oddIds[_random.Next(_oddIds.Length)]); break;
            case 3: DuplicateItem(root); break;
            case 4: HugeNumber(root); break;
            case 5: Replace(Pick(AllProperties(root)), Nest(1 + _random.Next(100))); break;
            case 6: SetString(Pick(Properties(root, "title", "prompt", "summary", "guidance", "text", "description")), _oddTexts[_random.Next(_oddTexts.Length)]); break;
            case 7: SetString(Pick(Properties(root, "timebox", "duration", "cadence")), _durations[_random.Next(_durations.Length)]); break;
            case 8: SetString(Pick(Properties(root, "turns", "format", "rotation", "kind")), Pick(["role:host", "role:", "each ", "OPEN", "role:nobody", "visit", "group", "questions"])); break;
            case 9: AddUnknownProperty(root); break;
            default: EmptyAnArray(root); break;
        }

        return root;
    }

    private void DropField(JsonNode root)
    {
        var property = Pick(AllProperties(root));
        if (property is { } p)
        {
            p.Owner.Remove(p.Name);
        }
    }

    private void DuplicateItem(JsonNode root)
    {
        var items = AllNodes(root).OfType<JsonArray>().Where(a => a.Count > 0 && a[0] is JsonObject).ToList();
        if (items.Count == 0)
        {
            return;
        }

        var array = items[_random.Next(items.Count)];
        var copy = array[_random.Next(array.Count)]!.DeepClone();
        if (_random.Next(2) == 0 && copy is JsonObject obj && obj["id"] is JsonValue id && id.TryGetValue<string>(out var text))
        {
            // Not the same id, but one that makes the same C# name.
            obj["id"] = text.Contains('-', StringComparison.Ordinal) ? text.Replace("-", "", StringComparison.Ordinal) : text + "-item";
        }

        array.Add(copy);
    }

    private void HugeNumber(JsonNode root)
    {
        JsonNode value = _random.Next(5) switch
        {
            0 => JsonValue.Create(2147483648L),
            1 => JsonValue.Create(-2147483649L),
            2 => JsonValue.Create(1e300),
            3 => JsonValue.Create(int.MaxValue),
            _ => JsonValue.Create(1001),
        };
        Replace(Pick(Properties(root, "min", "max")), value);
    }

    private void AddUnknownProperty(JsonNode root)
    {
        var objects = AllNodes(root).OfType<JsonObject>().ToList();
        var target = objects[_random.Next(objects.Count)];
        target["unexpected" + _random.Next(3)] = "surprise";
    }

    private void EmptyAnArray(JsonNode root)
    {
        var arrays = AllNodes(root).OfType<JsonArray>().ToList();
        if (arrays.Count > 0)
        {
            arrays[_random.Next(arrays.Count)].Clear();
        }
    }

    private string BreakText(string text) => _random.Next(3) switch
    {
        0 => text[.._random.Next(text.Length)],
        1 => text.Insert(_random.Next(text.Length), Pick(["{", "]", ",", "\"", "//", "/*", "\u0000", "\\"])),
        _ => text.Replace("\"", "'", StringComparison.Ordinal),
    };

    private static JsonNode Nest(int depth)
    {
        JsonNode node = JsonValue.Create("deep");
        for (var i = 0; i < depth; i++)
        {
            node = i % 2 == 0 ? new JsonArray(node) : new JsonObject { ["d"] = node };
        }

        return node;
    }

    private static JsonNode? Clone(JsonNode? node) => node?.DeepClone();

    private static void Replace((JsonObject Owner, string Name)? property, JsonNode? value)
    {
        if (property is { } p)
        {
            p.Owner[p.Name] = value;
        }
    }

    private static void SetString((JsonObject Owner, string Name)? property, string value) => Replace(property, JsonValue.Create(value));

    private string Pick(string[] items) => items[_random.Next(items.Length)];

    private (JsonObject Owner, string Name)? Pick(IReadOnlyList<(JsonObject Owner, string Name)> items) =>
        items.Count == 0 ? null : items[_random.Next(items.Count)];

    private static List<(JsonObject Owner, string Name)> AllProperties(JsonNode root) =>
        AllNodes(root).OfType<JsonObject>().SelectMany(o => o.Select(p => (o, p.Key))).ToList();

    private static List<(JsonObject Owner, string Name)> Properties(JsonNode root, params string[] names) =>
        AllProperties(root).Where(p => names.Contains(p.Name, StringComparer.Ordinal)).ToList();

    private static IEnumerable<JsonNode> AllNodes(JsonNode? node)
    {
        if (node is null)
        {
            yield break;
        }

        yield return node;
        IEnumerable<JsonNode?> children = node switch
        {
            JsonObject o => o.Select(p => p.Value),
            JsonArray a => a,
            _ => [],
        };
        foreach (var child in children.ToList())
        {
            foreach (var descendant in AllNodes(child))
            {
                yield return descendant;
            }
        }
    }
}
