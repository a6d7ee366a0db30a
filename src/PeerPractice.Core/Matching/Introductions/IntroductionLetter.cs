using System;

namespace PeerPractice.Matching;

/// <summary>
/// What one side of an introduction is sent: who the other is and why they fit. Rendered by the built-in
/// <c>introduction.md</c> template through <see cref="Documents.DocumentModel.FromIntroduction"/>, which
/// takes only public profile fields and the introduction's non-confidential reasons (never a do-not-pair
/// list, a snooze, feedback or a rating).
/// </summary>
/// <param name="Introduction">The introduction.</param>
/// <param name="Recipient">Who the letter is for (one of the two).</param>
/// <param name="Peer">The other member.</param>
public sealed record IntroductionLetter(Introduction Introduction, MemberProfile Recipient, MemberProfile Peer)
{
    /// <summary>The reasons worded for the recipient.</summary>
    public Collections.ValueArray<string> Reasons =>
        string.Equals(Recipient.Id, Introduction.MemberA, StringComparison.Ordinal) ? Introduction.ReasonsForA : Introduction.ReasonsForB;
}
