using System;

namespace PeerPractice.Matching;

/// <summary>What the history says about one pair on one day: the rules it trips and the history standing.</summary>
internal static class PairHistoryFacts
{
    public static (HardRules Rules, HistoryStanding Standing) Evaluate(
        PairingHistory history, MatchingPolicy policy, string a, string b, bool eitherMeetsEveryoneFirst, DateOnly day)
    {
        var records = history.Between(a, b);
        var rules = HardRules.None;
        PairingRecord? last = null;
        foreach (var record in records)
        {
            if (record.IsPoorFit)
            {
                rules |= HardRules.PoorFit;
            }

            // A declined introduction is a do-not-pair entry the member gave through the introduction.
            if (record.Outcome == PairingOutcome.Declined)
            {
                rules |= HardRules.PrivateExclusion;
            }

            if (record.CountsAsPeers && (last is null || record.PairedOn >= last.PairedOn))
            {
                last = record;
            }
        }

        if (last is null)
        {
            return (rules, HistoryStanding.New);
        }

        if (last.PairedOn.AddDays(policy.CoolDownDays) > day)
        {
            rules |= HardRules.CoolDown;
        }

        if (eitherMeetsEveryoneFirst)
        {
            rules |= HardRules.MeetEveryoneFirst;
        }

        var standing = last.Outcome == PairingOutcome.Met && last.Rating is >= 4 ? HistoryStanding.PastGood : HistoryStanding.Repeat;
        return (rules, standing);
    }
}
