using System;
using System.Linq;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// A round's outcome. Every input member appears exactly once: in a match or among the unmatched
/// (nobody is dropped silently); notes tell members about trios, sit-outs and relaxed rules.
/// </summary>
/// <param name="Day">The round's day.</param>
/// <param name="Seed">The seed used; the same inputs and seed give the same result.</param>
/// <param name="Matches">Pairs and trios, in a stable order.</param>
/// <param name="Unmatched">Members without a peer this round, with reasons.</param>
/// <param name="Notes">Messages for members.</param>
/// <param name="TotalScore">The sum of the matches' scores.</param>
public sealed record RoundResult(DateOnly Day, int Seed, ValueArray<RoundMatch> Matches, ValueArray<UnmatchedMember> Unmatched, ValueArray<RoundNote> Notes, long TotalScore)
{
    /// <summary>How the pairing was solved and why it is optimal (or its proven gap); null for a round built by hand.</summary>
    public RoundCertificate? Optimality { get; init; }

    /// <summary>Adds the round to <paramref name="history"/>: one scheduled record per pair in each match, and the sit-outs.</summary>
    /// <param name="history">The history to extend.</param>
    /// <param name="ongoing">Whether the new pairs count against the cap on concurrent peers.</param>
    public void RecordInto(PairingHistory history, bool ongoing = false)
    {
        ArgumentNullException.ThrowIfNull(history);
        foreach (var match in Matches)
        {
            for (var a = 0; a < match.MemberIds.Count; a++)
            {
                for (var b = a + 1; b < match.MemberIds.Count; b++)
                {
                    history.Add(new PairingRecord(match.MemberIds[a], match.MemberIds[b], Day, Ongoing: ongoing));
                }
            }
        }

        foreach (var sat in Unmatched.Where(u => u.Reason == UnmatchedReason.SatOut))
        {
            history.Add(new SitOutRecord(sat.MemberId, Day));
        }
    }
}
