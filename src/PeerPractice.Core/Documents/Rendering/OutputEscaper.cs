using System;
using System.Text;

namespace PeerPractice.Documents;

/// <summary>
/// Escapes a value for the document it is printed into, so that a participant's note reading
/// <c># Fired</c>, <c>| a | b |</c>, <c>[click](https://evil)</c> or <c>&lt;script&gt;</c> shows as typed.
/// </summary>
internal static class OutputEscaper
{
    public static string Escape(string text, OutputFormat format) => format switch
    {
        OutputFormat.Markdown => Markdown(text),
        OutputFormat.Html => Html(text),
        _ => text,
    };

    public static string Html(string text)
    {
        if (text.AsSpan().IndexOfAny("<>&\"'") < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '<' => "&lt;",
                '>' => "&gt;",
                '&' => "&amp;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => null,
            } ?? c.ToString());
        }

        return builder.ToString();
    }

    /// <summary>
    /// Backslash-escapes the characters that start Markdown syntax anywhere in a line (emphasis, code,
    /// links, images, tables, HTML), HTML-escapes <c>&lt;</c> and <c>&amp;</c> (CommonMark passes raw HTML
    /// through), and at the start of each line also the markers of headings, lists, quotes and rules.
    /// A value is treated as starting a line, because a template may print it at one.
    /// </summary>
    public static string Markdown(string text)
    {
        var builder = new StringBuilder(text.Length + 16);
        var lineStart = true;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case '\\' or '`' or '*' or '_' or '[' or ']' or '|' or '~':
                    builder.Append('\\').Append(c);
                    break;
                case '<':
                    builder.Append("&lt;");
                    break;
                case '>':
                    builder.Append(lineStart ? "\\>" : "&gt;");
                    break;
                case '&':
                    builder.Append("&amp;");
                    break;
                case '-' or '+' or '=' or '#' when lineStart:
                    builder.Append('\\').Append(c);
                    break;
                case '.' or ')' when IsOrderedListMarker(text, i):
                    builder.Append('\\').Append(c);
                    break;
                default:
                    builder.Append(c);
                    break;
            }

            if (c == '\n')
            {
                lineStart = true;
            }
            else if (c is not (' ' or '\t'))
            {
                lineStart = false;
            }
        }

        return builder.ToString();
    }

    /// <summary>True when <paramref name="text"/>[<paramref name="i"/>] ends a run of digits that starts its line: "1." or "2)".</summary>
    private static bool IsOrderedListMarker(string text, int i)
    {
        var j = i - 1;
        while (j >= 0 && text[j] is >= '0' and <= '9')
        {
            j--;
        }

        if (j == i - 1)
        {
            return false;
        }

        while (j >= 0 && text[j] is ' ' or '\t')
        {
            j--;
        }

        return j < 0 || text[j] == '\n';
    }
}
