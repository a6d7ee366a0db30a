
namespace PeerPractice.Matching;

/// <summary>A matching policy as written in JSON; absent fields take the defaults of <see cref="MatchingPolicy"/>.</summary>
internal sealed class PolicyDocument
{
    public WeightsDocument? Weights { get; set; }
    public IndustryPreference? Industry { get; set; }
    public int? CoolDownDays { get; set; }
    public int? MaxConcurrentPeers { get; set; }
    public int? MinVirtualOverlapMinutes { get; set; }
    public string[][]? Competitors { get; set; }
    public string[][]? ExcludedPairs { get; set; }
    public HardRules[]? RelaxationOrder { get; set; }
    public OddCountPolicy? OddCount { get; set; }
}
