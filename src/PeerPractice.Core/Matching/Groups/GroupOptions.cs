using System;

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

    /// <summary>
    /// When true, pairs the history says were already peers (paired in a round, or at a table of a
    /// recorded breakfast) count as having sat together before the first round, so a series of
    /// separately planned breakfasts repeats no pair while avoidable. False keeps only the rules.
    /// </summary>
    public bool AvoidPastPairs { get; init; }

    /// <summary>
    /// Receives the stages of long work (cohorts above a few hundred members are seated block by block; each block
    /// reports once); null for none.
    /// </summary>
    public IProgress<RoundProgress>? Progress { get; init; }
}
