using System;

namespace PeerPractice.Matching;

/// <summary>
/// How <see cref="CohortRoundPlanner"/> solves a round. Both methods find an exact optimum for the members to be
/// paired; with a rotating sit-out and an odd count they may choose a different member to sit out.
/// </summary>
public sealed record RoundOptions
{
    /// <summary>The defaults: the method chosen by cohort size, 10 candidates per member, at most 30 pricing passes, no time limit.</summary>
    public static RoundOptions Default { get; } = new();

    /// <summary>Full graph, price-out, or chosen by size (<see cref="RoundSolveMethod.Automatic"/>, the default).</summary>
    public RoundSolveMethod Method { get; init; }

    /// <summary>Price-out: how many best allowed peers of each member start the candidate graph (at least 1; default 10).</summary>
    public int CandidatesPerMember { get; init; } = 10;

    /// <summary>Price-out: the most pricing passes before the round is returned with a gap bound instead of a certificate (at least 1; default 30).</summary>
    public int MaxPricingPasses { get; init; } = 30;

    /// <summary>Price-out: wall time after which no further solve starts; the round then reports its proven gap (null: no limit).</summary>
    public TimeSpan? TimeBudget { get; init; }

    /// <summary>The clock for <see cref="TimeBudget"/> (<see cref="System.TimeProvider.System"/> when null).</summary>
    public TimeProvider? TimeProvider { get; init; }

    /// <summary>Receives the stages of long work (candidate search, solves, pricing passes); null for none.</summary>
    public IProgress<RoundProgress>? Progress { get; init; }
}
