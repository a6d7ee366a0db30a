using System;
using System.Collections.Generic;
using System.Linq;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// The straightforward way: check and score every profile with <see cref="MatchScorer"/>, sort, take k.
/// The reference for the index's tests and the baseline of its benchmark.
/// </summary>
internal static class LinqTopK
{
    /// <summary>The k best candidates for <paramref name="member"/>, best first, ties by input order.</summary>
    /// <param name="scorer">The scorer (policy and history).</param>
    /// <param name="members">All profiles.</param>
    /// <param name="member">The member's position in <paramref name="members"/>.</param>
    /// <param name="k">How many.</param>
    /// <param name="day">The day rules are evaluated for.</param>
    public static ValueArray<TopMatch> TopK(MatchScorer scorer, IReadOnlyList<MemberProfile> members, int member, int k, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(scorer);
        ArgumentNullException.ThrowIfNull(members);
        var me = members[member];
        return members
            .Select((profile, index) => (profile, index))
            .Where(c => c.index != member
                && scorer.UnavailableReason(c.profile, day) is null
                && (scorer.Check(me, c.profile, day) & ~HardRules.Unavailable) == HardRules.None)
            .Select(c => new TopMatch(c.index, c.profile.Id, scorer.Score(me, c.profile)))
            .OrderByDescending(m => m.Score)
            .ThenBy(m => m.Index)
            .Take(k)
            .ToValueArray();
    }
}
