using System;
using System.Numerics;
using System.Runtime.CompilerServices;

namespace PeerPractice.Matching;

/// <summary>Queries over the index: one pair's rules and score.</summary>
public sealed partial class ProfileIndex
{
    /// <summary>The hard rules that forbid pairing members <paramref name="i"/> and <paramref name="j"/> on <paramref name="day"/>.</summary>
    /// <param name="i">One member's index.</param>
    /// <param name="j">The other member's index.</param>
    /// <param name="day">The round's day.</param>
    public HardRules Check(int i, int j, DateOnly day)
    {
        // The member controls (organization, do-not-pair, availability, history) are the shared check
        // every suggestion path applies; the policy's pair rules follow.
        var rules = Controls(i, j, day.DayNumber, SuggestionKind.Pairing);
        if (Compete(i, j))
        {
            rules |= HardRules.Competitor;
        }

        if ((_languages[i] & _languages[j]) == 0)
        {
            rules |= HardRules.NoCommonLanguage;
        }

        if (Format(i, j) == MeetingFormats.None)
        {
            rules |= HardRules.NoCommonFormat;
        }

        if (!ScoreMath.IndustryAllowed(Policy.Industry, _industry[i] == _industry[j]))
        {
            rules |= HardRules.Industry;
        }

        return rules;
    }

    /// <summary>Whether the organizations of <paramref name="i"/> and <paramref name="j"/> are declared competitors.</summary>
    internal bool Compete(int i, int j) => Array.IndexOf(_competitorOrganizations[_organization[i]], _organization[j]) >= 0;

    /// <summary>Whether member <paramref name="i"/> can take a new peer on <paramref name="day"/> (not opted out, snoozed or at the cap).</summary>
    /// <param name="i">A member's index.</param>
    /// <param name="day">The round's day.</param>
    public bool IsAvailable(int i, DateOnly day) => IsAvailable(i, day.DayNumber, MemberTraits.Unavailable);

    /// <summary>The pair's score, equal to <see cref="MatchScorer.Score"/>; symmetric.</summary>
    /// <param name="i">One member's index.</param>
    /// <param name="j">The other member's index.</param>
    public int Score(int i, int j)
    {
        var standing = TryGetFact(i, j, out var fact) ? fact.Standing : HistoryStanding.New;
        return BaseScore(i, j, Format(i, j)) + TopicScore(i, j) + ScoreMath.History(Policy.Weights, standing);
    }

    /// <summary>
    /// Background similarity for group tables: role, size, same industry and shared concerns, plus
    /// complementarity (someone at the table has done well what another struggles with).
    /// </summary>
    internal int TableAffinity(int i, int j)
    {
        var w = Policy.Weights;
        uint ti = _traits[i], tj = _traits[j];
        return ScoreMath.Role(w, MemberTraits.Family(ti) == MemberTraits.Family(tj), Math.Abs(MemberTraits.Level(ti) - MemberTraits.Level(tj)))
            + ScoreMath.Size(w, Math.Abs(MemberTraits.Size(ti) - MemberTraits.Size(tj)))
            + (_industry[i] == _industry[j] ? w.Industry : 0)
            + TopicScore(i, j);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private MeetingFormats Format(int i, int j)
    {
        var common = MemberTraits.Formats(_traits[i]) & MemberTraits.Formats(_traits[j]);
        var sameMetro = _metro[i] >= 0 && _metro[i] == _metro[j];
        if ((common & (int)MeetingFormats.InPerson) != 0 && sameMetro)
        {
            return MeetingFormats.InPerson;
        }

        if ((common & (int)MeetingFormats.Virtual) == 0)
        {
            return MeetingFormats.None;
        }

        var overlap = ScoreMath.Overlap(_windowStart[i], _windowLength[i], _windowStart[j], _windowLength[j]);
        return overlap >= Policy.MinVirtualOverlapMinutes ? MeetingFormats.Virtual : MeetingFormats.None;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int BaseScore(int i, int j, MeetingFormats format)
    {
        var w = Policy.Weights;
        uint ti = _traits[i], tj = _traits[j];
        return ScoreMath.Role(w, MemberTraits.Family(ti) == MemberTraits.Family(tj), Math.Abs(MemberTraits.Level(ti) - MemberTraits.Level(tj)))
            + ScoreMath.Industry(w, Policy.Industry, _industry[i] == _industry[j])
            + ScoreMath.Size(w, Math.Abs(MemberTraits.Size(ti) - MemberTraits.Size(tj)))
            + ScoreMath.PlaceAndTime(w, format, MemberTraits.Cadence(ti) == MemberTraits.Cadence(tj));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int TopicScore(int i, int j)
    {
        var w = Policy.Weights;
        return ScoreMath.Shared(w, BitOperations.PopCount(_concerns[i] & _concerns[j]))
            + ScoreMath.Complementarity(w, BitOperations.PopCount(_concerns[i] & _strengths[j]), BitOperations.PopCount(_concerns[j] & _strengths[i]));
    }

    private HardRules HistoryRules(int i, int j, PairFact fact, int dayNumber)
    {
        var rules = fact.Rules;
        if (fact.LastPeersDayNumber != int.MinValue)
        {
            if (fact.LastPeersDayNumber + Policy.CoolDownDays > dayNumber)
            {
                rules |= HardRules.CoolDown;
            }

            if (((_traits[i] | _traits[j]) & MemberTraits.MeetsEveryoneFirst) != 0)
            {
                rules |= HardRules.MeetEveryoneFirst;
            }
        }

        return rules;
    }

    private bool TryGetFact(int i, int j, out PairFact fact)
    {
        if (_pairFacts.TryGetValue(i, out var facts))
        {
            var lo = 0;
            var hi = facts.Length - 1;
            while (lo <= hi)
            {
                var mid = (lo + hi) >>> 1;
                var other = facts[mid].Other;
                if (other == j)
                {
                    fact = facts[mid];
                    return true;
                }

                if (other < j)
                {
                    lo = mid + 1;
                }
                else
                {
                    hi = mid - 1;
                }
            }
        }

        fact = default;
        return false;
    }
}
