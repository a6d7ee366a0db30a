namespace PeerPractice.Core.Tests;

/// <summary>
/// Timeouts (xunit v3 <c>Timeout</c>, milliseconds) for tests that could hang: the matching solver and
/// everything that runs it, fuzz loops, state-machine property runs, and tests that start processes.
/// A hang then fails with the test's name instead of stalling the whole run. Generous on purpose:
/// they catch hangs, never measure speed, and the machine may be busy.
/// </summary>
internal static class TestTimeouts
{
    /// <summary>Solver, matching rounds and state-machine property runs.</summary>
    public const int Solver = 5 * 60 * 1000;

    /// <summary>Fuzz loops.</summary>
    public const int Fuzz = 10 * 60 * 1000;

    /// <summary>Tests that start another process (node, the host, dotnet build).</summary>
    public const int Process = 15 * 60 * 1000;
}
