using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PeerPractice.Breakfasts;

/// <summary>
/// Where breakfast events are kept, each whole (an event is small). Every failure is a
/// <see cref="StoreException"/> after which nothing of the call was written. Implementations are
/// safe to call from several threads.
/// </summary>
public interface IBreakfastStore
{
    /// <summary>Adds a new event.</summary>
    /// <param name="breakfast">The event.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>False when an event with its id exists (nothing written).</returns>
    ValueTask<bool> AddBreakfastAsync(BreakfastEvent breakfast, CancellationToken cancellationToken = default);

    /// <summary>Replaces an event with its new state.</summary>
    /// <param name="breakfast">The event.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>False when no event has its id (nothing written).</returns>
    ValueTask<bool> UpdateBreakfastAsync(BreakfastEvent breakfast, CancellationToken cancellationToken = default);

    /// <summary>The event with <paramref name="id"/>, or null.</summary>
    /// <param name="id">The event's id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<BreakfastEvent?> GetBreakfastAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Every event, by start, then id.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    ValueTask<IReadOnlyList<BreakfastEvent>> ListBreakfastsAsync(CancellationToken cancellationToken = default);
}
