using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PeerPractice.Matching;

/// <summary>
/// Where matching rounds and their outcomes are kept, so no round repeats a past pair and feedback
/// shapes later rounds. A round (its pairs, trios as their three pairs, its sit-outs and the members
/// it was drawn from) is recorded whole or not at all. Every failure is a <see cref="StoreException"/>
/// after which nothing of the call was written. Implementations are safe to call from several threads.
/// </summary>
public interface IPairingHistoryStore
{
    /// <summary>Records a planned round in one transaction.</summary>
    /// <param name="round">The round, as <see cref="CohortRoundPlanner"/> planned it.</param>
    /// <param name="recordedAt">When it is recorded; its UTC day is the day the pairs count from.</param>
    /// <param name="members">The members it was drawn from, kept so a round can be audited later; may be null.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>The round's number, increasing from 1.</returns>
    /// <exception cref="ArgumentException">The round names the same pair twice.</exception>
    ValueTask<long> RecordRoundAsync(RoundResult round, DateTimeOffset recordedAt, IReadOnlyList<MemberProfile>? members = null, CancellationToken cancellationToken = default);

    /// <summary>Records whether a pair of a round met, with a 1-5 rating and short feedback that later rounds use.</summary>
    /// <param name="roundId">The round.</param>
    /// <param name="memberA">One member of the pair.</param>
    /// <param name="memberB">The other (either order).</param>
    /// <param name="outcome">Met or did not meet.</param>
    /// <param name="rating">1 (poor fit) to 5, or null.</param>
    /// <param name="feedback">A short comment, or null.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>False when that round did not pair those two (nothing written).</returns>
    ValueTask<bool> RecordFeedbackAsync(long roundId, string memberA, string memberB, PairingOutcome outcome, int? rating, string? feedback, CancellationToken cancellationToken = default);

    /// <summary>Every pair of every recorded round, by round, then by member ids.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The pairs.</returns>
    ValueTask<IReadOnlyList<RoundPairing>> ListPairingsAsync(CancellationToken cancellationToken = default);

    /// <summary>The stored history as scoring reads it: pairs with their outcomes, and sit-outs.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>A new history.</returns>
    ValueTask<PairingHistory> LoadHistoryAsync(CancellationToken cancellationToken = default);
}
