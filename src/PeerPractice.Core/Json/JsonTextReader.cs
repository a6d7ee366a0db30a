using System.Collections.Generic;
using System.Globalization;
using System.Text;

namespace PeerPractice.Json;

/// <summary>
/// A strict RFC 8259 JSON reader that builds a small tree of <see cref="JsonNode"/>s with source
/// offsets. Written by hand because the same source is compiled into the netstandard2.0 source
/// generator, where System.Text.Json is known to fail to load in Visual Studio.
/// </summary>
/// <remarks>
/// One policy for every JSON data file (agendas, topic catalogs, profiles, policies; see
/// docs/agenda-format.md): comments, trailing commas and duplicate property names are errors, but
/// the reader reports them and reads on, so one pass shows them all and the document itself is still
/// checked. Any other syntax error stops reading. Each file kind names its own ids for these
/// (<see cref="JsonSyntaxProblems"/>), such as PPA004 for a comment in an agenda.
/// Nesting is limited to <see cref="MaxDepth"/> so that hostile input cannot exhaust the stack.
/// </remarks>
internal sealed class JsonTextReader
{
    /// <summary>The deepest nesting of arrays and objects accepted; an agenda needs 6, the other data files fewer.</summary>
    public const int MaxDepth = 64;

    private const int LinearDuplicateScanLimit = 8;

    private readonly string _text;
    private readonly ProblemCollector _problems;
    private readonly JsonSyntaxProblems _syntax;

    // Children of every open container, innermost last; each container copies its own out when it closes.
    private readonly List<JsonNode> _pending = new();
    private int _pos;

    private JsonTextReader(string text, ProblemCollector problems, JsonSyntaxProblems syntax)
    {
        _text = text;
        _problems = problems;
        _syntax = syntax;
    }

    /// <summary>Reads one JSON value that must fill the whole text.</summary>
    /// <param name="text">The text, without a byte order mark (the caller strips it, so that columns match editors).</param>
    /// <param name="problems">Receives every problem found.</param>
    /// <param name="syntax">The ids and advice of the file kind being read.</param>
    /// <returns>The root value, or null when a syntax error stopped reading.</returns>
    public static JsonNode? Read(string text, ProblemCollector problems, JsonSyntaxProblems syntax) =>
        new JsonTextReader(text, problems, syntax).ReadDocument();

    private JsonNode? ReadDocument()
    {
        if (!SkipTrivia())
        {
            return null;
        }

        if (_pos >= _text.Length)
        {
            var empty = _text.Length == 0 ? "The document is empty." : "The document holds only whitespace.";
            _problems.Report(_syntax.EmptyDocument, empty + " " + _syntax.EmptyAdvice, _pos, _pos, "$");
            return null;
        }

        var root = ReadValue(JsonSlot.Root, 0);
        if (root is null || !SkipTrivia())
        {
            return null;
        }

        if (_pos < _text.Length)
        {
            return Fail("Unexpected " + Describe(_pos) + " after the end of the JSON value. A file holds exactly one value; delete what follows or wrap the values in an array.", "$");
        }

        return root;
    }

    private JsonNode? ReadValue(in JsonSlot slot, int depth)
    {
        var parent = slot.Parent;
        if (_pos >= _text.Length)
        {
            return Fail("The document ends where a value was expected. Complete the value or delete the comma before it.", PathHere(parent));
        }

        var c = _text[_pos];
        switch (c)
        {
            case '{':
                return ReadObject(slot, depth + 1);
            case '[':
                return ReadArray(slot, depth + 1);
            case '"':
                return ReadStringValue(slot);
            case 't':
                return ReadLiteral(slot, "true", JsonNodeKind.Boolean, true);
            case 'f':
                return ReadLiteral(slot, "false", JsonNodeKind.Boolean, false);
            case 'n':
                return ReadLiteral(slot, "null", JsonNodeKind.Null, false);
            case '\'':
                return Fail("Strings are written in double quotes (\"text\"), not single quotes.", PathHere(parent));
            default:
                if (c == '-' || (c >= '0' && c <= '9'))
                {
                    return ReadNumber(slot);
                }

                return Fail("Unexpected " + Describe(_pos) + " where a value was expected (an object, array, \"string\", number, true, false or null).", PathHere(parent));
        }
    }

