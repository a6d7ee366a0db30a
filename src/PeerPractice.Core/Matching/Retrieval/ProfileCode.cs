using System;
using System.Numerics;

namespace PeerPractice.Matching;

/// <summary>
/// The profiles of an index as a compact fixed-width code for one-against-all scans (top-k, candidate
/// graphs, price-out): per member a few 32-bit words in parallel arrays, so eight members are scored at
/// once with vector instructions (<see cref="ProfileCode.Block"/>) and the scalar <see cref="ProfileCode.Lane"/>
/// is the reference the tests compare it with, bit for bit. It encodes the pair rules and score of
/// <see cref="ProfileIndex"/> except the sparse pair facts (history, exclusions) and competitors, which the
/// callers add for the few candidates that pass: the code's score assumes a pair that never met.
/// </summary>
internal sealed partial class ProfileCode
{
    /// <summary>The rules the code decides by itself.</summary>
    public const HardRules CodedRules = HardRules.SameOrganization | HardRules.Unavailable | HardRules.NoCommonLanguage
        | HardRules.NoCommonFormat | HardRules.Industry;

    private const int TraitsFamilyMask = 0xF;
    private readonly int[] _organization;
    private readonly int[] _industryMetro;   // industry | (metro + 1) << 16; metro 0 means none
    private readonly int[] _traits;          // MemberTraits layout
    private readonly int[] _window;          // UTC start | length << 16 (minutes)
    private readonly int[] _snoozedUntil;    // day number, int.MinValue when none
    private readonly int[] _concernsLo;
    private readonly int[] _concernsHi;
    private readonly int[] _strengthsLo;
    private readonly int[] _strengthsHi;
    private readonly int[] _languagesLo;
    private readonly int[] _languagesHi;

    // Points tables from ScoreMath (one source of the arithmetic).
    private readonly int[] _rolePoints = new int[16];
    private readonly int[] _sizePoints = new int[16];
    private readonly int[] _placePoints = new int[8];

    internal ProfileCode(int count, Func<int, (int Organization, int Industry, int Metro, uint Traits, int WindowStart, int WindowLength, int SnoozedUntil, ulong Concerns, ulong Strengths, ulong Languages)> member, MatchingPolicy policy)
    {
        Count = count;
        _organization = new int[count];
        _industryMetro = new int[count];
        _traits = new int[count];
        _window = new int[count];
        _snoozedUntil = new int[count];
        _concernsLo = new int[count];
        _concernsHi = new int[count];
        _strengthsLo = new int[count];
        _strengthsHi = new int[count];
        _languagesLo = new int[count];
        _languagesHi = new int[count];
        var fits = true;
        var high = false;
        for (var j = 0; j < count; j++)
        {
            var m = member(j);
            fits &= m.Industry is >= 0 and < 0xFFFF && m.Metro is >= -1 and < 0xFFFE;
            _organization[j] = m.Organization;
            _industryMetro[j] = (m.Industry & 0xFFFF) | ((m.Metro + 1) << 16);
            _traits[j] = (int)m.Traits;
            _window[j] = m.WindowStart | (m.WindowLength << 16);
            _snoozedUntil[j] = m.SnoozedUntil;
            _concernsLo[j] = (int)(uint)m.Concerns;
            _concernsHi[j] = (int)(uint)(m.Concerns >> 32);
            _strengthsLo[j] = (int)(uint)m.Strengths;
            _strengthsHi[j] = (int)(uint)(m.Strengths >> 32);
            _languagesLo[j] = (int)(uint)m.Languages;
            _languagesHi[j] = (int)(uint)(m.Languages >> 32);
            high |= (m.Concerns | m.Strengths | m.Languages) >> 32 != 0;
        }

        HasHighWords = high;
        Policy = policy;
        var w = policy.Weights;
        for (var d = 0; d < 16; d++)
        {
            _rolePoints[d] = ScoreMath.Role(w, true, d);
            _sizePoints[d] = ScoreMath.Size(w, d);
        }

        foreach (var format in (ReadOnlySpan<MeetingFormats>)[MeetingFormats.InPerson, MeetingFormats.Virtual])
        {
            _placePoints[((int)format * 2) + 1] = ScoreMath.PlaceAndTime(w, format, true);
            _placePoints[(int)format * 2] = ScoreMath.PlaceAndTime(w, format, false);
        }

        SameIndustryPoints = ScoreMath.Industry(w, policy.Industry, true);
        OtherIndustryPoints = ScoreMath.Industry(w, policy.Industry, false);
        SameIndustryAllowed = ScoreMath.IndustryAllowed(policy.Industry, true);
        OtherIndustryAllowed = ScoreMath.IndustryAllowed(policy.Industry, false);
        HistoryNewPoints = ScoreMath.History(w, HistoryStanding.New);
        HistorySlack = Math.Max(0, Math.Max(ScoreMath.History(w, HistoryStanding.PastGood), ScoreMath.History(w, HistoryStanding.Repeat)) - HistoryNewPoints);

        // The vector tables hold eight entries (differences 0..7); beyond that the points must stay equal.
        for (var d = 8; d < 16; d++)
        {
            fits &= _rolePoints[d] == _rolePoints[7] && _sizePoints[d] == _sizePoints[7];
        }

        IsVectorized = fits && VectorSupported;
    }

