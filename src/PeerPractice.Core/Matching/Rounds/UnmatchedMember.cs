using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>A member the round could not pair, and why, in words fit to show them.</summary>
/// <param name="MemberId">The member.</param>
/// <param name="Reason">The kind of reason.</param>
/// <param name="Explanation">Plain words; never mentions anyone's confidential list.</param>
/// <param name="BindingRules">For <see cref="UnmatchedReason.NoEligiblePeer"/> and <see cref="UnmatchedReason.EligiblePeersTaken"/>: the rules that ruled candidates out, most binding first.</param>
public sealed record UnmatchedMember(string MemberId, UnmatchedReason Reason, string Explanation, ValueArray<RuleTally> BindingRules);
