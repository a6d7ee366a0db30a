using System;
using System.Numerics;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>Exact top-k for one member: one tight pass over the dense arrays.</summary>
public sealed partial class ProfileIndex
{
    /// <summary>
    /// The <paramref name="k"/> best candidates for member <paramref name="member"/> among everyone the
    /// hard rules allow on <paramref name="day"/>, best first (ties: lower index first). Exact: the same
    /// as scoring every member and sorting, which the tests check. Candidates' availability counts;
    /// the member's own does not (an organiser may look ahead for a snoozed member).
    /// </summary>
    /// <param name="member">The member's index.</param>
    /// <param name="k">How many to return (fewer when fewer are allowed).</param>
    /// <param name="day">The day rules are evaluated for.</param>
    public ValueArray<TopMatch> TopK(int member, int k, DateOnly day)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(member);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(member, Count);
        ArgumentOutOfRangeException.ThrowIfNegative(k);
        if (k == 0)
        {
            return [];
        }

        var heap = Code.IsVectorized ? ScanVector(member, k, day.DayNumber) : Scan(member, k, day.DayNumber);
        var ranked = heap.Drain();
        var result = new TopMatch[ranked.Length];
        for (var i = 0; i < ranked.Length; i++)
        {
            result[i] = new TopMatch(ranked[i].Index, _members[ranked[i].Index].Id, ranked[i].Score);
        }

        return ValueArray<TopMatch>.UnsafeWrap(result); // a fresh array nobody else holds
    }

    /// <summary>The scalar scan: the reference the vector scan is tested against, and its fallback.</summary>
    internal TopKHeap Scan(int q, int k, int dayNumber)
    {
        var w = Policy.Weights;
        var preference = Policy.Industry;
        var minOverlap = Policy.MinVirtualOverlapMinutes;

        // Points tables, filled from ScoreMath so that the arithmetic has one source.
        Span<int> rolePoints = stackalloc int[16];
        Span<int> sizePoints = stackalloc int[16];
        Span<int> placePoints = stackalloc int[8];
        Span<int> sharedPoints = stackalloc int[65];
        Span<int> complementPoints = stackalloc int[65];
        for (var d = 0; d < 16; d++)
        {
            rolePoints[d] = ScoreMath.Role(w, true, d);
            sizePoints[d] = ScoreMath.Size(w, d);
        }

        for (var c = 0; c <= 64; c++)
        {
            sharedPoints[c] = ScoreMath.Shared(w, c);
            complementPoints[c] = ScoreMath.Complementarity(w, c, 0);
        }

        foreach (var format in (ReadOnlySpan<MeetingFormats>)[MeetingFormats.InPerson, MeetingFormats.Virtual])
        {
            placePoints[((int)format * 2) + 1] = ScoreMath.PlaceAndTime(w, format, true);
            placePoints[(int)format * 2] = ScoreMath.PlaceAndTime(w, format, false);
        }

        int sameIndustryPoints = ScoreMath.Industry(w, preference, true), otherIndustryPoints = ScoreMath.Industry(w, preference, false);
        bool sameIndustryAllowed = ScoreMath.IndustryAllowed(preference, true), otherIndustryAllowed = ScoreMath.IndustryAllowed(preference, false);
        var historyNew = ScoreMath.History(w, HistoryStanding.New);

        var organization = _organization.AsSpan();
        var languages = _languages.AsSpan();
        var traits = _traits.AsSpan();
        var industry = _industry.AsSpan();
        var metro = _metro.AsSpan();
        var windowStart = _windowStart.AsSpan();
        var windowLength = _windowLength.AsSpan();
        var concerns = _concerns.AsSpan();
        var strengths = _strengths.AsSpan();

        var qOrg = organization[q];
        var qLanguages = languages[q];
        var qTraits = traits[q];
        int qFamily = MemberTraits.Family(qTraits), qLevel = MemberTraits.Level(qTraits), qSize = MemberTraits.Size(qTraits);
        int qFormats = MemberTraits.Formats(qTraits), qCadence = MemberTraits.Cadence(qTraits);
        var qIndustry = industry[q];
        var qMetro = metro[q];
        int qStart = windowStart[q], qLength = windowLength[q];
        ulong qConcerns = concerns[q], qStrengths = strengths[q];
        var qCompetitors = _competitorOrganizations[qOrg];
        var controls = ControlRow(q, dayNumber, SuggestionKind.Pairing);

        // Upper bound on the topic points for this member: shared concerns and "their strength meets my
        // concern" cannot exceed my number of concerns; "my strength meets their concern" at most the cap.
        // A candidate whose bound cannot beat the current k-th is skipped: exact, because candidates come
        // in increasing index order and an equal score never displaces an earlier index.
        var qConcernCount = BitOperations.PopCount(qConcerns);
        var topicBound = sharedPoints[qConcernCount] + complementPoints[qConcernCount] + complementPoints[64];

        var heap = new TopKHeap(k);
        for (var j = 0; j < organization.Length; j++)
        {
            var t = traits[j];
            if (j == q || (languages[j] & qLanguages) == 0)
            {
                continue;
            }

            // The shared check every suggestion path applies (organization, do-not-pair, availability, history).
            if (controls.Check(j, out var fact) != HardRules.None)
            {
                continue;
            }

            var history = fact.Standing == HistoryStanding.New ? historyNew : ScoreMath.History(w, fact.Standing);

            var sameIndustry = industry[j] == qIndustry;
            if (!(sameIndustry ? sameIndustryAllowed : otherIndustryAllowed)
                || (qCompetitors.Length > 0 && Array.IndexOf(qCompetitors, organization[j]) >= 0))
            {
                continue;
            }

            var common = qFormats & MemberTraits.Formats(t);
            int format;
            if ((common & (int)MeetingFormats.InPerson) != 0 && qMetro >= 0 && metro[j] == qMetro)
            {
                format = (int)MeetingFormats.InPerson;
            }
            else if ((common & (int)MeetingFormats.Virtual) != 0 && ScoreMath.Overlap(qStart, qLength, windowStart[j], windowLength[j]) >= minOverlap)
            {
                format = (int)MeetingFormats.Virtual;
            }
            else
            {
                continue;
            }

            var score = (MemberTraits.Family(t) == qFamily ? rolePoints[Math.Abs(MemberTraits.Level(t) - qLevel)] : 0)
                + sizePoints[Math.Abs(MemberTraits.Size(t) - qSize)]
                + (sameIndustry ? sameIndustryPoints : otherIndustryPoints)
                + placePoints[(format * 2) + (MemberTraits.Cadence(t) == qCadence ? 1 : 0)]
                + history;
            if (heap.IsFull && score + topicBound <= heap.WorstScore)
            {
                continue;
            }

            ulong c = concerns[j], s = strengths[j];
            score += sharedPoints[BitOperations.PopCount(qConcerns & c)]
                + complementPoints[BitOperations.PopCount(qConcerns & s)]
                + complementPoints[BitOperations.PopCount(c & qStrengths)];
            heap.Offer(score, j);
        }

        return heap;
    }
}
