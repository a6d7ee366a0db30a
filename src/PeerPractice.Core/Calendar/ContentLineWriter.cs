using System;
using System.Text;

namespace PeerPractice.Calendar;

/// <summary>
/// Writes RFC 5545 content lines: CRLF endings, folding at 75 octets of UTF-8 (never inside a
/// character), TEXT escaping and parameter quoting.
/// </summary>
internal sealed class ContentLineWriter
{
    private const int MaxOctets = 75;
    private readonly StringBuilder _output = new();

    public void Line(string nameAndParameters, string value)
    {
        var line = nameAndParameters + ":" + value;
        var octets = 0;
        for (var i = 0; i < line.Length; i++)
        {
            var length = char.IsHighSurrogate(line[i]) && i + 1 < line.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(line.AsSpan(i, length));
            if (octets + size > MaxOctets)
            {
                // A fold is CRLF followed by one space; the space counts towards the next line's 75.
                _output.Append("\r\n ");
                octets = 1;
            }

            _output.Append(line, i, length);
            octets += size;
            i += length - 1;
        }

        _output.Append("\r\n");
    }

    public override string ToString() => _output.ToString();

    /// <summary>Escapes a TEXT value: backslash, semicolon, comma and line breaks.</summary>
    public static string Text(string value)
    {
        var text = new StringBuilder(value.Length);
        foreach (var c in value.Replace("\r\n", "\n", StringComparison.Ordinal))
        {
            switch (c)
            {
                case '\\':
                    text.Append(@"\\");
                    break;
                case ';':
                    text.Append(@"\;");
                    break;
                case ',':
                    text.Append(@"\,");
                    break;
                case '\n':
                    text.Append(@"\n");
                    break;
                case '\r':
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return text.ToString();
    }

    /// <summary>Quotes a parameter value; a double quote cannot appear in one at all, so it becomes a single quote.</summary>
    public static string Parameter(string value)
    {
        var clean = value.Replace('"', '\'').Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
        return "\"" + clean + "\"";
    }
}
