using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Oracles;

/// <summary>
/// A deliberately naive scorer written from the tables in docs/matching.md ("Policy and hard rules",
/// "Scores that explain themselves", "Top-k retrieval"), sharing no code with <see cref="MatchScorer"/>,
/// <c>ScoreMath</c> or <see cref="ProfileIndex"/>: plain loops over the profile fields and the history's
/// records, and working hours compared minute by minute over a whole day. Slow on purpose.
/// </summary>
internal sealed class NaiveReferenceScorer(MatchingPolicy policy, PairingHistory history)
{
    private ScoreWeights W => policy.Weights;

    /// <summary>Points per component, in the order of the docs' table (role, shared concerns, ..., history).</summary>
    public IReadOnlyDictionary<ScoreComponentKind, int> Points(MemberProfile a, MemberProfile b) => new Dictionary<ScoreComponentKind, int>
    {
        [ScoreComponentKind.Role] = RolePoints(a, b),
        [ScoreComponentKind.SharedConcerns] = W.SharedConcern * Math.Min(CountIn(a.Concerns, b.Concerns), W.MaxSharedConcerns),
        [ScoreComponentKind.Complementarity] = W.Complementarity * (Math.Min(CountIn(a.Concerns, b.Strengths), W.MaxComplementary) + Math.Min(CountIn(b.Concerns, a.Strengths), W.MaxComplementary)),
        [ScoreComponentKind.Industry] = IndustryPoints(a, b),
        [ScoreComponentKind.Size] = Math.Abs((int)a.OrganizationSize - (int)b.OrganizationSize) switch { 0 => W.Size, 1 => W.Size / 2, _ => 0 },
        [ScoreComponentKind.PlaceAndTime] = PlacePoints(a, b),
        [ScoreComponentKind.History] = HistoryPoints(a, b),
    };

    /// <summary>The most each component can give, from the same table.</summary>
    public IReadOnlyDictionary<ScoreComponentKind, int> MaxPoints() => new Dictionary<ScoreComponentKind, int>
    {
        [ScoreComponentKind.Role] = W.Role,
        [ScoreComponentKind.SharedConcerns] = W.SharedConcern * W.MaxSharedConcerns,
        [ScoreComponentKind.Complementarity] = 2 * W.Complementarity * W.MaxComplementary,
        [ScoreComponentKind.Industry] = W.Industry,
        [ScoreComponentKind.Size] = W.Size,
        [ScoreComponentKind.PlaceAndTime] = W.PlaceAndTime,
        [ScoreComponentKind.History] = W.History,
    };

    public int Score(MemberProfile a, MemberProfile b) => Points(a, b).Values.Sum();

    /// <summary>"In person needs the same metro; virtual needs minVirtualOverlapMinutes of shared working hours."</summary>
    public MeetingFormats Format(MemberProfile a, MemberProfile b)
    {
        var sameMetro = a.Metro != "" && a.Metro.Equals(b.Metro, StringComparison.OrdinalIgnoreCase);
        if (a.Formats.HasFlag(MeetingFormats.InPerson) && b.Formats.HasFlag(MeetingFormats.InPerson) && sameMetro)
        {
            return MeetingFormats.InPerson;
        }

        if (a.Formats.HasFlag(MeetingFormats.Virtual) && b.Formats.HasFlag(MeetingFormats.Virtual) && SharedMinutes(a, b) >= policy.MinVirtualOverlapMinutes)
        {
            return MeetingFormats.Virtual;
        }

        return MeetingFormats.None;
    }

    /// <summary>Top peers: every candidate no rule forbids (the candidate's availability counts, the asker's does not), best first, ties by lower index.</summary>
    public List<(int Index, string Id, int Score)> TopK(IReadOnlyList<MemberProfile> members, int me, int k, DateOnly day)
    {
        var candidates = new List<(int Index, string Id, int Score)>();
        for (var j = 0; j < members.Count; j++)
        {
            if (j != me && Allowed(members[me], members[j], day))
            {
                candidates.Add((j, members[j].Id, Score(members[me], members[j])));
            }
        }

        // Selection sort: pick the best remaining k times.
        var result = new List<(int Index, string Id, int Score)>();
        while (result.Count < k && candidates.Count > 0)
        {
            var best = 0;
            for (var c = 1; c < candidates.Count; c++)
            {
                if (candidates[c].Score > candidates[best].Score || (candidates[c].Score == candidates[best].Score && candidates[c].Index < candidates[best].Index))
                {
                    best = c;
                }
            }

            result.Add(candidates[best]);
            candidates.RemoveAt(best);
        }

        return result;
    }

