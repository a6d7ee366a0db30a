using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PeerPractice.Breakfasts;

/// <summary>An <see cref="IBreakfastStore"/> in memory, for tests and small apps.</summary>
public sealed class InMemoryBreakfastStore : IBreakfastStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, BreakfastEvent> _events = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<bool> AddBreakfastAsync(BreakfastEvent breakfast, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(breakfast);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_events.TryAdd(breakfast.Id, breakfast));
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> UpdateBreakfastAsync(BreakfastEvent breakfast, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(breakfast);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_events.ContainsKey(breakfast.Id))
            {
                return ValueTask.FromResult(false);
            }

            _events[breakfast.Id] = breakfast;
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<BreakfastEvent?> GetBreakfastAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_events.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<BreakfastEvent>> ListBreakfastsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<BreakfastEvent>>([.. _events.Values.OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal)]);
        }
    }
}
