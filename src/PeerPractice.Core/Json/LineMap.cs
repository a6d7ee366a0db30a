using System.Collections.Generic;

namespace PeerPractice.Json;

/// <summary>
/// Turns character offsets into 1-based lines and columns. Lines end at <c>\n</c>, <c>\r\n</c> or a
/// lone <c>\r</c>, as in editors and the C# compiler; columns count UTF-16 characters.
/// </summary>
internal sealed class LineMap
{
    private readonly List<int> _lineStarts;

    public LineMap(string text)
    {
        _lineStarts = new List<int> { 0 };
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\n' || (c == '\r' && (i + 1 >= text.Length || text[i + 1] != '\n')))
            {
                _lineStarts.Add(i + 1);
            }
        }
    }

    /// <summary>A span from <paramref name="start"/> to <paramref name="end"/> (exclusive).</summary>
    /// <param name="start">Offset of the first character.</param>
    /// <param name="end">Offset just after the last character; at least <paramref name="start"/>.</param>
    public SourceSpan Span(int start, int end)
    {
        if (end < start)
        {
            end = start;
        }

        var (line, column) = Position(start);
        var (endLine, endColumn) = Position(end);
        return new SourceSpan(start, end - start, line, column, endLine, endColumn);
    }

    private (int Line, int Column) Position(int offset)
    {
        var low = 0;
        var high = _lineStarts.Count - 1;
        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (_lineStarts[middle] <= offset)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return (low + 1, offset - _lineStarts[low] + 1);
    }
}
