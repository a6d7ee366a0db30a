using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PeerPractice.Visits;

/// <summary>An <see cref="IVisitStore"/> in memory, for tests and small apps.</summary>
public sealed class InMemoryVisitStore : IVisitStore
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, VisitPlan> _plans = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask<bool> AddVisitAsync(VisitPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_plans.TryAdd(plan.Id, plan));
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> UpdateVisitAsync(VisitPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            if (!_plans.ContainsKey(plan.Id))
            {
                return ValueTask.FromResult(false);
            }

            _plans[plan.Id] = plan;
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<VisitPlan?> GetVisitAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_plans.GetValueOrDefault(id));
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<VisitPlan>> ListVisitsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<VisitPlan>>([.. _plans.Values.OrderBy(p => p.Start).ThenBy(p => p.Id, StringComparer.Ordinal)]);
        }
    }
}
