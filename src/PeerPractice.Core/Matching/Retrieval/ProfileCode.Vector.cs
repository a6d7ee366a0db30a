using System;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace PeerPractice.Matching;

/// <summary>
/// Eight members at a time (AVX2): the same rules and score as <see cref="ProfileCode.Lane"/>, lane by lane,
/// in integer arithmetic with the same operations (the tests compare every lane with the scalar reference).
/// </summary>
internal sealed partial class ProfileCode
{
    /// <summary>Whether this machine runs the vector kernel.</summary>
    public static bool VectorSupported => Avx2.IsSupported;

    /// <summary>Member <paramref name="q"/>'s side of a scan, broadcast once.</summary>
    public Query QueryOf(int q, int dayNumber)
    {
        var w = Policy.Weights;
        var t = _traits[q];
        var qMetro = _industryMetro[q] >>> 16;
        return new Query
        {
            Organization = Vector256.Create(_organization[q]),
            Industry = Vector256.Create(_industryMetro[q] & 0xFFFF),
            Metro = Vector256.Create(qMetro),
            HasMetro = qMetro != 0 ? Vector256<int>.AllBitsSet : Vector256<int>.Zero,
            Family = Vector256.Create(t & TraitsFamilyMask),
            Level = Vector256.Create((t >> MemberTraits.LevelShift) & 0xF),
            Size = Vector256.Create((t >> MemberTraits.SizeShift) & 0xF),
            Formats = Vector256.Create((t >> MemberTraits.FormatsShift) & 0x3),
            Cadence = Vector256.Create((t >> MemberTraits.CadenceShift) & 0x3),
            WindowStart = Vector256.Create(_window[q] & 0xFFFF),
            WindowLength = Vector256.Create(_window[q] >>> 16),
            ConcernsLo = Vector256.Create(_concernsLo[q]),
            ConcernsHi = Vector256.Create(_concernsHi[q]),
            StrengthsLo = Vector256.Create(_strengthsLo[q]),
            StrengthsHi = Vector256.Create(_strengthsHi[q]),
            LanguagesLo = Vector256.Create(_languagesLo[q]),
            LanguagesHi = Vector256.Create(_languagesHi[q]),
            Day = Vector256.Create(dayNumber),
            MinOverlap = Vector256.Create(Policy.MinVirtualOverlapMinutes),
            RoleTable = Vector256.Create(_rolePoints.AsSpan(0, 8)),
            SizeTable = Vector256.Create(_sizePoints.AsSpan(0, 8)),
            PlaceTable = Vector256.Create(_placePoints.AsSpan(0, 8)),
            SameIndustryPoints = Vector256.Create(SameIndustryPoints),
            OtherIndustryPoints = Vector256.Create(OtherIndustryPoints),
            SameIndustryRule = Vector256.Create(SameIndustryAllowed ? 0 : (int)HardRules.Industry),
            OtherIndustryRule = Vector256.Create(OtherIndustryAllowed ? 0 : (int)HardRules.Industry),
            SharedWeight = Vector256.Create(w.SharedConcern),
            SharedCap = Vector256.Create(w.MaxSharedConcerns),
            ComplementWeight = Vector256.Create(w.Complementarity),
            ComplementCap = Vector256.Create(w.MaxComplementary),
            Constant = Vector256.Create(HistoryNewPoints),
        };
    }