    /// <summary>The number of members.</summary>
    public int Count { get; }

    /// <summary>The policy the code scores with.</summary>
    public MatchingPolicy Policy { get; }

    /// <summary>Whether <see cref="Block"/> may be used (hardware and the code's value ranges allow it).</summary>
    public bool IsVectorized { get; }

    /// <summary>Whether any member has a topic or language bit above 31 (the scans then read the high words too).</summary>
    public bool HasHighWords { get; }

    /// <summary>Points the code adds for history (a pair that never met).</summary>
    public int HistoryNewPoints { get; }

    /// <summary>How much more any other history standing could give than a new pair (0 with the usual weights).</summary>
    public int HistorySlack { get; }

    /// <summary>Bytes a scan reads per member.</summary>
    public int BytesPerMember => HasHighWords ? 11 * 4 : 8 * 4;

    private int SameIndustryPoints { get; }

    private int OtherIndustryPoints { get; }

    private bool SameIndustryAllowed { get; }

    private bool OtherIndustryAllowed { get; }

    /// <summary>
    /// The scalar reference: the coded rules (for the candidate's availability, not the asker's) and the score of
    /// member <paramref name="q"/> against <paramref name="j"/>, as if they had never met.
    /// </summary>
    public int Lane(int q, int j, int dayNumber, out HardRules rules)
    {
        var w = Policy.Weights;
        rules = HardRules.None;
        if (_organization[q] == _organization[j])
        {
            rules |= HardRules.SameOrganization;
        }

        var tj = (uint)_traits[j];
        var tq = (uint)_traits[q];
        if ((tj & MemberTraits.Unavailable) != 0 || _snoozedUntil[j] >= dayNumber)
        {
            rules |= HardRules.Unavailable;
        }

        if ((_languagesLo[q] & _languagesLo[j]) == 0 && (_languagesHi[q] & _languagesHi[j]) == 0)
        {
            rules |= HardRules.NoCommonLanguage;
        }

        var sameIndustry = (_industryMetro[q] & 0xFFFF) == (_industryMetro[j] & 0xFFFF);
        if (!(sameIndustry ? SameIndustryAllowed : OtherIndustryAllowed))
        {
            rules |= HardRules.Industry;
        }

        var qMetro = _industryMetro[q] >>> 16;
        var sameMetro = qMetro != 0 && qMetro == (_industryMetro[j] >>> 16);
        var overlap = ScoreMath.Overlap(_window[q] & 0xFFFF, _window[q] >>> 16, _window[j] & 0xFFFF, _window[j] >>> 16);
        var format = ScoreMath.BestFormat((MeetingFormats)MemberTraits.Formats(tq), (MeetingFormats)MemberTraits.Formats(tj), sameMetro, overlap, Policy.MinVirtualOverlapMinutes);
        if (format == MeetingFormats.None)
        {
            rules |= HardRules.NoCommonFormat;
        }

        ulong qc = Join(_concernsLo[q], _concernsHi[q]), qs = Join(_strengthsLo[q], _strengthsHi[q]);
        ulong c = Join(_concernsLo[j], _concernsHi[j]), s = Join(_strengthsLo[j], _strengthsHi[j]);
        return (MemberTraits.Family(tq) == MemberTraits.Family(tj) ? _rolePoints[Math.Abs(MemberTraits.Level(tq) - MemberTraits.Level(tj))] : 0)
            + _sizePoints[Math.Abs(MemberTraits.Size(tq) - MemberTraits.Size(tj))]
            + (sameIndustry ? SameIndustryPoints : OtherIndustryPoints)
            + _placePoints[((int)format * 2) + (MemberTraits.Cadence(tq) == MemberTraits.Cadence(tj) ? 1 : 0)]
            + ScoreMath.Shared(w, BitOperations.PopCount(qc & c))
            + ScoreMath.Complementarity(w, BitOperations.PopCount(qc & s), BitOperations.PopCount(c & qs))
            + HistoryNewPoints;

        static ulong Join(int lo, int hi) => (uint)lo | ((ulong)(uint)hi << 32);
    }
}
