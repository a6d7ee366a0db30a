using PeerPractice.Matching;
using Scriban.Runtime;

namespace PeerPractice.Documents;

/// <summary>
/// Builds the <c>intro</c> variable: the recipient's name, the peer's public profile fields and the
/// non-confidential reasons. Nothing else of either profile is copied (no do-not-pair list, snooze,
/// opt-outs, feedback or rating), so a template cannot reveal it.
/// </summary>
internal static class IntroductionModel
{
    public static ScriptObject Build(IntroductionLetter letter)
    {
        var value = ModelValues.Object();
        value["id"] = letter.Introduction.Id;
        value["recipient"] = letter.Recipient.Name;
        var peer = ModelValues.Object();
        peer["name"] = letter.Peer.Name;
        peer["title"] = letter.Peer.Title;
        peer["organization"] = letter.Peer.Organization;
        peer["industry"] = letter.Peer.Industry;
        peer["metro"] = letter.Peer.Metro;
        value["peer"] = peer;
        value["reasons"] = ModelValues.Strings(letter.Reasons);
        value["respond_by"] = ModelValues.Date(letter.Introduction.ExpiresAt);
        return value;
    }
}
