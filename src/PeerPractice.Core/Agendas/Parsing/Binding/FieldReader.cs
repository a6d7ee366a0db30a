using System;
using System.Collections.Generic;
using System.Globalization;
using PeerPractice.Json;

namespace PeerPractice.Agendas;

/// <summary>
/// Reads typed fields out of JSON objects and reports, for each field, the one problem that
/// explains it best (missing, wrong type, empty, malformed). Never stops at the first problem.
/// </summary>
internal sealed class FieldReader
{
    private readonly ProblemCollector _problems;

    public FieldReader(ProblemCollector problems) => _problems = problems;

    public ProblemCollector Problems => _problems;

    /// <summary>Checks that <paramref name="node"/> is an object; reports PPA024 when not.</summary>
    public bool IsObject(JsonNode node, string what) => Is(node, ExpectedType.Object, what);

    /// <summary>Checks the JSON type of a field's value; reports PPA024 when it differs.</summary>
    /// <param name="node">The value.</param>
    /// <param name="type">The type the format requires.</param>
    /// <param name="what">Names the value in the message.</param>
    /// <param name="quote">Quote <paramref name="what"/> in the message; the label is only built on failure.</param>
    public bool Is(JsonNode node, ExpectedType type, string what, bool quote = false)
    {
        var matches = type switch
        {
            ExpectedType.Text => node.Kind == JsonNodeKind.String,
            ExpectedType.WholeNumber => node.Kind == JsonNodeKind.Number,
            ExpectedType.Boolean => node.Kind == JsonNodeKind.Boolean,
            ExpectedType.Array => node.Kind == JsonNodeKind.Array,
            _ => node.Kind == JsonNodeKind.Object,
        };
        if (!matches)
        {
            _problems.Report(
                AgendaProblemCatalog.WrongType,
                (quote ? "\"" + what + "\"" : Capitalize(what)) + " must be " + Describe(type) + ", found " + Describe(node) + ". " + Advice(type, node),
                node);
        }

        return matches;
    }

    /// <summary>Reports PPA022 for a required field that is absent.</summary>
    public void Missing(JsonNode owner, string field, string purpose) =>
        _problems.Report(
            AgendaProblemCatalog.MissingProperty,
            "Add \"" + field + "\" to " + OwnerName(owner) + ": " + purpose + ".",
            owner.Start,
            owner.Start + 1,
            owner.PathOf(field));

    /// <summary>Reads required text: reports PPA022, PPA024 or PPA023 and returns null when it is not usable.</summary>
    public string? RequiredText(JsonNode owner, JsonNode? value, string field, string purpose)
    {
        if (value is null)
        {
            Missing(owner, field, purpose);
            return null;
        }

        if (!Is(value, ExpectedType.Text, field, quote: true))
        {
            return null;
        }

        if (IsBlank(value.Text!))
        {
            _problems.Report(AgendaProblemCatalog.EmptyText, "\"" + field + "\" is empty. Write " + purpose + ".", value);
            return null;
        }

        return value.Text;
    }

    /// <summary>Reads optional text: empty when absent; when present it must be non-blank text.</summary>
    public string OptionalText(JsonNode? value, string field, string purpose)
    {
        if (value is null || !Is(value, ExpectedType.Text, field, quote: true))
        {
            return "";
        }

        if (IsBlank(value.Text!))
        {
            _problems.Report(AgendaProblemCatalog.EmptyText, "\"" + field + "\" is empty. Write " + purpose + ", or delete the property.", value);
            return "";
        }

        return value.Text!;
    }

    /// <summary>Reads a required kebab-case id and adds it to <paramref name="scope"/> when valid.</summary>
    public string? RequiredId(JsonNode owner, JsonNode? value, string field, string purpose, List<ScopedId> scope)
    {
        var id = RequiredText(owner, value, field, purpose);
        if (id is null)
        {
            return null;
        }

        if (!AgendaIdentifiers.IsKebabCase(id))
        {
            _problems.Report(AgendaProblemCatalog.InvalidId, NotKebabMessage("\"" + field + "\"", id), value!);
            return null;
        }

        scope.Add(new ScopedId(id, value!));
        return id;
    }

