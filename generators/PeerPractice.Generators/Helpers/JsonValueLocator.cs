using System;
using PeerPractice.Agendas.Parsing;
using PeerPractice.Generators.Model;

namespace PeerPractice.Generators.Helpers;

/// <summary>
/// Finds where a string value (such as an id) is written in agenda JSON, for generator-only
/// diagnostics: the runtime model carries no positions. It looks for the first <c>: "value"</c>
/// spelled without escapes; when there is none, the diagnostic points at the start of the file.
/// </summary>
internal static class JsonValueLocator
{
    /// <summary>The location of the first property value equal to <paramref name="value"/>.</summary>
    public static LocationSpec Locate(string text, string filePath, string value)
    {
        var quoted = "\"" + value + "\"";
        if (value.Length == 0 || value.IndexOfAny(['"', '\\']) >= 0)
        {
            return LocationSpec.StartOf(filePath);
        }

        var from = 0;
        while (from < text.Length)
        {
            var offset = text.IndexOf(quoted, from, StringComparison.Ordinal);
            if (offset < 0)
            {
                break;
            }

            if (IsPropertyValue(text, offset))
            {
                return new LocationSpec(filePath, SpanOf(text, offset, quoted.Length));
            }

            from = offset + 1;
        }

        return LocationSpec.StartOf(filePath);
    }

    /// <summary>The 1-based line/column span of <paramref name="length"/> characters at <paramref name="offset"/>.</summary>
    public static SourceSpan SpanOf(string text, int offset, int length)
    {
        var (line, column) = Position(text, 0, 1, 1, offset);
        var (endLine, endColumn) = Position(text, offset, line, column, offset + length);
        return new SourceSpan(offset, length, line, column, endLine, endColumn);
    }

    private static (int Line, int Column) Position(string text, int from, int line, int column, int to)
    {
        for (var i = from; i < to; i++)
        {
            // \r\n counts once: the \r ends the line and the \n is skipped.
            if (text[i] == '\n' && (i == 0 || text[i - 1] != '\r'))
            {
                line++;
                column = 1;
            }
            else if (text[i] == '\r')
            {
                line++;
                column = 1;
            }
            else if (text[i] != '\n')
            {
                column++;
            }
        }

        return (line, column);
    }

    private static bool IsPropertyValue(string text, int quoteOffset)
    {
        for (var i = quoteOffset - 1; i >= 0; i--)
        {
            if (!char.IsWhiteSpace(text[i]))
            {
                return text[i] == ':';
            }
        }

        return false;
    }
}
