namespace PeerPractice.Matching;

/// <summary>A step of a long round, for a progress display.</summary>
/// <param name="Stage">What is running, in words (for example "pricing pass 2").</param>
/// <param name="Done">Units done in this stage.</param>
/// <param name="Total">Units in this stage (members, or 1 for a solve).</param>
public readonly record struct RoundProgress(string Stage, long Done, long Total);
