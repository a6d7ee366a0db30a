using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Solver;

/// <summary>What the solver tests share: running a long test off the test thread, so that its xunit Timeout fails a
/// hang by the test's name, and the four ways every solver is run.</summary>
internal static class SolverTests
{
    public static Task Run(Action body) => Task.Run(body, TestContext.Current.CancellationToken);

    /// <summary>Each solver in each mode (maximum weight, maximum cardinality), for theories that hold for all four.</summary>
    public static TheoryData<WeightedMatchingAlgorithm, bool> BothSolversBothModes => new()
    {
        { WeightedMatchingAlgorithm.Dense, false },
        { WeightedMatchingAlgorithm.Dense, true },
        { WeightedMatchingAlgorithm.Sparse, false },
        { WeightedMatchingAlgorithm.Sparse, true },
    };
}
