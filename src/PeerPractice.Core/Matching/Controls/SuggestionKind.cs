namespace PeerPractice.Matching;

/// <summary>
/// What a suggestion is for. The member controls are the same for all of them; only which opt-out
/// applies, and whether the cap of concurrent peers counts, depend on the kind.
/// </summary>
internal enum SuggestionKind : byte
{
    /// <summary>A one-to-one peer (round pairs, top peers): opted out of pairing or at the cap means unavailable.</summary>
    Pairing,

    /// <summary>A seat at the same breakfast table: opted out of groups means unavailable.</summary>
    Table,

    /// <summary>A site-visit host for a visitor: opted out of site visits means the member does not host.</summary>
    SiteVisit,
}
