using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// Scores and explains one pair of profiles directly from their fields. It is the reference the
/// compact <see cref="ProfileIndex"/> is tested against, and what turns any match into
/// reasons a member can read. Confidential do-not-pair lists are honoured in <see cref="Check"/>
/// (as <see cref="HardRules.Unavailable"/>) and never mentioned in a reason.
/// </summary>
public sealed class MatchScorer
{
    private readonly CompetitorTable _competitors;
    private readonly HashSet<(string, string)> _excluded = [];

    /// <summary>Creates a scorer.</summary>
    /// <param name="policy">Weights and rules.</param>
    /// <param name="history">Past pairings (empty when null).</param>
    /// <param name="topics">The topic catalog (<see cref="TopicCatalog.BuiltIn"/> when null), for topic labels.</param>
    public MatchScorer(MatchingPolicy policy, PairingHistory? history = null, TopicCatalog? topics = null)
    {
        ArgumentNullException.ThrowIfNull(policy);
        Policy = policy;
        History = history ?? PairingHistory.Empty;
        TopicCatalog = topics ?? TopicCatalog.BuiltIn;
        _competitors = new CompetitorTable(policy);
        foreach (var pair in policy.ExcludedPairs)
        {
            _excluded.Add(Key(pair.MemberA, pair.MemberB));
        }
    }

    /// <summary>The policy in force.</summary>
    public MatchingPolicy Policy { get; }

    /// <summary>The pairing history consulted.</summary>
    public PairingHistory History { get; }

    /// <summary>The topic catalog member topics are read against.</summary>
    public TopicCatalog TopicCatalog { get; }

    /// <summary>Whether <paramref name="member"/> can take a new peer on <paramref name="day"/>; if not, why (for the member's own eyes).</summary>
    /// <param name="member">The member.</param>
    /// <param name="day">The round's day.</param>
    /// <returns>Null when available, else the reason.</returns>
    public string? UnavailableReason(MemberProfile member, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(member);
        if ((member.OptOuts & OptOuts.Pairing) != 0)
        {
            return "opted out of peer pairing";
        }

        if (member.IsSnoozedOn(day))
        {
            return string.Create(CultureInfo.InvariantCulture, $"snoozed until {member.SnoozedUntil:yyyy-MM-dd}");
        }

        var ongoing = History.OngoingPeerCount(member.Id);
        return ongoing >= Policy.MaxConcurrentPeers
            ? string.Create(CultureInfo.InvariantCulture, $"already has {ongoing} ongoing peers (the cap is {Policy.MaxConcurrentPeers})")
            : null;
    }

    /// <summary>The hard rules that forbid pairing <paramref name="a"/> with <paramref name="b"/> on <paramref name="day"/>.</summary>
    /// <param name="a">One member.</param>
    /// <param name="b">The other member.</param>
    /// <param name="day">The round's day.</param>
    public HardRules Check(MemberProfile a, MemberProfile b, DateOnly day)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var rules = HardRules.None;
        if (string.Equals(a.Organization, b.Organization, StringComparison.OrdinalIgnoreCase))
        {
            rules |= HardRules.SameOrganization;
        }

        if (_competitors.Compete(a.Organization, b.Organization))
        {
            rules |= HardRules.Competitor;
        }

        if (_excluded.Contains(Key(a.Id, b.Id)))
        {
            rules |= HardRules.NamedExclusion;
        }

        if (a.DoNotPair.Contains(b.Id, StringComparer.Ordinal) || b.DoNotPair.Contains(a.Id, StringComparer.Ordinal))
        {
            rules |= HardRules.PrivateExclusion;
        }

        if (!LanguagesOf(a).Intersect(LanguagesOf(b), StringComparer.OrdinalIgnoreCase).Any())
        {
            rules |= HardRules.NoCommonLanguage;
        }

        if (BestFormat(a, b) == MeetingFormats.None)
        {
            rules |= HardRules.NoCommonFormat;
        }

        if (!ScoreMath.IndustryAllowed(Policy.Industry, SameIndustry(a, b)))
        {
            rules |= HardRules.Industry;
        }

        if (UnavailableReason(a, day) is not null || UnavailableReason(b, day) is not null)
        {
            rules |= HardRules.Unavailable;
        }

