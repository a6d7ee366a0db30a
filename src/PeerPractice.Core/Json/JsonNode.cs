using System.Text;

namespace PeerPractice.Json;

/// <summary>
/// One value of a parsed JSON document, with its place in the source text and in the document.
/// Offsets are UTF-16 character offsets into the text that was read; line and column are worked
/// out only when a problem needs them, so the common (valid) path never pays for them.
/// </summary>
internal sealed class JsonNode
{
    public JsonNode(JsonNodeKind kind, int start, in JsonSlot slot)
    {
        Kind = kind;
        Start = start;
        Parent = slot.Parent;
        Name = slot.Name;
        NameStart = slot.NameStart;
        NameEnd = slot.NameEnd;
        Index = slot.Index;
    }

    /// <summary>What kind of value this is.</summary>
    public JsonNodeKind Kind { get; }

    /// <summary>Offset of the first character of the value.</summary>
    public int Start { get; }

    /// <summary>Offset just after the last character of the value.</summary>
    public int End { get; set; }

    /// <summary>The object or array that holds this value; null for the root.</summary>
    public JsonNode? Parent { get; }

    /// <summary>The property name when the parent is an object; otherwise null.</summary>
    public string? Name { get; }

    /// <summary>Offset of the property name's opening quote (when <see cref="Name"/> is set).</summary>
    public int NameStart { get; }

    /// <summary>Offset just after the property name's closing quote.</summary>
    public int NameEnd { get; }

    /// <summary>The position in the parent array; -1 when the parent is not an array.</summary>
    public int Index { get; }

    /// <summary>The unescaped string, or the source spelling of a number; null for other kinds.</summary>
    public string? Text { get; set; }

    /// <summary>The value of a boolean.</summary>
    public bool Boolean { get; set; }

    /// <summary>Object members or array elements, in document order (empty for scalars).</summary>
    /// <remarks>An exact-size array, set once when the container closes: cheaper than a growing list per container.</remarks>
    public JsonNode[] Children { get; set; } = System.Array.Empty<JsonNode>();

    /// <summary>The JSON path of this value, such as <c>$.sections[0].items[2].timebox</c>.</summary>
    public string Path
    {
        get
        {
            var builder = new StringBuilder();
            AppendPath(builder);
            return builder.ToString();
        }
    }

    /// <summary>The JSON path of a (possibly missing) member of this object.</summary>
    /// <param name="member">The member name.</param>
    public string PathOf(string member)
    {
        var builder = new StringBuilder();
        AppendPath(builder);
        AppendMember(builder, member);
        return builder.ToString();
    }

    private void AppendPath(StringBuilder builder)
    {
        if (Parent is null)
        {
            builder.Append('$');
            return;
        }

        Parent.AppendPath(builder);
        if (Name is not null)
        {
            AppendMember(builder, Name);
        }
        else
        {
            builder.Append('[').Append(Index).Append(']');
        }
    }

    private static void AppendMember(StringBuilder builder, string member)
    {
        if (IsPlainName(member))
        {
            builder.Append('.').Append(member);
            return;
        }

        // Bracket notation for names a dotted path cannot spell (spaces, quotes, the empty name).
        builder.Append("['");
        foreach (var c in member)
        {
            if (c is '\'' or '\\')
            {
                builder.Append('\\');
            }

            builder.Append(c);
        }

        builder.Append("']");
    }

    private static bool IsPlainName(string member)
    {
        if (member.Length == 0)
        {
            return false;
        }

        foreach (var c in member)
        {
            var plain = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '$' or '-';
            if (!plain)
            {
                return false;
            }
        }

        return true;
    }
}