    private JsonNode? ReadObject(in JsonSlot slot, int depth)
    {
        if (depth > MaxDepth)
        {
            return TooDeep(slot.Parent);
        }

        var node = new JsonNode(JsonNodeKind.Object, _pos, slot);
        var first = _pending.Count;
        _pos++;
        HashSet<string>? names = null;
        var commaAt = -1;
        while (true)
        {
            if (!SkipTrivia())
            {
                return null;
            }

            if (_pos >= _text.Length)
            {
                return Fail("The document ends inside an object. Close it with '}'.", node.Path, node.Start);
            }

            var c = _text[_pos];
            if (c == '}')
            {
                if (commaAt >= 0)
                {
                    ReportTrailingComma(commaAt, node, "object");
                }

                return Close(node, first);
            }

            if (_pending.Count > first && commaAt < 0)
            {
                return Fail("Expected ',' or '}' after a property value, found " + Describe(_pos) + ".", node.Path);
            }

            if (c != '"')
            {
                var what = c == ',' ? "a comma with no property before it" : Describe(_pos);
                return Fail("Expected a property name in double quotes, found " + what + ".", node.Path);
            }

            var nameStart = _pos;
            var name = ReadString();
            if (name is null)
            {
                return null;
            }

            var nameEnd = _pos;
            if (!SkipTrivia())
            {
                return null;
            }

            if (_pos >= _text.Length || _text[_pos] != ':')
            {
                return Fail("Expected ':' after the property name \"" + Shorten(name) + "\", found " + Describe(_pos) + ".", node.PathOf(name));
            }

            _pos++;
            if (!SkipTrivia())
            {
                return null;
            }

            var value = ReadValue(new JsonSlot(node, name, nameStart, nameEnd, -1), depth);
            if (value is null)
            {
                return null;
            }

            if (IsDuplicate(first, name, ref names))
            {
                _problems.Report(
                    _syntax.DuplicateProperty,
                    "The property \"" + Shorten(name) + "\" appears more than once in this object; only the first is used. Delete one of them.",
                    nameStart,
                    nameEnd,
                    node.PathOf(name));
            }
            else
            {
                _pending.Add(value);
            }

            if (!SkipTrivia())
            {
                return null;
            }

            commaAt = -1;
            if (_pos < _text.Length && _text[_pos] == ',')
            {
                commaAt = _pos;
                _pos++;
            }
        }
    }

    private JsonNode? ReadArray(in JsonSlot slot, int depth)
    {
        if (depth > MaxDepth)
        {
            return TooDeep(slot.Parent);
        }

        var node = new JsonNode(JsonNodeKind.Array, _pos, slot);
        var first = _pending.Count;
        _pos++;
        var commaAt = -1;
        while (true)
        {
            if (!SkipTrivia())
            {
                return null;
            }

            if (_pos >= _text.Length)
            {
                return Fail("The document ends inside an array. Close it with ']'.", node.Path, node.Start);
            }

            var c = _text[_pos];
            if (c == ']')
            {
                if (commaAt >= 0)
                {
                    ReportTrailingComma(commaAt, node, "array");
                }

                return Close(node, first);
            }

            if (_pending.Count > first && commaAt < 0)
            {
                return Fail("Expected ',' or ']' after an array element, found " + Describe(_pos) + ".", node.Path);
            }

            if (c == ',')
            {
                return Fail("Expected an array element, found a comma with no element before it.", node.Path);
            }

            var value = ReadValue(new JsonSlot(node, null, 0, 0, _pending.Count - first), depth);
            if (value is null)
            {
                return null;
            }

            _pending.Add(value);
            if (!SkipTrivia())
            {
                return null;
            }

            commaAt = -1;
            if (_pos < _text.Length && _text[_pos] == ',')
            {
                commaAt = _pos;
                _pos++;
            }
        }
    }

    private JsonNode? ReadStringValue(in JsonSlot slot)
    {
        var node = new JsonNode(JsonNodeKind.String, _pos, slot);
        var text = ReadString();
        if (text is null)
        {
            return null;
        }

        node.Text = text;
        node.End = _pos;
        return node;
    }

    private string? ReadString()
    {
        var open = _pos;
        var i = _pos + 1;

        // Fast path: most strings have no escapes and can be cut straight out of the text.
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == '"')
            {
                _pos = i + 1;
                return KnownStrings.Find(_text, open + 1, i - open - 1) ?? _text.Substring(open + 1, i - open - 1);
            }

            if (c == '\\' || c < ' ')
            {
                break;
            }

