using System.Text;

namespace PeerPractice.ConsoleHost.Facilitation;

/// <summary>
/// Reads one line at a time, keeping at most <see cref="ScriptLimits.MaxLineLength"/> characters of it:
/// the rest of an overlong line is read and dropped, so a 10 MB line costs no more memory than a short one.
/// </summary>
internal sealed class BoundedLineReader(TextReader input)
{
    private readonly char[] _buffer = new char[4096];
    private readonly StringBuilder _line = new();
    private int _start;
    private int _end;

    /// <summary>Reads the next line; false at the end of input.</summary>
    /// <param name="line">The line, or its first <see cref="ScriptLimits.MaxLineLength"/> characters when longer.</param>
    /// <param name="length">The line's whole length, so a caller can tell it was cut.</param>
    public bool TryRead(out string line, out long length)
    {
        _line.Clear();
        length = 0;
        var any = false;
        while (true)
        {
            if (_start == _end)
            {
                _end = input.Read(_buffer, 0, _buffer.Length);
                _start = 0;
                if (_end <= 0)
                {
                    _end = 0;
                    line = _line.ToString();
                    return any;
                }
            }

            any = true;
            var newline = Array.IndexOf(_buffer, '\n', _start, _end - _start);
            var stop = newline < 0 ? _end : newline;
            var count = stop - _start;
            length += count;
            var room = ScriptLimits.MaxLineLength + 1 - _line.Length;
            _line.Append(_buffer, _start, Math.Min(count, Math.Max(room, 0)));
            _start = newline < 0 ? _end : newline + 1;
            if (newline >= 0)
            {
                break;
            }
        }

        if (length == _line.Length && _line.Length > 0 && _line[^1] == '\r')
        {
            _line.Length--;
            length--;
        }

        if (_line.Length > ScriptLimits.MaxLineLength)
        {
            _line.Length = ScriptLimits.MaxLineLength;
        }

        line = _line.ToString();
        return true;
    }
}
