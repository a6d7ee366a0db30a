using System;
using System.Collections.Generic;
using System.Globalization;

namespace PeerPractice.Json;

/// <summary>
/// Reads typed values out of the located tree for the small data files (topic catalogs, profiles,
/// policies) and reports a value of the wrong type, or a property the format does not define, with
/// the file kind's own ids. Each method returns null after reporting, so binders read on and one
/// pass shows every problem.
/// </summary>
internal sealed class JsonValueReader
{
    private readonly ProblemDescriptor _wrongType;
    private readonly ProblemDescriptor _unknownProperty;

    public JsonValueReader(ProblemCollector problems, ProblemDescriptor wrongType, ProblemDescriptor unknownProperty)
    {
        Problems = problems;
        _wrongType = wrongType;
        _unknownProperty = unknownProperty;
    }

    /// <summary>Where every problem goes.</summary>
    public ProblemCollector Problems { get; }

    /// <summary>True when <paramref name="node"/> is an object; otherwise reports <paramref name="message"/>.</summary>
    public bool IsObject(JsonNode node, string message) => Is(node, JsonNodeKind.Object, message);

    /// <summary>True when <paramref name="node"/> is an array; otherwise reports <paramref name="message"/>.</summary>
    public bool IsArray(JsonNode node, string message) => Is(node, JsonNodeKind.Array, message);

    /// <summary>The string, or null (reported) when the value is not a string.</summary>
    public string? String(JsonNode node) =>
        node.Kind == JsonNodeKind.String ? node.Text : WrongType<string>(node, "text in double quotes");

    /// <summary>The whole number, or null (reported) when the value is not one that fits an <see cref="int"/>.</summary>
    public int? Integer(JsonNode node)
    {
        if (node.Kind == JsonNodeKind.Number && int.TryParse(node.Text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        WrongType<string>(node, "a whole number");
        return null;
    }

    /// <summary>The boolean, or null (reported).</summary>
    public bool? Boolean(JsonNode node)
    {
        if (node.Kind == JsonNodeKind.Boolean)
        {
            return node.Boolean;
        }

        WrongType<string>(node, "true or false");
        return null;
    }

    /// <summary>The date (<c>yyyy-MM-dd</c>), or null (reported).</summary>
    public DateOnly? Date(JsonNode node)
    {
        if (node.Kind == JsonNodeKind.String && DateOnly.TryParseExact(node.Text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        WrongType<string>(node, "a date written \"yyyy-MM-dd\"");
        return null;
    }

    /// <summary>
    /// The enum member named by the string (case-insensitive; a flags enum takes names joined by
    /// commas), or null (reported, listing the names). Numbers are refused: names say what they mean.
    /// <paramref name="spelled"/> lists the names as the format's files write them, when they are not
    /// the members' own spelling.
    /// </summary>
    public TEnum? Enum<TEnum>(JsonNode node, string? spelled = null)
        where TEnum : struct, Enum
    {
        var text = node.Kind == JsonNodeKind.String ? node.Text : null;
        if (text is not null && !IsNumeric(text) && System.Enum.TryParse<TEnum>(text, ignoreCase: true, out var value))
        {
            return value;
        }

        WrongType<string>(node, "one of " + (spelled ?? string.Join(", ", System.Enum.GetNames<TEnum>())));
        return null;
    }

    /// <summary>The strings of an array (null entries are reported and left out), or null (reported).</summary>
    public string[]? Strings(JsonNode node)
    {
        if (!IsArray(node, "Write an array of strings, such as [\"a\", \"b\"]."))
        {
            return null;
        }

        var list = new List<string>(node.Children.Length);
        foreach (var child in node.Children)
        {
            if (String(child) is { } text)
            {
                list.Add(text);
            }
        }

        return list.ToArray();
    }

    /// <summary>Reports a property the format does not define, at its name.</summary>
    /// <param name="member">The member.</param>
    /// <param name="expected">The names allowed here, for the message.</param>
    public void Unknown(JsonNode member, string expected) =>
        Problems.Report(
            _unknownProperty,
            "Unknown property \"" + ProblemText.Shorten(member.Name ?? "", 40) + "\"; it would be ignored. Fix its spelling or delete it (expected " + expected + ").",
            member.NameStart,
            member.NameEnd,
            member.Path);

    /// <summary>Reports a value of the wrong type or shape with <paramref name="message"/>.</summary>
    public void Report(JsonNode node, string message) => Problems.Report(_wrongType, message, node);

    private bool Is(JsonNode node, JsonNodeKind kind, string message)
    {
        if (node.Kind == kind)
        {
            return true;
        }

        Report(node, Where(node) + " is " + Describe(node) + ". " + message);
        return false;
    }

    private T? WrongType<T>(JsonNode node, string expected)
        where T : class
    {
        var found = node.Kind == JsonNodeKind.String ? "\"" + ProblemText.Shorten(node.Text ?? "", 40) + "\"" : Describe(node);
        Report(node, Where(node) + " is " + found + "; write " + expected + ".");
        return null;
    }

    private static string Where(JsonNode node) =>
        node.Name is { } name ? "\"" + ProblemText.Shorten(name, 40) + "\"" : node.Parent is null ? "The document" : "The element " + node.Path;

    private static string Describe(JsonNode node) => node.Kind switch
    {
        JsonNodeKind.Object => "an object",
        JsonNodeKind.Array => "an array",
        JsonNodeKind.String => "a string",
        JsonNodeKind.Number => "the number " + node.Text,
        JsonNodeKind.Boolean => node.Boolean ? "true" : "false",
        _ => "null",
    };

    private static bool IsNumeric(string text) =>
        text.Length > 0 && (char.IsAsciiDigit(text[0]) || text[0] is '-' or '+');
}
