using System.Runtime.CompilerServices;

namespace PeerPractice.Matching;

/// <summary>
/// The one check for "may this member be suggested to that one", used by every path that suggests a
/// person to another: round pairs, top peers, breakfast tables and site-visit hosts. It covers the
/// identity rule (same organization), the members' own controls (a confidential do-not-pair entry in
/// either direction, snooze, opting out of the activity) and what history says (cool-down, meet everyone
/// first, a poor fit, the organiser's exclusion). Policy preferences that depend on the activity
/// (competitors, language, format, industry) are added by the paths that apply them.
/// Allocation-free per pair: a random-access form and a row cursor (<see cref="ControlRow"/>).
/// </summary>
public sealed partial class ProfileIndex
{
    /// <summary>The rules the controls cover; everything else is the paths' own policy.</summary>
    internal const HardRules ControlRules = HardRules.SameOrganization | HardRules.PrivateExclusion | HardRules.NamedExclusion
        | HardRules.CoolDown | HardRules.MeetEveryoneFirst | HardRules.PoorFit | HardRules.Unavailable;

    /// <summary>The controls that forbid pairing <paramref name="i"/> with <paramref name="j"/> for <paramref name="kind"/> on a day (both members' availability counts).</summary>
    internal HardRules Controls(int i, int j, int dayNumber, SuggestionKind kind)
    {
        var unavailable = UnavailableTraits(kind);
        var hasFact = TryGetFact(i, j, out var fact);
        var rules = ControlsFor(i, j, dayNumber, unavailable, hasFact, in fact);
        return IsAvailable(i, dayNumber, unavailable) ? rules : rules | HardRules.Unavailable;
    }

    /// <summary>A cursor over candidates for <paramref name="member"/> in increasing index order (see <see cref="ControlRow"/>).</summary>
    internal ControlRow ControlRow(int member, int dayNumber, SuggestionKind kind) =>
        new(this, member, dayNumber, UnavailableTraits(kind), _pairFacts.TryGetValue(member, out var facts) ? facts : []);

    /// <summary>The shared arithmetic of both forms: the candidate's availability and the pair's rules.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal HardRules ControlsFor(int member, int candidate, int dayNumber, uint unavailable, bool hasFact, in PairFact fact)
    {
        var rules = HardRules.None;
        if (_organization[member] == _organization[candidate])
        {
            rules |= HardRules.SameOrganization;
        }

        if (!IsAvailable(candidate, dayNumber, unavailable))
        {
            rules |= HardRules.Unavailable;
        }

        if (hasFact)
        {
            rules |= HistoryRules(member, candidate, fact, dayNumber);
        }

        return rules;
    }

    /// <summary>Whether member <paramref name="i"/> takes part in <paramref name="kind"/> on a day (not snoozed, not opted out, for pairing not at the cap).</summary>
    internal bool IsAvailable(int i, int dayNumber, SuggestionKind kind) => IsAvailable(i, dayNumber, UnavailableTraits(kind));

    private static uint UnavailableTraits(SuggestionKind kind) => kind switch
    {
        SuggestionKind.Table => MemberTraits.OptedOutOfTables,
        SuggestionKind.SiteVisit => MemberTraits.OptedOutOfSiteVisits,
        _ => MemberTraits.Unavailable,
    };

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool IsAvailable(int j, int dayNumber, uint unavailable) =>
        (_traits[j] & unavailable) == 0 && _snoozedUntilDay[j] < dayNumber;
}
