namespace PeerPractice.Matching;

/// <summary>How to seat a cohort at tables.</summary>
public sealed record GroupOptions
{
    /// <summary>Fewest people at a table.</summary>
    public int MinSize { get; init; } = 4;

    /// <summary>Most people at a table.</summary>
    public int MaxSize { get; init; } = 8;

    /// <summary>How many rounds (breakfasts) to plan; no pair sits together twice while avoidable.</summary>
    public int Rounds { get; init; } = 1;

    /// <summary>Random restarts of the local search per round (more is slower and rarely worse).</summary>
    public int Restarts { get; init; } = 8;
}
