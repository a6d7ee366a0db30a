using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>The members that loaded cleanly and the problems of those that did not.</summary>
/// <param name="Members">Valid members, in file order (bad records are left out, each with a problem).</param>
/// <param name="Problems">Every problem found.</param>
public sealed record ProfileLoadResult(ValueArray<MemberProfile> Members, ValueArray<LoadProblem> Problems)
{
    /// <summary>True when the file had no problem at all.</summary>
    public bool Succeeded => Problems.IsEmpty;
}
