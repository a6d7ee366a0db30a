namespace PeerPractice.Matching;

/// <summary>Two named members the organiser never pairs.</summary>
/// <param name="MemberA">A member id.</param>
/// <param name="MemberB">Another member id.</param>
public sealed record ExcludedPair(string MemberA, string MemberB);
