
namespace PeerPractice.Matching;

/// <summary>
/// What is known about one specific pair beyond the two profiles (named or private exclusions,
/// history); rare, so kept sparse next to the dense per-member arrays.
/// </summary>
/// <param name="Other">The other member's index.</param>
/// <param name="Rules">Rules that always hold for the pair (exclusions, poor fit).</param>
/// <param name="LastPeersDayNumber">The day number of the last pairing that counts, or <see cref="int.MinValue"/>.</param>
/// <param name="Standing">The pair's history standing.</param>
internal readonly record struct PairFact(int Other, HardRules Rules, int LastPeersDayNumber, HistoryStanding Standing);
