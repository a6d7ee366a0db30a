using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace PeerPractice.Matching;

/// <summary>
/// Where introductions and their answers are kept. An engine implements it on the same object as its
/// <see cref="IPairingHistoryStore"/>, because a declined introduction is pairing history: its
/// <see cref="IPairingHistoryStore.LoadHistoryAsync"/> returns one <see cref="PairingOutcome.Declined"/>
/// record per declined introduction (dated the day of the first decline), so every suggestion path
/// (rounds, top peers, tables, visit targets) leaves the pair out through the one member-control check.
/// Every failure is a <see cref="StoreException"/> after which nothing of the call was written.
/// </summary>
public interface IIntroductionStore
{
    /// <summary>Stores a new introduction (its answers, if any, are ignored).</summary>
    /// <param name="introduction">The introduction.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>A task that completes once it is durable.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorKind.AlreadyExists"/> when the id is taken.</exception>
    ValueTask CreateIntroductionAsync(Introduction introduction, CancellationToken cancellationToken = default);

    /// <summary>Records one side's answer if, and only if, that side has not answered yet.</summary>
    /// <param name="introductionId">The introduction.</param>
    /// <param name="memberId">One of its two members.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>False when that side had already answered (nothing written).</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorKind.NotFound"/> for an unknown introduction.</exception>
    /// <exception cref="ArgumentException"><paramref name="memberId"/> is not one of the two.</exception>
    ValueTask<bool> AnswerIntroductionAsync(string introductionId, string memberId, IntroductionAnswer answer, CancellationToken cancellationToken = default);

    /// <summary>Finds one introduction.</summary>
    /// <param name="introductionId">Its id.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The introduction, or null.</returns>
    ValueTask<Introduction?> FindIntroductionAsync(string introductionId, CancellationToken cancellationToken = default);

    /// <summary>Lists introductions, oldest first (then by id).</summary>
    /// <param name="memberId">Only those of this member; null for all.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The introductions.</returns>
    ValueTask<IReadOnlyList<Introduction>> ListIntroductionsAsync(string? memberId = null, CancellationToken cancellationToken = default);
}
