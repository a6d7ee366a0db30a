using System;

namespace PeerPractice.Matching;

/// <summary>
/// The hard rules that can forbid a pair, as flags so one pair's violations are one value.
/// <see cref="PrivateExclusion"/> is a member's confidential list: it is never relaxed and never
/// named in an explanation (reports fold it into <see cref="Unavailable"/>).
/// </summary>
[Flags]
public enum HardRules
{
    /// <summary>No rule forbids the pair.</summary>
    None = 0,

    /// <summary>Both work for the same organization. Never relaxed.</summary>
    SameOrganization = 1 << 0,

    /// <summary>Their organizations are declared competitors.</summary>
    Competitor = 1 << 1,

    /// <summary>The organiser excluded this named pair.</summary>
    NamedExclusion = 1 << 2,

    /// <summary>One member's confidential do-not-pair list. Never relaxed, never shown.</summary>
    PrivateExclusion = 1 << 3,

    /// <summary>They were peers within the policy's cool-down.</summary>
    CoolDown = 1 << 4,

    /// <summary>One wants to meet everyone before repeating, and they were peers before.</summary>
    MeetEveryoneFirst = 1 << 5,

    /// <summary>They met and one rated it a poor fit.</summary>
    PoorFit = 1 << 6,

    /// <summary>No language in common. Never relaxed.</summary>
    NoCommonLanguage = 1 << 7,

    /// <summary>No format in common: in person needs the same metro, virtual needs overlapping hours.</summary>
    NoCommonFormat = 1 << 8,

    /// <summary>The policy requires the same (or a different) industry and the pair does not fit.</summary>
    Industry = 1 << 9,

    /// <summary>
    /// The candidate takes no part now (snoozed, opted out, at the cap of concurrent peers) or is
    /// excluded privately; one bucket so that a report never reveals a confidential list.
    /// </summary>
    Unavailable = 1 << 10,

    /// <summary>Rules no policy may relax.</summary>
    NeverRelaxable = SameOrganization | PrivateExclusion | NoCommonLanguage | Unavailable,
}