    /// <summary>Rules and scores of the query against members <paramref name="j0"/> .. <paramref name="j0"/> + 7.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Block(in Query q, int j0, out Vector256<int> score, out Vector256<int> rules)
    {
        var organization = Load(_organization, j0);
        var industryMetro = Load(_industryMetro, j0);
        var traits = Load(_traits, j0);
        var window = Load(_window, j0);
        var snoozed = Load(_snoozedUntil, j0);
        Vector256<int> concerns = Load(_concernsLo, j0), strengths = Load(_strengthsLo, j0), languages = Load(_languagesLo, j0);
        var fifteen = Vector256.Create(0xF);
        var one = Vector256<int>.One;
        var two = Vector256.Create(2);

        // Rules.
        var rule = Vector256.Equals(organization, q.Organization) & Vector256.Create((int)HardRules.SameOrganization);
        var unavailable = ~Vector256.Equals(traits & Vector256.Create((int)MemberTraits.Unavailable), Vector256<int>.Zero)
            | Vector256.GreaterThanOrEqual(snoozed, q.Day);
        rule |= unavailable & Vector256.Create((int)HardRules.Unavailable);
        var commonLanguages = languages & q.LanguagesLo;
        if (HasHighWords)
        {
            commonLanguages |= Load(_languagesHi, j0) & q.LanguagesHi;
        }

        rule |= Vector256.Equals(commonLanguages, Vector256<int>.Zero) & Vector256.Create((int)HardRules.NoCommonLanguage);
        var sameIndustry = Vector256.Equals(industryMetro & Vector256.Create(0xFFFF), q.Industry);
        rule |= Vector256.ConditionalSelect(sameIndustry, q.SameIndustryRule, q.OtherIndustryRule);

        // Format: in person in the same metro, else virtual with enough shared hours.
        var sameMetro = Vector256.Equals(Vector256.ShiftRightLogical(industryMetro, 16), q.Metro) & q.HasMetro;
        var common = Vector256.ShiftRightArithmetic(traits, MemberTraits.FormatsShift) & q.Formats;
        var inPerson = Vector256.Equals(common & one, one) & sameMetro;
        var start = window & Vector256.Create(0xFFFF);
        var length = Vector256.ShiftRightLogical(window, 16);
        var qEnd = q.WindowStart + q.WindowLength;
        var total = Vector256<int>.Zero;
        for (var shift = -ScoreMath.MinutesPerDay; shift <= ScoreMath.MinutesPerDay; shift += ScoreMath.MinutesPerDay)
        {
            var s = start + Vector256.Create(shift);
            var overlapStart = Vector256.Max(q.WindowStart, s);
            var overlapEnd = Vector256.Min(qEnd, s + length);
            total += Vector256.Max(overlapEnd - overlapStart, Vector256<int>.Zero);
        }

        var overlap = Vector256.Min(total, Vector256.Min(q.WindowLength, length));
        var isVirtual = Vector256.AndNot(Vector256.Equals(common & two, two) & Vector256.GreaterThanOrEqual(overlap, q.MinOverlap), inPerson);
        var format = (inPerson & one) | (isVirtual & two);
        rule |= Vector256.Equals(format, Vector256<int>.Zero) & Vector256.Create((int)HardRules.NoCommonFormat);
        rules = rule;

        // Points.
        var sameFamily = Vector256.Equals(traits & fifteen, q.Family);
        var levelDifference = Vector256.Min(Vector256.Abs((Vector256.ShiftRightArithmetic(traits, MemberTraits.LevelShift) & fifteen) - q.Level), Vector256.Create(7));
        var sizeDifference = Vector256.Min(Vector256.Abs((Vector256.ShiftRightArithmetic(traits, MemberTraits.SizeShift) & fifteen) - q.Size), Vector256.Create(7));
        var sameCadence = Vector256.Equals(Vector256.ShiftRightArithmetic(traits, MemberTraits.CadenceShift) & Vector256.Create(3), q.Cadence);
        var points = (Avx2.PermuteVar8x32(q.RoleTable, levelDifference) & sameFamily)
            + Avx2.PermuteVar8x32(q.SizeTable, sizeDifference)
            + Vector256.ConditionalSelect(sameIndustry, q.SameIndustryPoints, q.OtherIndustryPoints)
            + Avx2.PermuteVar8x32(q.PlaceTable, (format * two) + (sameCadence & one));

        Vector256<byte> sharedBytes, theyHelpBytes, youHelpBytes;
        sharedBytes = ByteCounts(concerns & q.ConcernsLo);
        theyHelpBytes = ByteCounts(strengths & q.ConcernsLo);
        youHelpBytes = ByteCounts(concerns & q.StrengthsLo);
        if (HasHighWords)
        {
            var concernsHi = Load(_concernsHi, j0);
            var strengthsHi = Load(_strengthsHi, j0);
            sharedBytes += ByteCounts(concernsHi & q.ConcernsHi);
            theyHelpBytes += ByteCounts(strengthsHi & q.ConcernsHi);
            youHelpBytes += ByteCounts(concernsHi & q.StrengthsHi);
        }

        points += q.SharedWeight * Vector256.Min(SumBytes(sharedBytes), q.SharedCap);
        points += q.ComplementWeight * (Vector256.Min(SumBytes(theyHelpBytes), q.ComplementCap) + Vector256.Min(SumBytes(youHelpBytes), q.ComplementCap));
        score = points + q.Constant;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> Load(int[] array, int start) =>
        Vector256.LoadUnsafe(ref MemoryMarshal.GetArrayDataReference(array), (nuint)start);

    /// <summary>Set bits per byte (nibble table lookup).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<byte> ByteCounts(Vector256<int> value)
    {
        var table = Vector256.Create((byte)0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4, 0, 1, 1, 2, 1, 2, 2, 3, 1, 2, 2, 3, 2, 3, 3, 4);
        var nibble = Vector256.Create((byte)0x0F);
        var bytes = value.AsByte();
        var low = bytes & nibble;
        var high = Vector256.ShiftRightLogical(value.AsUInt16(), 4).AsByte() & nibble;
        return Avx2.Shuffle(table, low) + Avx2.Shuffle(table, high);
    }

    /// <summary>Adds the four byte counts of each 32-bit lane.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<int> SumBytes(Vector256<byte> counts)
    {
        var pairs = Avx2.MultiplyAddAdjacent(counts, Vector256.Create((sbyte)1));
        return Avx2.MultiplyAddAdjacent(pairs, Vector256.Create((short)1));
    }

    /// <summary>One member's side of a scan, broadcast to every lane.</summary>
    internal struct Query
    {
        public Vector256<int> Organization;
        public Vector256<int> Industry;
        public Vector256<int> Metro;
        public Vector256<int> HasMetro;
        public Vector256<int> Family;
        public Vector256<int> Level;
        public Vector256<int> Size;
        public Vector256<int> Formats;
        public Vector256<int> Cadence;
        public Vector256<int> WindowStart;
        public Vector256<int> WindowLength;
        public Vector256<int> ConcernsLo;
        public Vector256<int> ConcernsHi;
        public Vector256<int> StrengthsLo;
        public Vector256<int> StrengthsHi;
        public Vector256<int> LanguagesLo;
        public Vector256<int> LanguagesHi;
        public Vector256<int> Day;
        public Vector256<int> MinOverlap;
        public Vector256<int> RoleTable;
        public Vector256<int> SizeTable;
        public Vector256<int> PlaceTable;
        public Vector256<int> SameIndustryPoints;
        public Vector256<int> OtherIndustryPoints;
        public Vector256<int> SameIndustryRule;
        public Vector256<int> OtherIndustryRule;
        public Vector256<int> SharedWeight;
        public Vector256<int> SharedCap;
        public Vector256<int> ComplementWeight;
        public Vector256<int> ComplementCap;
        public Vector256<int> Constant;
    }
}
