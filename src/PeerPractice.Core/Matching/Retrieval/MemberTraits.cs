namespace PeerPractice.Matching;

/// <summary>Bit layout of the small per-member fields packed into one <see cref="uint"/> of the index.</summary>
internal static class MemberTraits
{
    public const int FamilyShift = 0;     // 4 bits
    public const int LevelShift = 4;      // 4 bits
    public const int SizeShift = 8;       // 4 bits
    public const int FormatsShift = 12;   // 2 bits
    public const int CadenceShift = 14;   // 2 bits
    public const uint OptedOut = 1u << 16;
    public const uint AtCap = 1u << 17;
    public const uint MeetsEveryoneFirst = 1u << 18;
    public const uint OptedOutOfTables = 1u << 19;
    public const uint OptedOutOfSiteVisits = 1u << 20;

    /// <summary>Not available for a one-to-one peer (the pairing kind of <see cref="SuggestionKind"/>).</summary>
    public const uint Unavailable = OptedOut | AtCap;

    public static uint Pack(int family, int level, int size, int formats, int cadence) =>
        (uint)(family | (level << LevelShift) | (size << SizeShift) | (formats << FormatsShift) | (cadence << CadenceShift));

    public static int Family(uint t) => (int)(t & 0xF);

    public static int Level(uint t) => (int)((t >> LevelShift) & 0xF);

    public static int Size(uint t) => (int)((t >> SizeShift) & 0xF);

    public static int Formats(uint t) => (int)((t >> FormatsShift) & 0x3);

    public static int Cadence(uint t) => (int)((t >> CadenceShift) & 0x3);
}
