using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using PeerPractice.Json;

namespace PeerPractice.Agendas;

/// <summary>
/// Loads agenda definitions at run time from a string, UTF-8 bytes, a stream or a file, with the
/// same parser and rules the source generator uses. The <c>Parse</c> forms never throw for bad
/// input: they return every problem, located by line, column and JSON path. The <c>Load</c> forms
/// return the definition or throw <see cref="AgendaLoadException"/> carrying every problem.
/// </summary>
public static class AgendaLoader
{
    /// <summary>The most bytes read from a stream or file (64 MiB); the text itself may have at most 16 Mi characters.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    /// <summary>Parses and validates agenda JSON held in a string.</summary>
    /// <param name="json">The agenda JSON; a leading byte order mark is skipped.</param>
    /// <param name="sourceName">Where the text came from (a path or name), for problem locations.</param>
    public static LoadResult<AgendaDefinition> Parse(string json, string? sourceName = null) => AgendaParser.Parse(json, sourceName);

    /// <summary>Parses and validates UTF-8 agenda JSON; invalid UTF-8 is a located problem (PPA006).</summary>
    /// <param name="utf8Json">The bytes; a UTF-8 byte order mark is skipped.</param>
    /// <param name="sourceName">Where the bytes came from, for problem locations.</param>
    public static LoadResult<AgendaDefinition> Parse(ReadOnlySpan<byte> utf8Json, string? sourceName = null)
    {
        if (utf8Json.Length > MaxBytes)
        {
            return TooLarge(utf8Json.Length, sourceName);
        }

        return Utf8Text.TryDecode(utf8Json, out var text, out var prefix, out var problem)
            ? AgendaParser.Parse(text, sourceName)
            : AgendaParser.Refuse(AgendaProblemCatalog.InvalidEncoding, problem, sourceName, prefix);
    }

    /// <summary>Reads <paramref name="utf8Json"/> to its end and parses it; read failures are a problem (PPA008).</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 agenda JSON; it is not disposed.</param>
    /// <param name="sourceName">Where the stream came from, for problem locations.</param>
    public static LoadResult<AgendaDefinition> Parse(Stream utf8Json, string? sourceName = null)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);

        // With useAsync false nothing is ever awaited, so the task has already completed here.
        return ReadAndParse(utf8Json, sourceName, useAsync: false, CancellationToken.None).GetAwaiter().GetResult();
    }

    /// <summary>Reads <paramref name="utf8Json"/> to its end without blocking and parses it.</summary>
    /// <param name="utf8Json">A readable stream of UTF-8 agenda JSON; it is not disposed.</param>
    /// <param name="sourceName">Where the stream came from, for problem locations.</param>
    /// <param name="cancellationToken">Stops the read; cancellation is the one exception this method lets through.</param>
    public static Task<LoadResult<AgendaDefinition>> ParseAsync(Stream utf8Json, string? sourceName = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        return ReadAndParse(utf8Json, sourceName, useAsync: true, cancellationToken);
    }

    /// <summary>Reads and parses the file at <paramref name="path"/>; problems name the path as given.</summary>
    /// <param name="path">The agenda file, usually <c>*.agenda.json</c>.</param>
    public static LoadResult<AgendaDefinition> ParseFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, FileOptions.SequentialScan);
            return Parse(stream, path);
        }
        catch (Exception exception) when (IsReadFailure(exception) || exception is ArgumentException)
        {
            return Unreadable(path, exception);
        }
    }

    /// <summary>Loads agenda JSON from a string, or throws.</summary>
    /// <param name="json">The agenda JSON.</param>
    /// <param name="sourceName">Where the text came from, for problem locations.</param>
    /// <exception cref="AgendaLoadException">The agenda has errors; the exception carries every problem.</exception>
    public static AgendaDefinition Load(string json, string? sourceName = null) => DefinitionOrThrow(Parse(json, sourceName));

    /// <summary>Loads UTF-8 agenda JSON, or throws.</summary>
    /// <param name="utf8Json">The bytes.</param>
    /// <param name="sourceName">Where the bytes came from, for problem locations.</param>
    /// <exception cref="AgendaLoadException">The agenda has errors; the exception carries every problem.</exception>
    public static AgendaDefinition Load(ReadOnlySpan<byte> utf8Json, string? sourceName = null) => DefinitionOrThrow(Parse(utf8Json, sourceName));

    /// <summary>Loads agenda JSON from a stream, or throws.</summary>
    /// <param name="utf8Json">A readable stream; it is not disposed.</param>
    /// <param name="sourceName">Where the stream came from, for problem locations.</param>
    /// <exception cref="AgendaLoadException">The agenda has errors or cannot be read; the exception carries every problem.</exception>
    public static AgendaDefinition Load(Stream utf8Json, string? sourceName = null) => DefinitionOrThrow(Parse(utf8Json, sourceName));

    /// <summary>Loads the agenda file at <paramref name="path"/>, or throws.</summary>
    /// <param name="path">The agenda file.</param>
    /// <exception cref="AgendaLoadException">The agenda has errors or cannot be read; the exception carries every problem.</exception>
    public static AgendaDefinition LoadFile(string path) => DefinitionOrThrow(ParseFile(path));

    /// <summary>The one read loop behind <see cref="Parse(Stream, string?)"/> and <see cref="ParseAsync"/>: reads up to <see cref="MaxBytes"/>, then parses.</summary>
    private static async Task<LoadResult<AgendaDefinition>> ReadAndParse(Stream utf8Json, string? sourceName, bool useAsync, CancellationToken cancellationToken)
    {
        try
        {
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = useAsync
                ? await utf8Json.ReadAsync(chunk.AsMemory(), cancellationToken).ConfigureAwait(false)
                : utf8Json.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > MaxBytes)
                {
                    return TooLarge(buffer.Length + read, sourceName);
                }

                buffer.Write(chunk, 0, read);
            }

            return Parse(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), sourceName);
        }
        catch (Exception exception) when (IsReadFailure(exception))
        {
            return Unreadable(sourceName, exception);
        }
    }

    private static AgendaDefinition DefinitionOrThrow(LoadResult<AgendaDefinition> result) =>
        result.Value ?? throw new AgendaLoadException(result.Problems);

    private static bool IsReadFailure(Exception exception) =>
        exception is IOException or UnauthorizedAccessException or NotSupportedException or ObjectDisposedException;

    private static LoadResult<AgendaDefinition> Unreadable(string? sourceName, Exception exception) =>
        AgendaParser.Refuse(AgendaProblemCatalog.Unreadable, "The agenda cannot be read: " + exception.Message + " Check the path, that the file exists and that it can be read.", sourceName, "");

    private static LoadResult<AgendaDefinition> TooLarge(long bytes, string? sourceName) =>
        AgendaParser.Refuse(
            AgendaProblemCatalog.DocumentTooLarge,
            "The agenda is " + bytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes or more; at most " + MaxBytes.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes are read. Split it or remove the bulk.",
            sourceName,
            "");
}
