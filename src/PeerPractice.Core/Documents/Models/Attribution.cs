namespace PeerPractice.Documents;

/// <summary>Whether a document may say who said or does what.</summary>
public enum Attribution
{
    /// <summary>Names appear next to shareable notes, action items and attendance.</summary>
    Attributed,

    /// <summary>
    /// The Chatham House Rule: shareable content may be used, but neither the identity of who said it
    /// nor that of any other participant appears. People are shown by role only.
    /// </summary>
    ChathamHouse,
}