    /// <summary>Reads an optional boolean; <paramref name="fallback"/> when absent or wrong.</summary>
    public bool OptionalBoolean(JsonNode? value, string field, bool fallback) =>
        value is not null && Is(value, ExpectedType.Boolean, field, quote: true) ? value.Boolean : fallback;

    /// <summary>Reads a required participant count (a whole number from 1 to 1000).</summary>
    public int? RequiredCount(JsonNode owner, JsonNode? value, string field, string purpose)
    {
        if (value is null)
        {
            Missing(owner, field, purpose);
            return null;
        }

        if (!Is(value, ExpectedType.WholeNumber, field, quote: true))
        {
            return null;
        }

        // JSON Schema's "integer" accepts any number with no fraction (2.0, 2e0), so this does too.
        var parsed = double.TryParse(value.Text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number);
        if (!parsed || number != Math.Floor(number) || number < 1 || number > 1000)
        {
            _problems.Report(
                AgendaProblemCatalog.ParticipantCountOutOfRange,
                "\"" + field + "\" must be a whole number from 1 to 1000, found " + value.Text + ".",
                value);
            return null;
        }

        return (int)number;
    }

    /// <summary>Reads a required duration such as <c>PT5M</c>.</summary>
    public TimeSpan? RequiredDuration(JsonNode owner, JsonNode? value, string field, string purpose)
    {
        if (value is null)
        {
            Missing(owner, field, purpose);
            return null;
        }

        return Duration(value, field);
    }

    /// <summary>Reads a duration value such as <c>PT5M</c>, reporting PPA024, PPA029 or PPA030.</summary>
    public TimeSpan? Duration(JsonNode value, string field)
    {
        if (!Is(value, ExpectedType.Text, field, quote: true))
        {
            return null;
        }

        var text = value.Text!;
        switch (IsoPeriod.ReadDuration(text, out var duration))
        {
            case IsoPeriodStatus.Valid:
                return duration;
            case IsoPeriodStatus.NotPositive:
                _problems.Report(AgendaProblemCatalog.NonPositiveDuration, "\"" + field + "\" is " + Quote(text) + ", which is not longer than zero. Write a positive duration such as 5m or PT5M.", value);
                return null;
            default:
                _problems.Report(AgendaProblemCatalog.InvalidDuration, "\"" + field + "\" is " + Quote(text) + ", which is not a duration. " + DurationHint(text), value);
                return null;
        }
    }

    /// <summary>Reports PPA021 for a property the format does not define, suggesting the nearest known name.</summary>
    public void Unknown(JsonNode property, string owner, string[] known)
    {
        var name = property.Name!;
        var suggestion = Suggest(name, known);
        var message = "\"" + Shorten(name) + "\" is not a property of " + owner + ". "
            + (suggestion is null ? "" : "Did you mean \"" + suggestion + "\"? ")
            + "Allowed: " + string.Join(", ", known) + ".";
        _problems.Report(AgendaProblemCatalog.UnknownProperty, message, property.NameStart, property.NameEnd, property.Path);
    }

    /// <summary>
    /// True for text with no visible character. Uses JavaScript's whitespace set, which is what
    /// the schema's <c>\S</c> pattern means, so the schema and the validator agree on "empty".
    /// </summary>
    public static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            var space = c is '\t' or '\n' or '\v' or '\f' or '\r' or ' ' or '\u00A0' or '\u1680'
                or (>= '\u2000' and <= '\u200A') or '\u2028' or '\u2029' or '\u202F' or '\u205F' or '\u3000' or '\uFEFF';
            if (!space)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The PPA026 message: what is wrong with <paramref name="id"/>, with a kebab-case suggestion when one exists.</summary>
    /// <param name="subject">What holds the id, as written in the message (for example <c>"id"</c> in quotes).</param>
    /// <param name="id">The offending id.</param>
    public static string NotKebabMessage(string subject, string id)
    {
        var suggestion = ToKebab(id);
        return subject + " is " + Quote(id) + ", which is not kebab-case. Use lower-case ASCII letters and digits in words joined by single hyphens, starting with a letter"
            + (suggestion.Length > 0 && AgendaIdentifiers.IsKebabCase(suggestion) ? ", such as \"" + suggestion + "\"." : ".");
    }

