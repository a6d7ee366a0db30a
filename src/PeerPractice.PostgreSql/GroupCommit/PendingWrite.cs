using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;
using PeerPractice.Sessions;

namespace PeerPractice.PostgreSql.GroupCommit;

/// <summary>
/// One session's write waiting for its batch (an append, a creation or a clock): queued, then taken by a batch
/// (or withdrawn by its caller first), then acknowledged with the version its log ends at, or failed.
/// </summary>
internal abstract class PendingWrite(string sessionId, IReadOnlyList<EncodedEvent> events)
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Cancelled = 2;

    private readonly TaskCompletionSource<long> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    public string SessionId { get; } = sessionId;

    public IReadOnlyList<EncodedEvent> Events { get; } = events;

    /// <summary>The version the log ends at once this write is stored.</summary>
    public abstract long Version { get; }

    /// <summary>About what it sends to the server, for the writer's cap on a batch's size.</summary>
    public abstract int Bytes { get; }

    /// <summary>When it was queued (<see cref="Stopwatch"/> ticks), for the writer's timings.</summary>
    public long QueuedAt { get; } = Stopwatch.GetTimestamp();

    public Task<long> Completion => _completion.Task;

    public bool IsCancelled => Volatile.Read(ref _state) == Cancelled;

    /// <summary>The bytes of its events' payloads.</summary>
    protected int EventBytes
    {
        get
        {
            var bytes = 0;
            foreach (var e in Events)
            {
                bytes += e.Payload.Length + 64;
            }

            return bytes;
        }
    }

    /// <summary>A batch takes it; false when its caller withdrew it first.</summary>
    public bool TryTake() => Interlocked.CompareExchange(ref _state, Taken, Queued) == Queued;

    /// <summary>Its caller withdraws it; only while no batch has taken it.</summary>
    public void TryCancel(CancellationToken token)
    {
        if (Interlocked.CompareExchange(ref _state, Cancelled, Queued) == Queued)
        {
            _completion.TrySetCanceled(token);
        }
    }

    public void Succeed() => _completion.TrySetResult(Version);

    public void Fail(Exception error) => _completion.TrySetException(error);
}
