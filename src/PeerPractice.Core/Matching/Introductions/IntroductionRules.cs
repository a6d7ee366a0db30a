using System;
using System.Collections.Generic;
using System.Linq;

namespace PeerPractice.Matching;

/// <summary>What every engine does the same way with introductions: checks, answers, and the history they feed.</summary>
public static class IntroductionRules
{
    /// <summary>Checks a new introduction: an id, two different members, an expiry after its creation.</summary>
    /// <param name="introduction">The introduction.</param>
    /// <exception cref="ArgumentException">It breaks one of those rules.</exception>
    public static void CheckNew(Introduction introduction)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        if (string.IsNullOrWhiteSpace(introduction.Id))
        {
            throw new ArgumentException("An introduction needs an id.", nameof(introduction));
        }

        if (string.IsNullOrWhiteSpace(introduction.MemberA) || string.IsNullOrWhiteSpace(introduction.MemberB)
            || string.Equals(introduction.MemberA, introduction.MemberB, StringComparison.Ordinal))
        {
            throw new ArgumentException($"An introduction needs two different members; '{introduction.Id}' names '{introduction.MemberA}' and '{introduction.MemberB}'.", nameof(introduction));
        }

        if (introduction.ExpiresAt <= introduction.CreatedAt)
        {
            throw new ArgumentException($"Introduction '{introduction.Id}' expires before it is made.", nameof(introduction));
        }
    }

    /// <summary>The introduction with <paramref name="memberId"/>'s answer, or null when that side already answered.</summary>
    /// <param name="introduction">The stored introduction.</param>
    /// <param name="memberId">One of the two.</param>
    /// <param name="answer">The answer.</param>
    /// <returns>The answered introduction, or null (nothing to write).</returns>
    /// <exception cref="ArgumentException"><paramref name="memberId"/> is not one of the two.</exception>
    public static Introduction? WithAnswer(Introduction introduction, string memberId, IntroductionAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        ArgumentNullException.ThrowIfNull(memberId);
        if (!introduction.Includes(memberId))
        {
            throw new ArgumentException($"'{memberId}' is not part of introduction '{introduction.Id}'.", nameof(memberId));
        }

        if (introduction.AnswerOf(memberId) is not null)
        {
            return null;
        }

        return string.Equals(introduction.MemberA, memberId, StringComparison.Ordinal)
            ? introduction with { AnswerOfA = answer }
            : introduction with { AnswerOfB = answer };
    }

    /// <summary>One <see cref="PairingOutcome.Declined"/> record per declined introduction, ids in ordinal order, oldest first.</summary>
    /// <param name="introductions">The stored introductions.</param>
    /// <returns>The records pairing history adds.</returns>
    public static IEnumerable<PairingRecord> DeclinedPairs(IEnumerable<Introduction> introductions)
    {
        ArgumentNullException.ThrowIfNull(introductions);
        return introductions
            .Where(i => i.DeclinedAt is not null)
            .OrderBy(i => i.DeclinedAt)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .Select(i =>
            {
                var (a, b) = RoundRecording.Ordered(i.MemberA, i.MemberB);
                return new PairingRecord(a, b, RoundRecording.Day(i.DeclinedAt!.Value), PairingOutcome.Declined);
            });
    }

    /// <summary>The refusal of a taken id.</summary>
    /// <param name="introductionId">The id.</param>
    /// <returns>The exception to throw.</returns>
    public static StoreException AlreadyExists(string introductionId) =>
        new(StoreErrorKind.AlreadyExists, $"Introduction '{introductionId}' already exists. Choose another id.");

    /// <summary>The refusal of an unknown id.</summary>
    /// <param name="introductionId">The id.</param>
    /// <returns>The exception to throw.</returns>
    public static StoreException NotFound(string introductionId) =>
        new(StoreErrorKind.NotFound, $"No introduction '{introductionId}'. List them with 'intro list'.");
}
