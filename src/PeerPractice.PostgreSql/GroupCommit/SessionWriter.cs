using System;
using System.Collections.Generic;
using System.Data;
using System.Diagnostics;
using System.Linq;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace PeerPractice.PostgreSql.GroupCommit;

/// <summary>
/// Group commit for the session logs' writes (appends, creations and clocks): one loop takes every write that
/// is pending (from any session) and stores it with one statement per kind, each its own transaction
/// and commit, so a thousand sessions' commands cost a few commits rather than a thousand.
/// <list type="bullet">
/// <item>The writer owns its connections (<see cref="LaneCount"/>, outside the store's pool, kept open
/// across batches and reopened after a failure), so writes never wait behind reads or claims for a
/// pool slot.</item>
/// <item>Up to <see cref="LaneCount"/> batches are in flight at once, one per connection, so a write
/// that arrives during a commit does not wait for it; a session with a write in flight has its next
/// write held for a later batch, so one session never has two writes in flight, and a batch changes
/// each session row at most once.</item>
/// <item>A batch carries at most <see cref="MaxBatch"/> writes and about <see cref="MaxBatchBytes"/>
/// bytes (at least one write), so creations carrying whole agenda texts do not hold back small appends.</item>
/// <item>Each append keeps its own expected-version check inside the statement: a stale one is left
/// out and refused alone while the others commit. When the statement or its commit fails, every
/// append of the batch fails and none was written.</item>
/// <item>Creations keep the contract of one: a session whose id exists is refused alone
/// (<see cref="StoreErrorKind.AlreadyExists"/>); when the server refuses the statement (a value it
/// rejects), nothing was written and each creation is tried again alone, so only the one at fault fails.</item>
/// <item>Clocks (the time a running session shows, kept every half minute by each) go last: nobody's
/// command waits on them, but a thousand of them committed one by one stalled the appends' commits.</item>
/// <item>A write is acknowledged only after its statement (and with it the commit) has completed.</item>
/// </list>
/// </summary>
internal sealed partial class SessionWriter : IAsyncDisposable
{
    /// <summary>The most writes one batch carries.</summary>
    internal const int MaxBatch = 256;

    /// <summary>About the most bytes one batch sends (a single larger write still goes, alone).</summary>
    internal const int MaxBatchBytes = 64 * 1024;

    /// <summary>Connections of the writer, and so batches in flight at once.</summary>
    internal const int LaneCount = 2;

    /// <summary>Writes waiting beyond this make their writers wait (backpressure rather than unbounded memory).</summary>
    private const int Capacity = 4096;

