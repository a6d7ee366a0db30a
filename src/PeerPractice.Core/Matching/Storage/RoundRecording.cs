using System;
using System.Collections.Generic;
using System.Linq;

namespace PeerPractice.Matching;

/// <summary>What every engine stores of a round: the same pairs and sit-outs, checked the same way.</summary>
public static class RoundRecording
{
    /// <summary>Every pair of the round's matches (a trio gives three), ids in ordinal order.</summary>
    /// <param name="round">The round.</param>
    /// <returns>The pairs, in match order.</returns>
    /// <exception cref="ArgumentException">The round names the same pair twice.</exception>
    public static IReadOnlyList<(string MemberA, string MemberB)> Pairs(RoundResult round)
    {
        ArgumentNullException.ThrowIfNull(round);
        var pairs = new List<(string, string)>();
        var seen = new HashSet<(string, string)>();
        foreach (var match in round.Matches)
        {
            for (var a = 0; a < match.MemberIds.Count; a++)
            {
                for (var b = a + 1; b < match.MemberIds.Count; b++)
                {
                    var pair = Ordered(match.MemberIds[a], match.MemberIds[b]);
                    if (!seen.Add(pair))
                    {
                        throw new ArgumentException($"The round pairs {pair.Item1} with {pair.Item2} twice; nothing was recorded.", nameof(round));
                    }

                    pairs.Add(pair);
                }
            }
        }

        return pairs;
    }

    /// <summary>The members who sat out.</summary>
    /// <param name="round">The round.</param>
    /// <returns>Their ids.</returns>
    public static IReadOnlyList<string> SitOuts(RoundResult round)
    {
        ArgumentNullException.ThrowIfNull(round);
        return [.. round.Unmatched.Where(u => u.Reason == UnmatchedReason.SatOut).Select(u => u.MemberId)];
    }

    /// <summary>The day recorded pairs count from.</summary>
    /// <param name="recordedAt">When the round was recorded.</param>
    /// <returns>Its UTC day.</returns>
    public static DateOnly Day(DateTimeOffset recordedAt) => DateOnly.FromDateTime(recordedAt.UtcDateTime);

    /// <summary>A pair's ids in ordinal order, the form stores key pairs by.</summary>
    /// <param name="a">One id.</param>
    /// <param name="b">The other.</param>
    /// <returns>The two, smaller first.</returns>
    public static (string MemberA, string MemberB) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);

    /// <summary>Checks a feedback rating.</summary>
    /// <param name="rating">The rating.</param>
    /// <exception cref="ArgumentOutOfRangeException">Outside 1-5.</exception>
    public static void CheckRating(int? rating)
    {
        if (rating is < 1 or > 5)
        {
            throw new ArgumentOutOfRangeException(nameof(rating), rating, "A rating is 1 (poor fit) to 5.");
        }
    }
}
