namespace PeerPractice.Matching;

/// <summary>One candidate in a top-k answer.</summary>
/// <param name="Index">The candidate's position in the index (its input order).</param>
/// <param name="MemberId">The candidate's id.</param>
/// <param name="Score">The pair's score; explain it with <see cref="MatchScorer.Explain"/>.</param>
public readonly record struct TopMatch(int Index, string MemberId, int Score);
