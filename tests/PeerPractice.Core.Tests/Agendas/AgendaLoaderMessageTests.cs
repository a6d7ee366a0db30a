using PeerPractice.Agendas;

namespace PeerPractice.Core.Tests.Agendas;

/// <summary>What a user reads when an agenda cannot be loaded at all: too large, unreadable, or not loadable, in whole sentences.</summary>
public class AgendaLoaderMessageTests
{
    [Fact]
    public void Bytes_over_64_MiB_are_PPA009_naming_the_size_and_the_limit_without_decoding_them()
    {
        var problem = Assert.Single(AgendaLoader.Parse(new byte[AgendaLoader.MaxBytes + 1], "huge.agenda.json").Problems);

        Assert.Equal(("PPA009", "huge.agenda.json"), (problem.Id, problem.Source));
        Assert.Equal("The agenda is 67108865 bytes or more; at most 67108864 bytes are read. Split it or remove the bulk.", problem.Message);
        Assert.Equal((SourceSpan.Start, "$"), (problem.Span, problem.JsonPath));
    }

    [Fact]
    public void Exactly_64_MiB_are_read_and_decoded_and_then_refused_for_their_16_MiB_character_limit()
    {
        var bytes = new byte[AgendaLoader.MaxBytes];
        const string Expected = "The document has 67108864 characters; agendas may have at most 16,777,216. Split it or remove the bulk.";

        var fromBytes = Assert.Single(AgendaLoader.Parse(bytes, "full").Problems);
        using var stream = new MemoryStream(bytes, writable: false);
        var fromStream = Assert.Single(AgendaLoader.Parse(stream, "full").Problems);

        Assert.Equal(("PPA009", Expected), (fromBytes.Id, fromBytes.Message));
        Assert.Equal(("PPA009", Expected), (fromStream.Id, fromStream.Message));
    }

    [Fact]
    public void Text_over_16_MiB_characters_is_PPA009_at_the_start_without_being_read()
    {
        var problem = Assert.Single(AgendaParser.Parse(new string('[', AgendaParser.MaxLength + 1), "long.agenda.json").Problems);

        Assert.Equal(("PPA009", "long.agenda.json", "$"), (problem.Id, problem.Source, problem.JsonPath));
        Assert.Equal("The document has 16777217 characters; agendas may have at most 16,777,216. Split it or remove the bulk.", problem.Message);
        Assert.Equal(SourceSpan.Start, problem.Span);
    }

    [Fact]
    public async Task Parse_reads_a_stream_synchronously_and_ParseAsync_reads_it_asynchronously()
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(AgendaSamples.Minimal);

