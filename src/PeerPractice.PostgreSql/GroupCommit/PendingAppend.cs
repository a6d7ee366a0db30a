using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using PeerPractice.Sessions;

namespace PeerPractice.PostgreSql.GroupCommit;

/// <summary>One session's append waiting for its batch: queued, then taken by a batch (or withdrawn by its caller first).</summary>
internal sealed class PendingAppend(string sessionId, long expectedVersion, IReadOnlyList<EncodedEvent> events, string closing)
{
    private const int Queued = 0;
    private const int Taken = 1;
    private const int Cancelled = 2;

    private readonly TaskCompletionSource<long> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _state;

    public string SessionId { get; } = sessionId;

    /// <summary>When it was queued (<see cref="System.Diagnostics.Stopwatch"/> ticks), for the writer's timings.</summary>
    public long QueuedAt { get; } = System.Diagnostics.Stopwatch.GetTimestamp();

    public long ExpectedVersion { get; } = expectedVersion;

    public IReadOnlyList<EncodedEvent> Events { get; } = events;

    /// <summary>The version the log ends at once this append is stored.</summary>
    public long Version => ExpectedVersion + Events.Count;

    /// <summary>The status the session moves to ('open' leaves it as it is).</summary>
    public string Closing { get; } = closing;

    public Task<long> Completion => _completion.Task;

    public bool IsCancelled => Volatile.Read(ref _state) == Cancelled;

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
