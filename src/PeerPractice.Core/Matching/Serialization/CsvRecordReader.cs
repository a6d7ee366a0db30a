using System;
using System.Collections.Generic;
using System.IO;

namespace PeerPractice.Matching;

/// <summary>One field of a CSV record: its text (unquoted) and where it starts (1-based line and column, 0-based offset).</summary>
internal readonly record struct CsvField(int Start, int Length, int Line, int Column, long Offset);

/// <summary>
/// Reads RFC 4180 records from a <see cref="TextReader"/> one at a time, through a fixed buffer, so a file of
/// a million rows never sits in memory whole. Quoted fields may hold commas, doubled quotes and line breaks;
/// every field keeps its line and column for located problems. A leading byte order mark is skipped; blank
/// lines are skipped.
/// </summary>
internal sealed class CsvRecordReader
{
    private readonly TextReader _reader;
    private readonly char[] _buffer = new char[64 * 1024];
    private int _position;
    private int _filled;
    private bool _atStart = true;
    private int _line = 1;
    private int _column = 1;
    private long _offset;
    private char[] _text = new char[1024];
    private int _textLength;

    public CsvRecordReader(TextReader reader) => _reader = reader;

    /// <summary>The text of the fields of the last record (index with <see cref="CsvField.Start"/> and <see cref="CsvField.Length"/>).</summary>
    public ReadOnlySpan<char> Text => _text.AsSpan(0, _textLength);

    /// <summary>The line the last record started on.</summary>
    public int RecordLine { get; private set; }

    /// <summary>The text of one field of the last record.</summary>
    public ReadOnlySpan<char> this[CsvField field] => _text.AsSpan(field.Start, field.Length);

    /// <summary>
    /// Reads the next record into <paramref name="fields"/>. Returns false at the end of the input. A malformed
    /// record (a quote left open, text after a closing quote, a quote inside an unquoted field) is read to its
    /// end and described in <paramref name="error"/>, with the place of the fault.
    /// </summary>
    public bool Read(List<CsvField> fields, out (string Message, int Line, int Column, long Offset)? error)
    {
        fields.Clear();
        _textLength = 0;
        error = null;
        if (_atStart)
        {
            _atStart = false;
            if (Peek() == '\uFEFF')
            {
                Take();
                _column = 1;
                _offset = 0;
            }
        }

        // Blank lines carry no record.
        while (Peek() is '\n' or '\r')
        {
            TakeLineBreak();
        }

        if (Peek() < 0)
        {
            return false;
        }

        RecordLine = _line;
        while (true)
        {
            int line = _line, column = _column, start = _textLength;
            var offset = _offset;
            if (Peek() == '"')
            {
                Take();
                while (true)
                {
                    var c = Peek();
                    if (c < 0)
                    {
                        error ??= ("A quoted field is not closed before the end of the file; close it with \" (write a quote inside a field as \"\").", line, column, offset);
                        fields.Add(new CsvField(start, _textLength - start, line, column, offset));
                        return true;
                    }

                    if (c == '"')
                    {
                        Take();
                        if (Peek() == '"')
                        {
                            Append((char)Take());
                            continue;
                        }

                        break;
                    }

                    if (c is '\n' or '\r')
                    {
                        // A line break inside quotes is part of the field; \r\n is kept as one \n.
                        TakeLineBreak();
                        Append('\n');
                        continue;
                    }

                    Append((char)Take());
                }

                if (Peek() is not (',' or '\n' or '\r' or -1))
                {
                    error ??= ("Text follows a closing quote; quote the whole field and write a quote inside it as \"\".", _line, _column, _offset);
                    while (Peek() is not (',' or '\n' or '\r' or -1))
                    {
                        Take();
                    }
                }
            }
            else
            {
                while (Peek() is var c and not (',' or '\n' or '\r' or -1))
                {
                    if (c == '"')
                    {
                        error ??= ("A quote inside an unquoted field; quote the whole field (\"...\") and double the quote inside it (\"\").", _line, _column, _offset);
                    }

                    Append((char)Take());
                }
            }

            fields.Add(new CsvField(start, _textLength - start, line, column, offset));
            if (Peek() == ',')
            {
                Take();
                continue;
            }

            if (Peek() is '\n' or '\r')
            {
                TakeLineBreak();
            }

            return true;
        }
    }

    private void Append(char c)
    {
        if (_textLength == _text.Length)
        {
            Array.Resize(ref _text, _text.Length * 2);
        }

        _text[_textLength++] = c;
    }

    private int Peek()
    {
        if (_position == _filled)
        {
            _filled = _reader.Read(_buffer, 0, _buffer.Length);
            _position = 0;
            if (_filled <= 0)
            {
                _filled = 0;
                return -1;
            }
        }

        return _buffer[_position];
    }

    private int Take()
    {
        var c = Peek();
        if (c >= 0)
        {
            _position++;
            _column++;
            _offset++;
        }

        return c;
    }

    private void TakeLineBreak()
    {
        if (Take() == '\r' && Peek() == '\n')
        {
            Take();
        }

        _line++;
        _column = 1;
    }
}
