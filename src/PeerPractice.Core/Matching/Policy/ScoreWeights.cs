namespace PeerPractice.Matching;

/// <summary>
/// Points per score component (integers, so cohort pairing is exact). A component scores at most
/// its weight, except the topic components, which score their weight per topic up to a cap.
/// </summary>
public sealed record ScoreWeights
{
    /// <summary>Same role family at the same level; neighbouring levels score less.</summary>
    public int Role { get; init; } = 30;

    /// <summary>Per shared concern ("yeah, I know what you mean").</summary>
    public int SharedConcern { get; init; } = 10;

    /// <summary>Per concern of one that is a strength of the other, counted both ways.</summary>
    public int Complementarity { get; init; } = 12;

    /// <summary>Industry, in the direction the policy prefers.</summary>
    public int Industry { get; init; } = 10;

    /// <summary>Same organization size band; neighbouring bands score half.</summary>
    public int Size { get; init; } = 10;

    /// <summary>In person in the same metro scores in full; virtual with enough overlap scores half; same cadence adds a quarter.</summary>
    public int PlaceAndTime { get; init; } = 20;

    /// <summary>Never peers before scores in full; a past pair rated well scores half; a repeat otherwise nothing.</summary>
    public int History { get; init; } = 10;

    /// <summary>At most this many shared concerns count.</summary>
    public int MaxSharedConcerns { get; init; } = 3;

    /// <summary>At most this many complementary topics count in each direction.</summary>
    public int MaxComplementary { get; init; } = 3;
}