    public static string Quote(string text) => "\"" + Shorten(text) + "\"";

    private static string DurationHint(string text)
    {
        var datePart = text;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == 'T')
            {
                datePart = text.Substring(0, i);
                break;
            }
        }

        if (ProblemText.Has(datePart, 'Y') || ProblemText.Has(datePart, 'M') || ProblemText.Has(datePart, 'W'))
        {
            return "Years, months and weeks have no fixed length here; use days, hours, minutes and seconds, such as P1DT2H or PT90M.";
        }

        return "Write a duration such as 5m, 1h30m or 90s (whole numbers with h, m and s, in that order), or ISO 8601 such as PT5M or PT1H30M.";
    }

    private static string ToKebab(string id)
    {
        var builder = new System.Text.StringBuilder();
        var pendingHyphen = false;
        foreach (var c in id)
        {
            var lower = c is >= 'A' and <= 'Z' ? (char)(c + ('a' - 'A')) : c;
            if (lower is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            {
                if (pendingHyphen && builder.Length > 0)
                {
                    builder.Append('-');
                }

                pendingHyphen = false;
                if (c is >= 'A' and <= 'Z' && builder.Length > 0 && !pendingHyphen && builder[builder.Length - 1] != '-')
                {
                    // camelCase word boundary: "bigProblem" -> "big-problem".
                    builder.Append('-');
                }

                builder.Append(lower);
            }
            else
            {
                pendingHyphen = true;
            }
        }

        return builder.ToString();
    }

    private static string? Suggest(string name, string[] known)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in known)
        {
            var distance = Distance(name, candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    /// <summary>Case-insensitive edit distance, capped: only small distances matter for suggestions.</summary>
    private static int Distance(string a, string b)
    {
        if (Math.Abs(a.Length - b.Length) > 2 || a.Length > 64)
        {
            return int.MaxValue;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = char.ToUpperInvariant(a[i - 1]) == char.ToUpperInvariant(b[j - 1]) ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string OwnerName(JsonNode owner)
    {
        if (owner.Parent is null)
        {
            return "the agenda";
        }

        return owner.Path;
    }

    private static string Describe(ExpectedType type) => type switch
    {
        ExpectedType.Text => "text in double quotes",
        ExpectedType.WholeNumber => "a whole number",
        ExpectedType.Boolean => "true or false",
        ExpectedType.Array => "an array [ ... ]",
        _ => "an object { ... }",
    };

    private static string Describe(JsonNode node) => node.Kind switch
    {
        JsonNodeKind.String => "text " + Quote(node.Text!),
        JsonNodeKind.Number => "the number " + Shorten(node.Text!),
        JsonNodeKind.Boolean => node.Boolean ? "true" : "false",
        JsonNodeKind.Null => "null",
        JsonNodeKind.Array => "an array",
        _ => "an object",
    };

    private static string Advice(ExpectedType type, JsonNode node)
    {
        if (type == ExpectedType.Text && node.Kind is JsonNodeKind.Number or JsonNodeKind.Boolean)
        {
            return "Put the value in double quotes.";
        }

        if (node.Kind == JsonNodeKind.Null)
        {
            return "Write a value, or delete the property if it is optional.";
        }

        return "Change the value to that type.";
    }

    private static string Capitalize(string text) => ProblemText.Capitalize(text);

    private static string Shorten(string text) => ProblemText.Shorten(text, 60);
}
