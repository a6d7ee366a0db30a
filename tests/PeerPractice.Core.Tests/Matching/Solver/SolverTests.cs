namespace PeerPractice.Core.Tests.Matching.Solver;

/// <summary>Runs a long solver test off the test thread, so that its xunit Timeout fails a hang by the test's name.</summary>
internal static class SolverTests
{
    public static Task Run(Action body) => Task.Run(body, TestContext.Current.CancellationToken);
}