        Assert.True(AgendaLoader.Parse(new OneWayStream(bytes, asynchronous: false), "sync").Succeeded);
        Assert.True((await AgendaLoader.ParseAsync(new OneWayStream(bytes, asynchronous: true), "async", TestContext.Current.CancellationToken)).Succeeded);
    }

    [Fact]
    public void A_stream_is_read_no_further_than_the_chunk_that_passes_64_MiB()
    {
        using var stream = new EndlessStream();

        var problem = Assert.Single(AgendaLoader.Parse(stream, "endless").Problems);

        // 819 whole chunks of 80 KiB fit under 64 MiB; the 820th passes it and reading stops there.
        Assert.Equal("PPA009", problem.Id);
        Assert.Equal("The agenda is 67174400 bytes or more; at most 67108864 bytes are read. Split it or remove the bulk.", problem.Message);
        Assert.Equal(67174400, stream.BytesRead);
    }

    [Fact]
    public void An_unreadable_file_says_why_and_what_to_check()
    {
        var folder = Directory.CreateTempSubdirectory("pp-loader-");
        try
        {
            var path = Path.Combine(folder.FullName, "missing.agenda.json");
            var problem = Assert.Single(AgendaLoader.ParseFile(path).Problems);

            Assert.Equal(("PPA008", path), (problem.Id, problem.Source));
            Assert.StartsWith("The agenda cannot be read: Could not find file", problem.Message, StringComparison.Ordinal);
            Assert.EndsWith(" Check the path, that the file exists and that it can be read.", problem.Message, StringComparison.Ordinal);
            Assert.Equal((SourceSpan.Start, "$"), (problem.Span, problem.JsonPath));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void The_load_exception_counts_only_errors_and_quotes_the_first_error_not_a_warning()
    {
        // A warning (the timeboxes overrun the duration) comes first in the document, then one error.
        var text = AgendaSamples.Minimal
            .Replace("\"format\": \"pair\",", "\"format\": \"pair\", \"duration\": \"PT1M\",", StringComparison.Ordinal)
            .Replace("\"timebox\": \"PT1M\"", "\"timebox\": \"PT2M\", \"guidance\": 7", StringComparison.Ordinal);
        var problems = AgendaLoader.Parse(text, "mixed.agenda.json").Problems;
        var error = Assert.Single(problems, p => p.Severity == ProblemSeverity.Error);
        Assert.Contains(problems, p => p.Severity == ProblemSeverity.Warning);

        var exception = Assert.Throws<AgendaLoadException>(() => AgendaLoader.Load(text, "mixed.agenda.json"));

        Assert.Equal("The agenda has 1 error(s); the first: " + error, exception.Message);
        Assert.Equal(problems, exception.Problems);
    }

    [Fact]
    public void A_load_exception_without_errors_says_only_that_the_agenda_could_not_be_loaded()
    {
        var warningsOnly = AgendaLoader.Parse(AgendaSamples.Minimal.Replace("\"format\": \"pair\",", "\"format\": \"pair\", \"duration\": \"PT1M\",", StringComparison.Ordinal)).Problems;
        Assert.NotEmpty(warningsOnly);

        Assert.Equal("The agenda could not be loaded.", new AgendaLoadException(warningsOnly).Message);
        Assert.Equal("The agenda could not be loaded.", new AgendaLoadException(PeerPractice.Collections.ValueArray<Problem>.Empty).Message);
        Assert.Equal("The agenda could not be loaded.", new AgendaLoadException().Message);
    }

    [Fact]
    public void An_unknown_built_in_id_is_refused_with_every_built_in_id_in_order()
    {
        const string expected = "There is no built-in agenda \"tea\". Built-in agendas: first-coffee, peer-brainstorm, quarterly-deep-dive, cio-breakfast, site-visit-day, follow-up-call, internal-partnership.";
        Assert.Equal(expected, Assert.Throws<KeyNotFoundException>(() => AgendaLibrary.Get("tea")).Message);
        Assert.Equal(expected, Assert.Throws<KeyNotFoundException>(() => AgendaLibrary.GetSource("tea")).Message);
    }

    /// <summary>Bytes that can be read only one way: synchronously or asynchronously; the other way throws.</summary>
    private sealed class OneWayStream(byte[] bytes, bool asynchronous) : Stream
    {
        private int _position;

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) =>
            asynchronous ? throw new InvalidOperationException("Synchronous reads are not allowed.") : Take(buffer.AsSpan(offset, count));

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            asynchronous ? ValueTask.FromResult(Take(buffer.Span)) : throw new InvalidOperationException("Asynchronous reads are not allowed.");

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        private int Take(Span<byte> buffer)
        {
            var count = Math.Min(buffer.Length, bytes.Length - _position);
            bytes.AsSpan(_position, count).CopyTo(buffer);
            _position += count;
            return count;
        }
    }

    /// <summary>Zeros without end, counting what was read, in full chunks.</summary>
    private sealed class EndlessStream : Stream
    {
        public long BytesRead { get; private set; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new NotSupportedException();

        public override long Position { get => BytesRead; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            Array.Clear(buffer, offset, count);
            BytesRead += count;
            return count;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}
