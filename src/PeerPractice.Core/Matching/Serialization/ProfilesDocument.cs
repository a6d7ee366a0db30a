namespace PeerPractice.Matching;

/// <summary>The root of a profiles JSON file: <c>{ "members": [ ... ] }</c>.</summary>
internal sealed class ProfilesDocument
{
    public MemberRecord[]? Members { get; set; }
}
