using System.Text;
using PeerPractice.Agendas;

namespace PeerPractice.Core.Tests.Agendas;

public class AgendaLoaderTests
{
    private static byte[] Utf8(string text) => Encoding.UTF8.GetBytes(text);

    [Fact]
    public void Every_input_form_gives_the_same_result()
    {
        var bytes = Utf8(AgendaSamples.PeerBrainstorm);
        var folder = Directory.CreateTempSubdirectory("pp-loader-").FullName;
        var path = Path.Combine(folder, "peer-brainstorm.agenda.json");
        File.WriteAllBytes(path, bytes);
        try
        {
            var fromString = AgendaLoader.Parse(AgendaSamples.PeerBrainstorm, path);
            Assert.True(fromString.Succeeded);
            Assert.Equal(fromString, AgendaLoader.Parse(bytes, path));
            Assert.Equal(fromString, AgendaLoader.Parse(new MemoryStream(bytes), path));
            Assert.Equal(fromString, AgendaLoader.ParseFile(path));
            Assert.Equal(fromString.Value, AgendaLoader.LoadFile(path));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task ParseAsync_reads_a_stream_like_Parse()
    {
        var bytes = Utf8(AgendaSamples.Minimal);

        var result = await AgendaLoader.ParseAsync(new MemoryStream(bytes), "m", TestContext.Current.CancellationToken);

        Assert.Equal(AgendaLoader.Parse(bytes, "m"), result);
    }

    [Fact]
    public void A_UTF8_byte_order_mark_is_accepted_and_columns_count_from_after_it()
    {
        var bytes = new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8("{\"id\": 5}")).ToArray();

        var problem = AgendaLoader.Parse(bytes, "bom").Problems.Single(p => p.Id == "PPA024");

        Assert.Equal((1, 8), (problem.Span.Line, problem.Span.Column));
        Assert.True(AgendaLoader.Parse(new byte[] { 0xEF, 0xBB, 0xBF }.Concat(Utf8(AgendaSamples.Minimal)).ToArray()).Succeeded);
    }

    [Fact]
    public void Invalid_UTF8_is_PPA006_located_at_the_first_bad_byte()
    {
        var bytes = Utf8("{\n  \"title\": \"caf").Concat(new byte[] { 0xC3, 0x28 }).Concat(Utf8("\"\n}")).ToArray();

        var problem = Assert.Single(AgendaLoader.Parse(bytes, "bad.agenda.json").Problems);

        Assert.Equal(("PPA006", 2, 16), (problem.Id, problem.Span.Line, problem.Span.Column));
        Assert.Contains("0xC3 at byte offset 17", problem.Message);
        Assert.Equal("bad.agenda.json", problem.Source);
    }

    [Fact]
    public void An_incomplete_sequence_at_the_end_is_PPA006() =>
        Assert.Equal("PPA006", Assert.Single(AgendaLoader.Parse(Utf8("{\"a\": \"").Concat(new byte[] { 0xE2, 0x82 }).ToArray()).Problems).Id);

    [Fact]
    public void A_UTF16_file_is_PPA006_and_the_message_says_it_is_UTF16()
    {
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(AgendaSamples.Minimal)).ToArray();

        var problem = Assert.Single(AgendaLoader.Parse(bytes).Problems);

        Assert.Equal("PPA006", problem.Id);
        Assert.Contains("UTF-16", problem.Message);
    }

    [Fact]
    public void A_missing_file_is_PPA008_naming_the_path()
    {
        var path = Path.Combine(Path.GetTempPath(), "pp-no-such-dir", "missing.agenda.json");

        var problem = Assert.Single(AgendaLoader.ParseFile(path).Problems);

        Assert.Equal(("PPA008", path), (problem.Id, problem.Source));
    }

    [Fact]
    public void A_stream_that_fails_while_reading_is_PPA008_not_an_exception()
    {
        Assert.Equal("PPA008", Assert.Single(AgendaLoader.Parse(new FailingStream(), "net").Problems).Id);
        Assert.Equal("PPA008", Assert.Single(AgendaLoader.Parse(new FailingStream(canRead: false), "net").Problems).Id);
    }

    [Fact]
    public void Load_throws_AgendaLoadException_carrying_every_problem()
    {
        var text = """{ "id": "Bad", "title": "", "format": "trio", "sections": [] }""";

        var exception = Assert.Throws<AgendaLoadException>(() => AgendaLoader.Load(text, "x.agenda.json"));

        Assert.Equal(["PPA026", "PPA023", "PPA025", "PPA034"], exception.Problems.Select(p => p.Id));
        Assert.Contains("4 error(s)", exception.Message);
        Assert.Contains("x.agenda.json(1,9): error PPA026", exception.Message);
        Assert.Throws<AgendaLoadException>(() => AgendaLoader.Load(Utf8(text)));
        Assert.Throws<AgendaLoadException>(() => AgendaLoader.Load(new MemoryStream(Utf8(text))));
    }

    [Fact]
    public void Load_returns_the_definition_when_there_are_only_warnings()
    {
        var text = AgendaSamples.Minimal.Replace("\"format\": \"pair\",", "\"format\": \"pair\", \"duration\": \"PT1M\",", StringComparison.Ordinal);

        Assert.Equal(ProblemSeverity.Warning, Assert.Single(AgendaLoader.Parse(text).Problems).Severity);
        Assert.Equal("minimal", AgendaLoader.Load(text).Id);
    }

    [Fact]
    public void A_null_string_is_an_empty_document_not_an_exception() =>
        Assert.Equal("PPA007", Assert.Single(AgendaParser.Parse(null!, null).Problems).Id);

    private sealed class FailingStream(bool canRead = true) : Stream
    {
        public override bool CanRead => canRead;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => 0; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) =>
            canRead ? throw new IOException("The network went away.") : throw new NotSupportedException("Stream does not support reading.");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
