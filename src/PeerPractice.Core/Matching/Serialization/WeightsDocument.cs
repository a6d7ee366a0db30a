namespace PeerPractice.Matching;

/// <summary>Weights as written in JSON; absent ones keep the defaults of <see cref="ScoreWeights"/>.</summary>
internal sealed class WeightsDocument
{
    public int? Role { get; set; }
    public int? SharedConcern { get; set; }
    public int? Complementarity { get; set; }
    public int? Industry { get; set; }
    public int? Size { get; set; }
    public int? PlaceAndTime { get; set; }
    public int? History { get; set; }
    public int? MaxSharedConcerns { get; set; }
    public int? MaxComplementary { get; set; }
}
