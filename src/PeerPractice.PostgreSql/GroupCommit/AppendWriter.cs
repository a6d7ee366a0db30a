using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Npgsql;
using NpgsqlTypes;

namespace PeerPractice.PostgreSql.GroupCommit;

/// <summary>
/// Group commit for session appends: one writer loop takes every append that is pending (from any
/// session) and stores them with one statement, which is its own transaction and its own commit, so
/// a thousand sessions' commands cost a few commits rather than a thousand. Each append keeps its own
/// expected-version check inside that statement: a stale one is left out and refused alone while the
/// others commit. An append is acknowledged only after the statement (and with it the commit) has
/// completed; when the statement or its commit fails, every append of the batch fails and none of
/// them was written. Appends of one session never share a batch (the later one waits for the next),
/// so a batch changes each session row at most once.
/// </summary>
internal sealed class AppendWriter : IAsyncDisposable
{
    /// <summary>The most appends one statement carries.</summary>
    internal const int MaxBatch = 256;

    /// <summary>Appends waiting beyond this make their writers wait (backpressure rather than unbounded memory).</summary>
    private const int Capacity = 4096;

    // One statement: the version moves only where it still is what the writer saw; the events of the
    // appends that moved it are inserted; the ids that moved come back. As a single statement outside a
    // transaction block it is atomic: all of it commits, or nothing does.
    private const string Sql = """
        WITH input AS (
            SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::text[]) AS i(id, expected, version, closing)
        ), moved AS (
            UPDATE peerpractice_sessions s
            SET version = i.version, status = CASE WHEN i.closing = 'open' THEN s.status ELSE i.closing END
            FROM input i
            WHERE s.id = i.id AND s.version = i.expected
            RETURNING s.id
        ), inserted AS (
            INSERT INTO peerpractice_session_events(session_id, sequence, kind, encrypted, payload)
            SELECT e.session_id, e.sequence, e.kind, e.encrypted, e.payload
            FROM unnest($5::text[], $6::bigint[], $7::text[], $8::boolean[], $9::bytea[]) AS e(session_id, sequence, kind, encrypted, payload)
            WHERE e.session_id IN (SELECT id FROM moved)
        )
        SELECT id FROM moved
        """;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _name;
    private readonly ILogger _logger;
    private readonly Channel<PendingAppend> _queue = Channel.CreateBounded<PendingAppend>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly Task _loop;
    private int _batches;

    public AppendWriter(NpgsqlDataSource dataSource, string name, ILogger logger)
    {
        _dataSource = dataSource;
        _name = name;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Tests only: runs after a batch's connection is open and before its appends are taken (given the backend's process id).</summary>
    internal Func<int, ValueTask>? BeforeBatch { get; set; }

    /// <summary>Measurements only: called after each batch with where its time went.</summary>
    internal Action<BatchTiming>? Observed { get; set; }

    /// <summary>Statements sent so far (one per batch; tests and measurements).</summary>
    internal int Batches => Volatile.Read(ref _batches);

    /// <summary>Queues one append and completes when its batch has committed (or failed).</summary>
    public async ValueTask<long> AppendAsync(PendingAppend append, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(append, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException e)
        {
            throw new ObjectDisposedException($"The store on the {_name} is disposed.", e);
        }

        // Cancelling withdraws an append that no batch has taken yet; once taken, its commit decides.
        await using var registration = cancellationToken.Register(static (state, token) => ((PendingAppend)state!).TryCancel(token), append).ConfigureAwait(false);
        return await append.Completion.ConfigureAwait(false);
    }

    /// <summary>Stops taking appends, stores the ones already queued, and ends the loop.</summary>
    public async ValueTask DisposeAsync()
    {
        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        var reader = _queue.Reader;
        var carried = new List<PendingAppend>();
        while (carried.Count > 0 || await reader.WaitToReadAsync().ConfigureAwait(false))
        {
            List<PendingAppend>? batch = null;
            try
            {
                var opening = Stopwatch.GetTimestamp();
                await using var connection = await _dataSource.OpenConnectionAsync().ConfigureAwait(false);
                var connectMs = Stopwatch.GetElapsedTime(opening).TotalMilliseconds;
                if (BeforeBatch is { } hook)
                {
                    await hook(connection.ProcessID).ConfigureAwait(false);
                }

                batch = Take(reader, ref carried);
                if (batch.Count > 0)
                {
                    var taken = Stopwatch.GetTimestamp();
                    await WriteAsync(connection, batch).ConfigureAwait(false);
                    Observed?.Invoke(new BatchTiming(batch.Count, 0, connectMs, Stopwatch.GetElapsedTime(taken).TotalMilliseconds, [.. batch.Select(a => Stopwatch.GetElapsedTime(a.QueuedAt, taken).TotalMilliseconds)]));
                }
            }
#pragma warning disable CA1031 // The loop outlives any one failure: whatever went wrong fails its batch, never the store.
            catch (Exception e)
#pragma warning restore CA1031
            {
                var error = e is NpgsqlException npgsql
                    ? PostgreSqlErrors.Translate(npgsql, _name, "append")
                    : new StoreException(StoreErrorKind.WriteFailed, $"The {_name} failed at append ({e.Message}); nothing of this batch was acknowledged. Read the session's version to see whether it was recorded, then retry.", e);
                PostgreSqlStoreLog.Refused(_logger, _name, error.Kind, error);
                foreach (var append in batch ?? Take(reader, ref carried))
                {
                    append.Fail(error);
                }
            }
        }
    }