            i++;
        }

        var builder = new StringBuilder();
        builder.Append(_text, open + 1, i - open - 1);
        while (i < _text.Length)
        {
            var c = _text[i];
            if (c == '"')
            {
                _pos = i + 1;
                return builder.ToString();
            }

            if (c < ' ')
            {
                _pos = i;
                FailAt("A string holds the control character " + Describe(i) + ". Write it escaped (\\n for a line break, \\t for a tab) or close the string with '\"'.", i, i + 1);
                return null;
            }

            if (c != '\\')
            {
                builder.Append(c);
                i++;
                continue;
            }

            if (i + 1 >= _text.Length)
            {
                break;
            }

            var escape = _text[i + 1];
            switch (escape)
            {
                case '"': builder.Append('"'); break;
                case '\\': builder.Append('\\'); break;
                case '/': builder.Append('/'); break;
                case 'b': builder.Append('\b'); break;
                case 'f': builder.Append('\f'); break;
                case 'n': builder.Append('\n'); break;
                case 'r': builder.Append('\r'); break;
                case 't': builder.Append('\t'); break;
                case 'u':
                    if (!TryReadHex4(i + 2, out var unit))
                    {
                        FailAt("\\u must be followed by exactly four hexadecimal digits, as in \\u00e9.", i, System.Math.Min(i + 6, _text.Length));
                        return null;
                    }

                    // Lone surrogates are passed through: RFC 8259 leaves them to the implementation.
                    builder.Append(unit);
                    i += 4;
                    break;
                default:
                    FailAt("\\" + (escape < ' ' ? "" : escape.ToString()) + " is not a JSON escape. Use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX; write a backslash as \\\\.", i, i + 2);
                    return null;
            }

            i += 2;
        }

        _pos = _text.Length;
        FailAt("The string that starts here is never closed. Add the closing '\"'.", open, open + 1);
        return null;
    }

    private bool TryReadHex4(int at, out char value)
    {
        value = '\0';
        if (at + 4 > _text.Length)
        {
            return false;
        }

        var result = 0;
        for (var k = 0; k < 4; k++)
        {
            var c = _text[at + k];
            int digit;
            if (c >= '0' && c <= '9')
            {
                digit = c - '0';
            }
            else if (c >= 'a' && c <= 'f')
            {
                digit = c - 'a' + 10;
            }
            else if (c >= 'A' && c <= 'F')
            {
                digit = c - 'A' + 10;
            }
            else
            {
                return false;
            }

            result = (result << 4) | digit;
        }

        value = (char)result;
        return true;
    }

    private JsonNode? ReadNumber(in JsonSlot slot)
    {
        var start = _pos;
        var i = _pos;
        if (_text[i] == '-')
        {
            i++;
        }

        if (i >= _text.Length || !IsDigit(_text[i]))
        {
            return FailNumber(start, i, "A number needs a digit after '-'.");
        }

        if (_text[i] == '0')
        {
            i++;
            if (i < _text.Length && IsDigit(_text[i]))
            {
                return FailNumber(start, i, "A number cannot start with 0 followed by more digits. Delete the leading zero.");
            }
        }
        else
        {
            while (i < _text.Length && IsDigit(_text[i]))
            {
                i++;
            }
        }

        if (i < _text.Length && _text[i] == '.')
        {
            i++;
            if (i >= _text.Length || !IsDigit(_text[i]))
            {
                return FailNumber(start, i, "A number needs a digit after the decimal point.");
            }

            while (i < _text.Length && IsDigit(_text[i]))
            {
                i++;
            }
        }

        if (i < _text.Length && (_text[i] == 'e' || _text[i] == 'E'))
        {
            i++;
            if (i < _text.Length && (_text[i] == '+' || _text[i] == '-'))
            {
                i++;
            }

            if (i >= _text.Length || !IsDigit(_text[i]))
            {
                return FailNumber(start, i, "A number needs a digit in its exponent.");
            }

            while (i < _text.Length && IsDigit(_text[i]))
            {
                i++;
            }
        }

        var node = new JsonNode(JsonNodeKind.Number, start, slot) { Text = _text.Substring(start, i - start), End = i };
        _pos = i;
        return node;
    }

    private JsonNode? FailNumber(int start, int at, string message)
    {
        _pos = at;
        FailAt(message + " Numbers are written like 2, -1, 0.5 or 1e3.", start, System.Math.Max(at, start + 1));
        return null;
    }

    private JsonNode? ReadLiteral(in JsonSlot slot, string literal, JsonNodeKind kind, bool value)
    {
        if (string.CompareOrdinal(_text, _pos, literal, 0, literal.Length) != 0)
        {
            return Fail("Unexpected " + Describe(_pos) + ". Did you mean " + literal + "? Text values are written in double quotes.", PathHere(slot.Parent));
        }

        var node = new JsonNode(kind, _pos, slot) { Boolean = value, End = _pos + literal.Length };
        _pos += literal.Length;
        return node;
    }

    /// <summary>Skips whitespace, and reports and skips comments; false when an unclosed comment ends the text.</summary>
    private bool SkipTrivia()
    {
        while (_pos < _text.Length)
        {
            var c = _text[_pos];
            if (c == ' ' || c == '\n' || c == '\r' || c == '\t')
            {
                _pos++;
                continue;
            }

            if (c != '/' || _pos + 1 >= _text.Length || (_text[_pos + 1] != '/' && _text[_pos + 1] != '*'))
            {
                return true;
            }

            var start = _pos;
            if (_text[_pos + 1] == '/')
            {
                _pos += 2;
                while (_pos < _text.Length && _text[_pos] != '\n' && _text[_pos] != '\r')
                {
                    _pos++;
                }
            }
            else
            {
                var close = _text.IndexOf("*/", _pos + 2, System.StringComparison.Ordinal);
                if (close < 0)
                {
                    _pos = _text.Length;
                    FailAt("The comment that starts here is never closed, and " + _syntax.Kind.ToLowerInvariant() + " files cannot have comments. Delete it.", start, start + 2);
                    return false;
                }

                _pos = close + 2;
            }

            _problems.Report(_syntax.CommentNotAllowed, _syntax.Kind + " files are strict JSON, which has no comments. Delete the comment; " + _syntax.CommentAdvice, start, _pos, "$");
        }

        return true;
    }

    private void ReportTrailingComma(int commaAt, JsonNode container, string kind) =>
        _problems.Report(_syntax.TrailingComma, "Delete this comma: strict JSON has no comma after the last member of an " + kind + ".", commaAt, commaAt + 1, container.Path);

    /// <summary>Ends a container after its closing bracket: its children move from the pending stack into it.</summary>
    private JsonNode Close(JsonNode node, int first)
    {
        _pos++;
        node.End = _pos;
        var count = _pending.Count - first;
        if (count > 0)
        {
            var children = new JsonNode[count];
            _pending.CopyTo(first, children, 0, count);
            _pending.RemoveRange(first, count);
            node.Children = children;
        }

        return node;
    }

    private bool IsDuplicate(int first, string name, ref HashSet<string>? names)
    {
        var count = _pending.Count - first;
        if (names is null && count < LinearDuplicateScanLimit)
        {
            for (var i = first; i < _pending.Count; i++)
            {
                if (string.Equals(_pending[i].Name, name, System.StringComparison.Ordinal))
                {
                    return true;
                }
            }

            return false;
        }

        // Large objects switch to a set so that a 10 MB object of distinct keys stays linear.
        if (names is null)
        {
            names = new HashSet<string>(System.StringComparer.Ordinal);
            for (var i = first; i < _pending.Count; i++)
            {
                names.Add(_pending[i].Name!);
            }
        }

        return !names.Add(name);
    }

    private static bool IsDigit(char c) => c >= '0' && c <= '9';

    private static string PathHere(JsonNode? parent) => parent is null ? "$" : parent.Path;

    private JsonNode? Fail(string message, string jsonPath, int? at = null)
    {
        var start = at ?? _pos;
        _problems.Report(_syntax.InvalidJson, message, start, System.Math.Min(start + 1, _text.Length), jsonPath);
        return null;
    }

    private void FailAt(string message, int start, int end) =>
        _problems.Report(_syntax.InvalidJson, message, start, end, "$");

    private JsonNode? TooDeep(JsonNode? parent)
    {
        var message = "Arrays and objects nest more than " + MaxDepth.ToString(CultureInfo.InvariantCulture) + " levels deep here. Remove the extra nesting.";
        _problems.Report(_syntax.NestingTooDeep, message, _pos, _pos + 1, PathHere(parent));
        return null;
    }

    /// <summary>Names the character at <paramref name="at"/> readably, or "the end of the document".</summary>
    private string Describe(int at)
    {
        if (at >= _text.Length)
        {
            return "the end of the document";
        }

        var c = _text[at];
        if (c > ' ' && c < 0x7F)
        {
            return "'" + c.ToString() + "'";
        }

        return "U+" + ((int)c).ToString("X4", CultureInfo.InvariantCulture);
    }

    private static string Shorten(string name) => ProblemText.Shorten(name, 40);
}