        var (historyRules, _) = PairHistoryFacts.Evaluate(History, Policy, a.Id, b.Id, a.MeetEveryoneBeforeRepeating || b.MeetEveryoneBeforeRepeating, day);
        return rules | historyRules;
    }

    /// <summary>The pair's score (the total of <see cref="Explain"/>), symmetric in its arguments.</summary>
    /// <param name="a">One member.</param>
    /// <param name="b">The other member.</param>
    public int Score(MemberProfile a, MemberProfile b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);

        // The same arithmetic as Explain, without building reason strings.
        var w = Policy.Weights;
        var comparer = StringComparer.OrdinalIgnoreCase;
        var (_, standing) = PairHistoryFacts.Evaluate(History, Policy, a.Id, b.Id, false, DateOnly.MaxValue);
        return ScoreMath.Role(w, a.RoleFamily == b.RoleFamily, Math.Abs((int)a.RoleLevel - (int)b.RoleLevel))
            + ScoreMath.Shared(w, a.Concerns.Intersect(b.Concerns, comparer).Count())
            + ScoreMath.Complementarity(w, a.Concerns.Intersect(b.Strengths, comparer).Count(), b.Concerns.Intersect(a.Strengths, comparer).Count())
            + ScoreMath.Industry(w, Policy.Industry, SameIndustry(a, b))
            + ScoreMath.Size(w, Math.Abs((int)a.OrganizationSize - (int)b.OrganizationSize))
            + ScoreMath.PlaceAndTime(w, BestFormat(a, b), a.Cadence == b.Cadence)
            + ScoreMath.History(w, standing);
    }

    /// <summary>The pair's score with every component's points and reason, worded for <paramref name="viewer"/>.</summary>
    /// <param name="viewer">The member the explanation is for.</param>
    /// <param name="peer">The proposed peer.</param>
    public ScoreBreakdown Explain(MemberProfile viewer, MemberProfile peer)
    {
        ArgumentNullException.ThrowIfNull(viewer);
        ArgumentNullException.ThrowIfNull(peer);
        var w = Policy.Weights;
        var components = new List<ScoreComponent>(7);

        var sameFamily = viewer.RoleFamily == peer.RoleFamily;
        var levelDiff = Math.Abs((int)viewer.RoleLevel - (int)peer.RoleLevel);
        components.Add(new(ScoreComponentKind.Role, ScoreMath.Role(w, sameFamily, levelDiff), w.Role, RoleReason(viewer, peer, sameFamily, levelDiff)));

        var shared = viewer.Concerns.Intersect(peer.Concerns, StringComparer.OrdinalIgnoreCase).ToList();
        components.Add(new(ScoreComponentKind.SharedConcerns, ScoreMath.Shared(w, shared.Count), w.SharedConcern * w.MaxSharedConcerns,
            shared.Count == 0 ? "No concern in common right now." : $"You both face {Join(shared)}."));

        var theyHelp = viewer.Concerns.Intersect(peer.Strengths, StringComparer.OrdinalIgnoreCase).ToList();
        var youHelp = peer.Concerns.Intersect(viewer.Strengths, StringComparer.OrdinalIgnoreCase).ToList();
        components.Add(new(ScoreComponentKind.Complementarity, ScoreMath.Complementarity(w, theyHelp.Count, youHelp.Count), 2 * w.Complementarity * w.MaxComplementary,
            ComplementReason(peer, theyHelp, youHelp)));

        var sameIndustry = SameIndustry(viewer, peer);
        components.Add(new(ScoreComponentKind.Industry, ScoreMath.Industry(w, Policy.Industry, sameIndustry), w.Industry,
            sameIndustry ? $"Same industry ({peer.Industry})." : $"Different industry ({peer.Industry}): a fresh angle."));

        var sizeDiff = Math.Abs((int)viewer.OrganizationSize - (int)peer.OrganizationSize);
        components.Add(new(ScoreComponentKind.Size, ScoreMath.Size(w, sizeDiff), w.Size,
            sizeDiff == 0 ? "Organizations of the same size." : sizeDiff == 1 ? "Organizations of neighbouring size." : "Organizations of quite different size."));

        var format = BestFormat(viewer, peer);
        var sameCadence = viewer.Cadence == peer.Cadence;
        components.Add(new(ScoreComponentKind.PlaceAndTime, ScoreMath.PlaceAndTime(w, format, sameCadence), w.PlaceAndTime,
            PlaceReason(viewer, peer, format, sameCadence)));

        var (_, standing) = PairHistoryFacts.Evaluate(History, Policy, viewer.Id, peer.Id, false, DateOnly.MaxValue);
        components.Add(new(ScoreComponentKind.History, ScoreMath.History(w, standing), w.History, standing switch
        {
            HistoryStanding.New => "You have not been peers before.",
            HistoryStanding.PastGood => "You were peers before and it went well.",
            _ => "You were peers before.",
        }));

        return new ScoreBreakdown(components.Sum(c => c.Points), format, components.ToValueArray());
    }

    /// <summary>Plain words for a set of rules, safe to show: the confidential list is never named.</summary>
    /// <param name="rules">Rules, typically the binding ones for an unmatched member.</param>
    public static string Describe(HardRules rules)
    {
        if ((rules & HardRules.PrivateExclusion) != 0)
        {
            rules = (rules & ~HardRules.PrivateExclusion) | HardRules.Unavailable;
        }

        var parts = new List<string>();
        foreach (var rule in Enum.GetValues<HardRules>())
        {
            if (rule is HardRules.None or HardRules.NeverRelaxable or HardRules.PrivateExclusion || (rules & rule) == 0)
            {
                continue;
            }

            parts.Add(rule switch
            {
                HardRules.SameOrganization => "same organization",
                HardRules.Competitor => "competing organizations",
                HardRules.NamedExclusion => "excluded by the organiser",
                HardRules.CoolDown => "peers too recently (cool-down)",
                HardRules.MeetEveryoneFirst => "met before, and meeting everyone first was asked",
                HardRules.PoorFit => "met before and rated a poor fit",
                HardRules.NoCommonLanguage => "no language in common",
                HardRules.NoCommonFormat => "no meeting format in common (place or hours)",
                HardRules.Industry => "industry rule of the programme",
                HardRules.Unavailable => "not available in this round",
                _ => rule.ToString(),
            });
        }

        return parts.Count == 0 ? "no rule" : string.Join("; ", parts);
    }

    internal MeetingFormats BestFormat(MemberProfile a, MemberProfile b)
    {
        var sameMetro = a.Metro.Length > 0 && string.Equals(a.Metro, b.Metro, StringComparison.OrdinalIgnoreCase);
        var (sa, la) = ScoreMath.UtcWindow(a.AvailableFromHour, a.AvailableToHour, a.UtcOffsetMinutes);
        var (sb, lb) = ScoreMath.UtcWindow(b.AvailableFromHour, b.AvailableToHour, b.UtcOffsetMinutes);
        return ScoreMath.BestFormat(a.Formats, b.Formats, sameMetro, ScoreMath.Overlap(sa, la, sb, lb), Policy.MinVirtualOverlapMinutes);
    }

    internal static IEnumerable<string> LanguagesOf(MemberProfile member) => member.Languages.IsEmpty ? ["en"] : member.Languages;

    private static bool SameIndustry(MemberProfile a, MemberProfile b) => string.Equals(a.Industry, b.Industry, StringComparison.OrdinalIgnoreCase);

    private static string RoleReason(MemberProfile viewer, MemberProfile peer, bool sameFamily, int levelDiff)
    {
        var title = peer.Title.Length > 0 ? peer.Title : peer.RoleLevel.ToString();
        if (!sameFamily)
        {
            return $"{peer.Name} is {title} in another role family ({peer.RoleFamily}).";
        }

        return levelDiff switch
        {
            0 => $"{peer.Name} is {title}: the same kind of role at the same level.",
            1 => $"{peer.Name} is {title}: the same kind of role, one level apart.",
            _ => $"{peer.Name} is {title}: the same kind of role, {levelDiff.ToString(CultureInfo.InvariantCulture)} levels apart.",
        };
    }

    private string ComplementReason(MemberProfile peer, List<string> theyHelp, List<string> youHelp)
    {
        if (theyHelp.Count == 0 && youHelp.Count == 0)
        {
            return "Neither's strengths meet the other's current concerns.";
        }

        var parts = new List<string>();
        if (theyHelp.Count > 0)
        {
            parts.Add($"{peer.Name} has done well at {Join(theyHelp)}, which concerns you");
        }

        if (youHelp.Count > 0)
        {
            parts.Add($"you have done well at {Join(youHelp)}, which concerns {peer.Name}");
        }

        // A sentence starts with a capital, also when it starts with "you".
        var sentence = string.Join("; ", parts) + ".";
        return char.ToUpperInvariant(sentence[0]) + sentence[1..];
    }

    private static string PlaceReason(MemberProfile viewer, MemberProfile peer, MeetingFormats format, bool sameCadence)
    {
        var cadence = sameCadence ? $" You both prefer to meet {viewer.Cadence.ToString().ToLowerInvariant()}." : string.Empty;
        return format switch
        {
            MeetingFormats.InPerson => $"Both in {peer.Metro}: you can meet in person.{cadence}",
            MeetingFormats.Virtual => $"Virtual: your working hours overlap.{cadence}",
            _ => "No meeting format in common.",
        };
    }

    private string Join(IEnumerable<string> topicIds) =>
        string.Join(", ", topicIds.Select(id => TopicCatalog.TryGetBit(id, out var bit) ? TopicCatalog.InSentence(TopicCatalog.Topics[bit].Title) : id));

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
