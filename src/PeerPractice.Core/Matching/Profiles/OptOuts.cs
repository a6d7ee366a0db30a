using System;

namespace PeerPractice.Matching;

/// <summary>Activities a member has opted out of.</summary>
[Flags]
public enum OptOuts
{
    /// <summary>Takes part in everything.</summary>
    None = 0,

    /// <summary>No one-to-one peer pairing.</summary>
    Pairing = 1,

    /// <summary>No group tables (breakfasts).</summary>
    Groups = 2,

    /// <summary>Not a site-visit host.</summary>
    SiteVisits = 4,
}
