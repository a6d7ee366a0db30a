using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PeerPractice.Visits;

/// <summary>
/// Where site visits are kept, each plan whole with its debrief, follow-up and return-visit link
/// (a plan is small). Every failure is a <see cref="StoreException"/> after which nothing of the call
/// was written. Implementations are safe to call from several threads.
/// </summary>
public interface IVisitStore
{
    /// <summary>Adds a new visit.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>False when a visit with its id exists (nothing written).</returns>
    ValueTask<bool> AddVisitAsync(VisitPlan plan, CancellationToken cancellationToken = default);

    /// <summary>Replaces a visit with its new state.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>False when no visit has its id (nothing written).</returns>
    ValueTask<bool> UpdateVisitAsync(VisitPlan plan, CancellationToken cancellationToken = default);

    /// <summary>The visit with <paramref name="id"/>, or null.</summary>
    /// <param name="id">The visit's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<VisitPlan?> GetVisitAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every visit, by start, then id.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<IReadOnlyList<VisitPlan>> ListVisitsAsync(CancellationToken cancellationToken = default);
}