    /// <summary>No hard rule of the docs' table forbids the pair (relaxing nothing).</summary>
    public bool Allowed(MemberProfile me, MemberProfile peer, DateOnly day)
    {
        if (me.Organization.Equals(peer.Organization, StringComparison.OrdinalIgnoreCase))
        {
            return false; // SameOrganization
        }

        foreach (var group in policy.Competitors)
        {
            var hasMine = group.Organizations.Any(o => o.Equals(me.Organization, StringComparison.OrdinalIgnoreCase));
            var hasTheirs = group.Organizations.Any(o => o.Equals(peer.Organization, StringComparison.OrdinalIgnoreCase));
            if (hasMine && hasTheirs)
            {
                return false; // Competitor
            }
        }

        foreach (var pair in policy.ExcludedPairs)
        {
            if ((pair.MemberA == me.Id && pair.MemberB == peer.Id) || (pair.MemberA == peer.Id && pair.MemberB == me.Id))
            {
                return false; // NamedExclusion
            }
        }

        if (me.DoNotPair.Contains(peer.Id) || peer.DoNotPair.Contains(me.Id))
        {
            return false; // PrivateExclusion
        }

        var myLanguages = me.Languages.IsEmpty ? ["en"] : me.Languages.ToList();
        var theirLanguages = peer.Languages.IsEmpty ? ["en"] : peer.Languages.ToList();
        if (!myLanguages.Any(l => theirLanguages.Any(t => t.Equals(l, StringComparison.OrdinalIgnoreCase))))
        {
            return false; // NoCommonLanguage
        }

        if (Format(me, peer) == MeetingFormats.None)
        {
            return false; // NoCommonFormat
        }

        var sameIndustry = me.Industry.Equals(peer.Industry, StringComparison.OrdinalIgnoreCase);
        if ((policy.Industry == IndustryPreference.RequireSame && !sameIndustry) || (policy.Industry == IndustryPreference.RequireDifferent && sameIndustry))
        {
            return false; // Industry
        }

        var ongoing = history.Records.Count(r => r.Ongoing && (r.MemberA == peer.Id || r.MemberB == peer.Id));
        if (peer.OptOuts.HasFlag(OptOuts.Pairing) || (peer.SnoozedUntil is { } until && day <= until) || ongoing >= policy.MaxConcurrentPeers)
        {
            return false; // Unavailable (the candidate only)
        }

        var between = Between(me, peer);
        if (between.Any(r => r.Outcome == PairingOutcome.Met && r.Rating is 1 or 2))
        {
            return false; // PoorFit
        }

        var peersBefore = between.Where(r => r.Outcome != PairingOutcome.DidNotMeet).ToList();
        if (peersBefore.Count > 0)
        {
            if (peersBefore.Max(r => r.PairedOn).AddDays(policy.CoolDownDays) > day)
            {
                return false; // CoolDown
            }

            if (me.MeetEveryoneBeforeRepeating || peer.MeetEveryoneBeforeRepeating)
            {
                return false; // MeetEveryoneFirst
            }
        }

        return true;
    }

    // "same family: same level 30, one apart 22, two apart 7; another family 0" (for the default weight 30).
    private int RolePoints(MemberProfile a, MemberProfile b)
    {
        if (a.RoleFamily != b.RoleFamily)
        {
            return 0;
        }

        var apart = Math.Abs((int)a.RoleLevel - (int)b.RoleLevel);
        return apart == 0 ? W.Role : apart == 1 ? W.Role * 3 / 4 : apart == 2 ? W.Role / 4 : 0;
    }

    // "10 in the direction the policy prefers (different, by default)"; a required direction scores like a preferred one.
    private int IndustryPoints(MemberProfile a, MemberProfile b)
    {
        var same = a.Industry.Equals(b.Industry, StringComparison.OrdinalIgnoreCase);
        return policy.Industry switch
        {
            IndustryPreference.PreferSame or IndustryPreference.RequireSame => same ? W.Industry : 0,
            IndustryPreference.PreferDifferent or IndustryPreference.RequireDifferent => same ? 0 : W.Industry,
            _ => 0,
        };
    }

    // "in person in the same metro 15, virtual 10; plus 5 for the same cadence" (the cadence points need a format to meet in).
    private int PlacePoints(MemberProfile a, MemberProfile b)
    {
        var format = Format(a, b);
        if (format == MeetingFormats.None)
        {
            return 0;
        }

        var points = format == MeetingFormats.InPerson ? W.PlaceAndTime * 3 / 4 : W.PlaceAndTime / 2;
        return points + (a.Cadence == b.Cadence ? W.PlaceAndTime / 4 : 0);
    }

    // "never peers 10; peers before and rated 4..5: 5; otherwise 0". A DidNotMeet record does not make peers; the latest pairing decides.
    private int HistoryPoints(MemberProfile a, MemberProfile b)
    {
        var peersBefore = Between(a, b).Where(r => r.Outcome != PairingOutcome.DidNotMeet).ToList();
        if (peersBefore.Count == 0)
        {
            return W.History;
        }

        var latest = peersBefore.Max(r => r.PairedOn);
        var last = peersBefore.Last(r => r.PairedOn == latest);
        return last.Outcome == PairingOutcome.Met && last.Rating is 4 or 5 ? W.History / 2 : 0;
    }

    private List<PairingRecord> Between(MemberProfile a, MemberProfile b) =>
        history.Records.Where(r => (r.MemberA == a.Id && r.MemberB == b.Id) || (r.MemberA == b.Id && r.MemberB == a.Id)).ToList();

    // Distinct topics of the first list (ignoring case) that the second list holds.
    private static int CountIn(IEnumerable<string> first, IEnumerable<string> second) =>
        first.Distinct(StringComparer.OrdinalIgnoreCase).Count(t => second.Any(s => s.Equals(t, StringComparison.OrdinalIgnoreCase)));

    // Every UTC minute of a day at which both are within their local working hours.
    private static int SharedMinutes(MemberProfile a, MemberProfile b)
    {
        var shared = 0;
        for (var utc = 0; utc < 1440; utc++)
        {
            if (Working(a, utc) && Working(b, utc))
            {
                shared++;
            }
        }

        return shared;
    }

    private static bool Working(MemberProfile member, int utcMinute)
    {
        var local = ((utcMinute + member.UtcOffsetMinutes) % 1440 + 1440) % 1440;
        return local >= member.AvailableFromHour * 60 && local < member.AvailableToHour * 60;
    }
}
