using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// How a programme matches, as data: weights, hard rules and which of them may relax, in which
/// order, when someone would otherwise be left without a peer.
/// </summary>
public sealed record MatchingPolicy
{
    /// <summary>The default policy: different industries preferred, 180-day cool-down, up to 3 peers, trios for odd counts.</summary>
    public static MatchingPolicy Default { get; } = new();

    /// <summary>Points per component.</summary>
    public ScoreWeights Weights { get; init; } = new();

    /// <summary>Same or different industry.</summary>
    public IndustryPreference Industry { get; init; } = IndustryPreference.PreferDifferent;

    /// <summary>Past peers are not paired again within this many days.</summary>
    public int CoolDownDays { get; init; } = 180;

    /// <summary>A member carrying this many ongoing peers takes no new one.</summary>
    public int MaxConcurrentPeers { get; init; } = 3;

    /// <summary>Virtual meetings need at least this much overlap of working hours.</summary>
    public int MinVirtualOverlapMinutes { get; init; } = 60;

    /// <summary>Competing organizations.</summary>
    public ValueArray<CompetitorGroup> Competitors { get; init; }

    /// <summary>Named pairs never to pair.</summary>
    public ValueArray<ExcludedPair> ExcludedPairs { get; init; }

    /// <summary>
    /// Rules that may relax, first to last, for members who would otherwise stay unmatched; rules
    /// not listed never relax, and <see cref="HardRules.NeverRelaxable"/> ones may not be listed.
    /// </summary>
    public ValueArray<HardRules> RelaxationOrder { get; init; } = [HardRules.MeetEveryoneFirst, HardRules.CoolDown];

    /// <summary>What to do with an odd member out.</summary>
    public OddCountPolicy OddCount { get; init; } = OddCountPolicy.Trio;
}