    private readonly NpgsqlDataSource _dataSource;
    private readonly string _name;
    private readonly ILogger _logger;
    private readonly Channel<PendingWrite> _queue = Channel.CreateBounded<PendingWrite>(new BoundedChannelOptions(Capacity)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    private readonly Lane[] _lanes = [.. Enumerable.Range(0, LaneCount).Select(_ => new Lane())];

    // Sessions with a write in a batch in flight (the loop's own).
    private readonly HashSet<string> _inFlight = new(StringComparer.Ordinal);

    private readonly Task _loop;

    // Writes read from the queue but held for a later batch, oldest first (the loop's own).
    private List<PendingWrite> _carried = [];
    private int _batches;
    private int _disposed;

    /// <param name="connectionString">The store's; the writer opens its own connections with it, outside the store's pool.</param>
    /// <param name="name">The database, for messages.</param>
    /// <param name="logger">Logs refusals.</param>
    public SessionWriter(string connectionString, string name, ILogger logger)
    {
        _dataSource = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false });
        _name = name;
        _logger = logger;
        _loop = Task.Run(RunAsync);
    }

    /// <summary>Tests only: runs in the loop once a batch's connection is open and before its writes are taken (given the backend's process id).</summary>
    internal Func<int, ValueTask>? BeforeBatch { get; set; }

    /// <summary>Tests only: runs on a batch in flight before its statements (given the batch's session ids); the loop goes on meanwhile.</summary>
    internal Func<IReadOnlyList<string>, ValueTask>? BeforeWrite { get; set; }

    /// <summary>Measurements only: called after each batch with where its time went.</summary>
    internal Action<BatchTiming>? Observed { get; set; }

    /// <summary>Statements sent so far (one per kind of write in a batch, each its own commit; tests and measurements).</summary>
    internal int Batches => Volatile.Read(ref _batches);

    /// <summary>Queues one write and completes with the version its log ends at once its batch has committed (or fails).</summary>
    public async ValueTask<long> SubmitAsync(PendingWrite write, CancellationToken cancellationToken)
    {
        try
        {
            await _queue.Writer.WriteAsync(write, cancellationToken).ConfigureAwait(false);
        }
        catch (ChannelClosedException e)
        {
            throw new ObjectDisposedException($"The store on the {_name} is disposed.", e);
        }

        // Cancelling withdraws a write that no batch has taken yet; once taken, its commit decides.
        await using var registration = cancellationToken.Register(static (state, token) => ((PendingWrite)state!).TryCancel(token), write).ConfigureAwait(false);
        return await write.Completion.ConfigureAwait(false);
    }

    /// <summary>Stops taking writes, stores the ones already queued, ends the loop and closes the writer's connections.</summary>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        _queue.Writer.TryComplete();
        await _loop.ConfigureAwait(false);
        foreach (var lane in _lanes)
        {
            await lane.Running.ConfigureAwait(false);
            if (lane.Connection is { } connection)
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }

        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    private async Task RunAsync()
    {
        // Connect as the store opens, not under the first burst of writes (a silo opens its store at start).
        foreach (var lane in _lanes)
        {
            try
            {
                lane.Connection = await _dataSource.OpenConnectionAsync().ConfigureAwait(false);
            }
#pragma warning disable CA1031 // Not fatal: the lane connects again for its first batch, which reports the failure.
            catch (Exception)
#pragma warning restore CA1031
            {
                lane.Connection = null;
            }
        }

        var reader = _queue.Reader;
        Task<bool>? arrival = null;
        while (true)
        {
            // A finished batch's sessions may be written again.
            foreach (var lane in _lanes)
            {
                if (lane.Sessions is { } done && lane.Running.IsCompleted)
                {
                    _inFlight.ExceptWith(done);
                    lane.Sessions = null;
                }
            }

            var free = Array.Find(_lanes, l => l.Sessions is null);
            if (free is not null && (_carried.Exists(w => !_inFlight.Contains(w.SessionId)) || reader.TryPeek(out _)))
            {
                await DispatchAsync(free, reader).ConfigureAwait(false);
                continue;
            }

            var waits = _lanes.Where(l => l.Sessions is not null).Select(l => l.Running).ToList();
            if (free is not null)
            {
                arrival ??= reader.WaitToReadAsync().AsTask();
                if (arrival.IsCompleted && !await arrival.ConfigureAwait(false))
                {
                    // No more writes will come: finish the batches in flight (they may free held writes), then stop.
                    arrival = null;
                    if (waits.Count == 0)
                    {
                        break;
                    }

                    await Task.WhenAny(waits).ConfigureAwait(false);
                    continue;
                }

                waits.Add(arrival);
            }

            await Task.WhenAny(waits).ConfigureAwait(false);
            if (arrival is { IsCompleted: true })
            {
                arrival = null;
            }
        }

        // Writes held for a session whose batch was in flight when the queue closed (none when every batch is done).
        foreach (var write in _carried)
        {
            write.Fail(new ObjectDisposedException($"The store on the {_name} is disposed."));
        }
    }

    /// <summary>Opens the lane's connection if needed, takes a batch and starts writing it on the lane.</summary>
    private async Task DispatchAsync(Lane lane, ChannelReader<PendingWrite> reader)
    {
        var opening = Stopwatch.GetTimestamp();
        try
        {
            lane.Connection ??= await _dataSource.OpenConnectionAsync().ConfigureAwait(false);
            if (BeforeBatch is { } hook)
            {
                await hook(lane.Connection.ProcessID).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // The loop outlives any one failure: whatever went wrong fails its batch, never the store.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var error = Translate(e, "connect");
            PostgreSqlStoreLog.Refused(_logger, _name, error.Kind, error);
            await DropConnectionAsync(lane).ConfigureAwait(false);
            foreach (var write in Take(reader))
            {
                write.Fail(error);
            }

            return;
        }

        var connectMs = Stopwatch.GetElapsedTime(opening).TotalMilliseconds;
        var batch = Take(reader);
        if (batch.Count == 0)
        {
            return;
        }

        var sessions = batch.ConvertAll(w => w.SessionId);
        _inFlight.UnionWith(sessions);
        lane.Sessions = sessions;
        lane.Running = WriteBatchAsync(lane, batch, connectMs);
    }

    /// <summary>
    /// The writes for one batch: appends, then creations, then clocks, and within each kind the older
    /// first; at most one write per session and none of a session in flight.
    /// </summary>
    /// <remarks>
    /// Appends go first because a command's caller is waiting on each of them, and a burst of creations
    /// (each carrying its agenda's text) would otherwise fill batch after batch ahead of them. A write of
    /// a session whose creation is still pending keeps its place behind that creation.
    /// </remarks>
    private List<PendingWrite> Take(ChannelReader<PendingWrite> reader)
    {
        // What has arrived joins the held writes (bounded, so the queue's backpressure still holds).
        while (_carried.Count < Capacity && reader.TryRead(out var arrived))
        {
            _carried.Add(arrived);
        }

        var batch = new List<PendingWrite>();
        var sessions = new HashSet<string>(StringComparer.Ordinal);
        var creating = new HashSet<string>(StringComparer.Ordinal);
        var later = new List<PendingWrite>();
        var bytes = 0;
        foreach (var write in _carried)
        {
            if (write is PendingCreation)
            {
                creating.Add(write.SessionId);
            }
        }

        foreach (var write in _carried)
        {
            if (write is PendingAppend && !creating.Contains(write.SessionId))
            {
                Consider(write);
            }
        }

        foreach (var write in _carried)
        {
            if (write is PendingCreation || creating.Contains(write.SessionId))
            {
                Consider(write);
            }
        }

        foreach (var write in _carried)
        {
            if (write is PendingClock && !creating.Contains(write.SessionId))
            {
                Consider(write);
            }
        }

        // Held writes keep their arrival order for the next batch (a stable sort: one session's writes stay in order).
        _carried = [.. later.OrderBy(w => w.QueuedAt)];
        return batch;

        void Consider(PendingWrite write)
        {
            if (write.IsCancelled)
            {
                return;
            }

            var full = batch.Count >= MaxBatch || (batch.Count > 0 && bytes + write.Bytes > MaxBatchBytes);
            if (full || _inFlight.Contains(write.SessionId) || !sessions.Add(write.SessionId))
            {
                later.Add(write);
            }
            else if (write.TryTake())
            {
                batch.Add(write);
                bytes += write.Bytes;
            }
            else
            {
                sessions.Remove(write.SessionId);
            }
        }
    }

    /// <summary>Writes one batch on its lane: its appends, then its creations, then its clocks; never throws (every write ends acknowledged or failed).</summary>
    private async Task WriteBatchAsync(Lane lane, List<PendingWrite> batch, double connectMs)
    {
        var taken = Stopwatch.GetTimestamp();
        var appends = new List<PendingAppend>();
        var creations = new List<PendingCreation>();
        var clocks = new List<PendingClock>();
        foreach (var write in batch)
        {
            switch (write)
            {
                case PendingAppend append:
                    appends.Add(append);
                    break;
                case PendingCreation creation:
                    creations.Add(creation);
                    break;
                default:
                    clocks.Add((PendingClock)write);
                    break;
            }
        }

        try
        {
            if (BeforeWrite is { } hook)
            {
                await hook(batch.ConvertAll(w => w.SessionId)).ConfigureAwait(false);
            }

            if (appends.Count > 0)
            {
                await AppendAsync(lane.Connection!, appends).ConfigureAwait(false);
            }

            if (creations.Count > 0)
            {
                await CreateAsync(await ReopenedAsync(lane).ConfigureAwait(false), creations).ConfigureAwait(false);
            }

            if (clocks.Count > 0)
            {
                await KeepClocksAsync(await ReopenedAsync(lane).ConfigureAwait(false), clocks).ConfigureAwait(false);
            }
        }
#pragma warning disable CA1031 // Whatever went wrong fails what is left of its batch, never the loop.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var error = Translate(e, "write");
            PostgreSqlStoreLog.Refused(_logger, _name, error.Kind, error);
            foreach (var write in batch)
            {
                // Only the writes not yet acknowledged or refused.
                write.Fail(error);
            }
        }

        if (lane.Connection is { FullState: not ConnectionState.Open })
        {
            await DropConnectionAsync(lane).ConfigureAwait(false);
        }

        Observed?.Invoke(new BatchTiming(appends.Count, creations.Count, clocks.Count, connectMs, Stopwatch.GetElapsedTime(taken).TotalMilliseconds, [.. batch.Select(w => Stopwatch.GetElapsedTime(w.QueuedAt, taken).TotalMilliseconds)]));
    }

    private StoreException Translate(Exception e, string operation) => e is NpgsqlException npgsql
        ? PostgreSqlErrors.Translate(npgsql, _name, operation)
        : new StoreException(StoreErrorKind.WriteFailed, $"The {_name} failed at {operation} ({e.Message}); nothing of this batch was acknowledged. Read the session's version to see whether it was recorded, then retry.", e);

    /// <summary>The lane's connection, opened anew when an earlier statement of the batch lost it (its writes are failed already).</summary>
    private async Task<NpgsqlConnection> ReopenedAsync(Lane lane)
    {
        if (lane.Connection is not { FullState: ConnectionState.Open })
        {
            await DropConnectionAsync(lane).ConfigureAwait(false);
            lane.Connection = await _dataSource.OpenConnectionAsync().ConfigureAwait(false);
        }

        return lane.Connection;
    }

    private static async Task DropConnectionAsync(Lane lane)
    {
        if (lane.Connection is { } connection)
        {
            lane.Connection = null;
            await connection.DisposeAsync().ConfigureAwait(false);
        }
    }

    /// <summary>One of the writer's connections and the batch in flight on it.</summary>
    private sealed class Lane
    {
        public NpgsqlConnection? Connection { get; set; }

        public Task Running { get; set; } = Task.CompletedTask;

        /// <summary>The sessions of the batch in flight; null when the lane is free.</summary>
        public List<string>? Sessions { get; set; }
    }
}
