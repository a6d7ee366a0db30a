using System;

namespace PeerPractice.Matching;

/// <summary>
/// The score's arithmetic, from counts and facts to points, written once: the explaining scorer,
/// the compact index and the LINQ baseline all call these, so they cannot drift apart.
/// </summary>
internal static class ScoreMath
{
    public const int MinutesPerDay = 1440;

    public static int Role(ScoreWeights w, bool sameFamily, int levelDifference) =>
        !sameFamily ? 0 : levelDifference switch
        {
            0 => w.Role,
            1 => w.Role * 3 / 4,
            2 => w.Role / 4,
            _ => 0,
        };

    public static int Shared(ScoreWeights w, int sharedCount) => w.SharedConcern * Math.Min(sharedCount, w.MaxSharedConcerns);

    public static int Complementarity(ScoreWeights w, int aToB, int bToA) =>
        w.Complementarity * (Math.Min(aToB, w.MaxComplementary) + Math.Min(bToA, w.MaxComplementary));

    public static int Industry(ScoreWeights w, IndustryPreference preference, bool sameIndustry) => preference switch
    {
        IndustryPreference.PreferSame or IndustryPreference.RequireSame => sameIndustry ? w.Industry : 0,
        IndustryPreference.PreferDifferent or IndustryPreference.RequireDifferent => sameIndustry ? 0 : w.Industry,
        _ => 0,
    };

    public static bool IndustryAllowed(IndustryPreference preference, bool sameIndustry) => preference switch
    {
        IndustryPreference.RequireSame => sameIndustry,
        IndustryPreference.RequireDifferent => !sameIndustry,
        _ => true,
    };

    public static int Size(ScoreWeights w, int sizeDifference) => sizeDifference switch
    {
        0 => w.Size,
        1 => w.Size / 2,
        _ => 0,
    };

    public static int PlaceAndTime(ScoreWeights w, MeetingFormats format, bool sameCadence) =>
        format switch
        {
            MeetingFormats.InPerson => w.PlaceAndTime * 3 / 4,
            MeetingFormats.Virtual => w.PlaceAndTime / 2,
            _ => 0,
        } + (sameCadence && format != MeetingFormats.None ? w.PlaceAndTime / 4 : 0);

    public static int History(ScoreWeights w, HistoryStanding standing) => standing switch
    {
        HistoryStanding.New => w.History,
        HistoryStanding.PastGood => w.History / 2,
        _ => 0,
    };

    /// <summary>The best format two members share: in person (same metro) before virtual (enough overlap).</summary>
    public static MeetingFormats BestFormat(MeetingFormats a, MeetingFormats b, bool sameMetro, int overlapMinutes, int minOverlap)
    {
        var common = a & b;
        if ((common & MeetingFormats.InPerson) != 0 && sameMetro)
        {
            return MeetingFormats.InPerson;
        }

        return (common & MeetingFormats.Virtual) != 0 && overlapMinutes >= minOverlap ? MeetingFormats.Virtual : MeetingFormats.None;
    }

    /// <summary>A member's available hours as a start in UTC minutes (0..1439) and a length.</summary>
    public static (int Start, int Length) UtcWindow(int fromHour, int toHour, int utcOffsetMinutes)
    {
        var start = ((fromHour * 60) - utcOffsetMinutes) % MinutesPerDay;
        if (start < 0)
        {
            start += MinutesPerDay;
        }

        return (start, Math.Clamp((toHour - fromHour) * 60, 0, MinutesPerDay));
    }

    /// <summary>Minutes two daily windows share, on the 24-hour circle.</summary>
    public static int Overlap(int startA, int lengthA, int startB, int lengthB)
    {
        var total = 0;
        for (var shift = -MinutesPerDay; shift <= MinutesPerDay; shift += MinutesPerDay)
        {
            var s = Math.Max(startA, startB + shift);
            var e = Math.Min(startA + lengthA, startB + shift + lengthB);
            if (e > s)
            {
                total += e - s;
            }
        }

        return Math.Min(total, Math.Min(lengthA, lengthB));
    }

    /// <summary>
    /// The least and the most points any pair can score under <paramref name="w"/>: each component lies between 0 and
    /// its weight at its cap, so a negative weight (a history weight that favours repeat pairs, say) lowers the least.
    /// Rounds size their level bonus by the difference, so that one relaxation outweighs any gain in scores.
    /// </summary>
    public static (long Min, long Max) Range(ScoreWeights w)
    {
        ReadOnlySpan<long> extremes =
        [
            w.Role, (long)w.SharedConcern * w.MaxSharedConcerns, 2L * w.Complementarity * w.MaxComplementary,
            w.Industry, w.Size, w.PlaceAndTime, w.History,
        ];
        long min = 0, max = 0;
        foreach (var extreme in extremes)
        {
            min += Math.Min(0, extreme);
            max += Math.Max(0, extreme);
        }

        return (min, max);
    }
}
