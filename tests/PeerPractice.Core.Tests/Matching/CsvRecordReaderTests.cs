using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// The streaming CSV record reader on its own: each record's field texts, places (line, column, offset) and first
/// fault, against the RFC 4180 reading worked out by hand for each small input.
/// </summary>
public class CsvRecordReaderTests
{
    private sealed record Record(string[] Texts, CsvField[] Fields, string? Error, (int Line, int Column, long Offset)? ErrorAt);

    /// <summary>Every record of <paramref name="csv"/>; the text is read through a reader that refuses to be asked again and again after its end.</summary>
    private static List<Record> ReadAll(string csv)
    {
        var reader = new CsvRecordReader(new EndGuardReader(csv));
        var records = new List<Record>();
        var fields = new List<CsvField>();
        while (reader.Read(fields, out var error))
        {
            var texts = fields.Select(f => reader[f].ToString()).ToArray();
            records.Add(new Record(texts, [.. fields], error?.Message, error is { } e ? (e.Line, e.Column, e.Offset) : null));
        }

        return records;
    }

    /// <summary>A string reader that throws once it has been read past its end a hundred times, so a reader stuck at the end fails instead of spinning.</summary>
    private sealed class EndGuardReader(string text) : StringReader(text)
    {
        private int _readsAtEnd;

        public override int Read(char[] buffer, int index, int count)
        {
            var read = base.Read(buffer, index, count);
            if (read == 0 && ++_readsAtEnd > 100)
            {
                throw new InvalidOperationException("Read past the end of the text again and again.");
            }

            return read;
        }
    }

    [Fact]
    public void A_byte_order_mark_is_skipped_only_at_the_start_of_the_file()
    {
        var records = ReadAll("\uFEFFa,b\n\uFEFFc\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(["a", "b"], records[0].Texts);
        Assert.Equal((1, 0L), (records[0].Fields[0].Column, records[0].Fields[0].Offset));
        Assert.Equal(["\uFEFFc"], records[1].Texts);
        Assert.Equal((2, 1, 4L), (records[1].Fields[0].Line, records[1].Fields[0].Column, records[1].Fields[0].Offset));
    }

    [Fact]
    public void A_nul_character_is_ordinary_text_in_plain_and_quoted_fields()
    {
        var records = ReadAll("a\n\0b,\"x\0y\"\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(["\0b", "x\0y"], records[1].Texts);
        Assert.Null(records[1].Error);
    }

    [Fact]
    public void Every_field_has_its_line_column_and_character_offset()
    {
        var records = ReadAll("ab,cd\r\nef,\"g\nh\",i\n");

        (int, int, long)[] first = [(1, 1, 0L), (1, 4, 3L)];
        (int, int, long)[] second = [(2, 1, 7L), (2, 4, 10L), (3, 4, 16L)];
        Assert.Equal(first, records[0].Fields.Select(f => (f.Line, f.Column, f.Offset)));
        Assert.Equal(second, records[1].Fields.Select(f => (f.Line, f.Column, f.Offset)));
        Assert.Equal(["ef", "g\nh", "i"], records[1].Texts);
    }

    [Fact]
    public void A_quoted_field_left_open_keeps_its_text_as_the_last_field()
    {
        var record = Assert.Single(ReadAll("x,\"abc"));

        Assert.Equal(["x", "abc"], record.Texts);
        Assert.StartsWith("A quoted field is not closed before the end of the file", record.Error);
        Assert.Equal((1, 3, 2L), record.ErrorAt);
    }

    [Fact]
    public void A_record_with_a_stray_quote_and_then_an_open_quote_reports_the_stray_quote()
    {
        var record = Assert.Single(ReadAll("a\"b,\"A"));

        Assert.StartsWith("A quote inside an unquoted field", record.Error);
        Assert.Equal((1, 2, 1L), record.ErrorAt);
        Assert.Equal(["a\"b", "A"], record.Texts);
    }

    [Fact]
    public void A_quote_right_after_a_line_break_inside_quotes_closes_the_field()
    {
        var records = ReadAll("\"a\n\",c\nd\n");

        Assert.Equal(2, records.Count);
        Assert.Equal(["a\n", "c"], records[0].Texts);
        Assert.Null(records[0].Error);
        Assert.Equal(["d"], records[1].Texts);
    }

    [Fact]
    public void A_closing_quote_at_the_very_end_of_the_file_is_no_fault()
    {
        var record = Assert.Single(ReadAll("x,\"a\""));

        Assert.Equal(["x", "a"], record.Texts);
        Assert.Null(record.Error);
    }

    [Fact]
    public void Text_after_a_closing_quote_is_dropped_up_to_the_next_comma_or_line_break_or_the_end()
    {
        var records = ReadAll("\"a\"b,c\n\"d\"e\nf,g\n\"h\"i");

        string[][] texts = [["a", "c"], ["d"], ["f", "g"], ["h"]];
        (int, int, long)?[] faults = [(1, 4, 3L), (2, 4, 10L), null, (4, 4, 19L)];
        Assert.Equal(texts, records.Select(r => r.Texts));
        Assert.Equal(faults, records.Select(r => r.ErrorAt));
        Assert.All(records.Where(r => r.Error is not null), r => Assert.StartsWith("Text follows a closing quote", r.Error));
    }
}
