namespace PeerPractice.Matching;

/// <summary>How a round's matching is solved.</summary>
public enum RoundSolveMethod
{
    /// <summary>Full graph up to <see cref="CohortRoundPlanner.FullGraphLimit"/> available members, price-out above.</summary>
    Automatic = 0,

    /// <summary>Every allowed pair is an edge of one exact solve (memory and time grow with the square of the cohort).</summary>
    FullGraph = 1,

    /// <summary>
    /// Each member's best allowed peers form a candidate graph that is solved exactly; every allowed pair is then priced
    /// against the solver's duals, and violating pairs join the graph until none violates (memory grows with the cohort).
    /// </summary>
    PricedOut = 2,
}
