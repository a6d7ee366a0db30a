namespace PeerPractice.Matching;

/// <summary>A message for one member about how the round treated them (trio, sit-out, relaxed rule).</summary>
/// <param name="MemberId">Who it is for.</param>
/// <param name="Message">What to tell them.</param>
public sealed record RoundNote(string MemberId, string Message);