    /// <summary>The appends for one batch: the carried ones first (they are older), at most one per session.</summary>
    private static List<PendingAppend> Take(ChannelReader<PendingAppend> reader, ref List<PendingAppend> carried)
    {
        var batch = new List<PendingAppend>();
        var sessions = new HashSet<string>(StringComparer.Ordinal);
        var later = new List<PendingAppend>();
        foreach (var append in carried)
        {
            Consider(append);
        }

        while (batch.Count < MaxBatch && reader.TryRead(out var append))
        {
            Consider(append);
        }

        carried = later;
        return batch;

        void Consider(PendingAppend append)
        {
            if (append.IsCancelled)
            {
                return;
            }

            if (batch.Count >= MaxBatch || !sessions.Add(append.SessionId))
            {
                later.Add(append);
            }
            else if (append.TryTake())
            {
                batch.Add(append);
            }
            else
            {
                sessions.Remove(append.SessionId);
            }
        }
    }

    private async Task WriteAsync(NpgsqlConnection connection, List<PendingAppend> batch)
    {
        HashSet<string> moved;
        try
        {
            moved = await StoreAsync(connection, batch).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            var error = PostgreSqlErrors.Translate(e, _name, "append");
            PostgreSqlStoreLog.Refused(_logger, _name, error.Kind, error);
            foreach (var append in batch)
            {
                append.Fail(error);
            }

            return;
        }

        // Committed: acknowledge.
        var refused = new List<PendingAppend>();
        foreach (var append in batch)
        {
            if (moved.Contains(append.SessionId))
            {
                append.Succeed();
            }
            else
            {
                refused.Add(append);
            }
        }

        if (refused.Count > 0)
        {
            await RefuseAsync(connection, refused).ConfigureAwait(false);
        }
    }

    /// <summary>The one statement of a batch; returns the sessions whose appends it stored, after its commit.</summary>
    private async Task<HashSet<string>> StoreAsync(NpgsqlConnection connection, List<PendingAppend> batch)
    {
        var events = batch.Sum(a => a.Events.Count);
        var eventSessions = new string[events];
        var sequences = new long[events];
        var kinds = new string[events];
        var encrypted = new bool[events];
        var payloads = new byte[events][];
        var at = 0;
        foreach (var append in batch)
        {
            foreach (var e in append.Events)
            {
                eventSessions[at] = append.SessionId;
                sequences[at] = e.Sequence;
                kinds[at] = e.Kind;
                encrypted[at] = e.Encrypted;
                payloads[at] = e.Payload.ToArray();
                at++;
            }
        }

        Interlocked.Increment(ref _batches);
        await using var command = new NpgsqlCommand(Sql, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(a => a.SessionId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(a => a.ExpectedVersion).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(a => a.Version).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = batch.Select(a => a.Closing).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = eventSessions, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = sequences, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = kinds, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = encrypted, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Boolean });
        command.Parameters.Add(new NpgsqlParameter { Value = payloads, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });

        var moved = new HashSet<string>(StringComparer.Ordinal);
        var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                moved.Add(reader.GetString(0));
            }

            // The commit follows the statement's last row: a failing commit (a deferred constraint, a
            // lost connection) is reported only when the reply is read to its end.
            while (await reader.NextResultAsync().ConfigureAwait(false))
            {
            }
        }

        return moved;
    }

    /// <summary>Says why each left-out append was refused: another writer moved its session on, or there is no such session.</summary>
    private async Task RefuseAsync(NpgsqlConnection connection, List<PendingAppend> refused)
    {
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            await using var command = new NpgsqlCommand("SELECT id, version FROM peerpractice_sessions WHERE id = ANY($1)", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = refused.Select(a => a.SessionId).ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
            await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                versions[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        catch (NpgsqlException e)
        {
            // Nothing of these appends was written; only the reason could not be read.
            var error = PostgreSqlErrors.Translate(e, _name, "append");
            foreach (var append in refused)
            {
                append.Fail(error);
            }

            return;
        }

        foreach (var append in refused)
        {
            append.Fail(versions.TryGetValue(append.SessionId, out var actual)
                ? StoreException.StaleSequence(append.SessionId, append.ExpectedVersion, actual)
                : StoreException.SessionNotFound(append.SessionId));
        }
    }
}
