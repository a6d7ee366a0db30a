using System;
using System.Collections.Generic;
using System.Linq;

namespace PeerPractice.Matching;

/// <summary>
/// A compact, build-once index of profiles for exact scoring at scale: struct-of-arrays, strings
/// interned to integers, topic and language sets as 64-bit masks, and the rare pair-specific facts
/// (exclusions, history) in a sparse side table. Scores equal <see cref="MatchScorer.Score"/> and
/// rules equal <see cref="MatchScorer.Check"/> for every pair (the tests hold both to it).
/// </summary>
public sealed partial class ProfileIndex
{
    private readonly MemberProfile[] _members;
    private readonly Dictionary<string, int> _indexById;
    private readonly int[] _organization;
    private readonly int[] _industry;
    private readonly int[] _metro;
    private readonly uint[] _traits;
    private readonly short[] _windowStart;
    private readonly short[] _windowLength;
    private readonly ulong[] _concerns;
    private readonly ulong[] _strengths;
    private readonly ulong[] _languages;
    private readonly int[] _snoozedUntilDay;
    private readonly int[][] _competitorOrganizations;
    private readonly Dictionary<int, PairFact[]> _pairFacts;

    private ProfileIndex(IReadOnlyList<MemberProfile> members, MatchingPolicy policy, PairingHistory history, TopicCatalog topics)
    {
        Policy = policy;
        TopicCatalog = topics;
        var n = members.Count;
        _members = [.. members];
        _indexById = new Dictionary<string, int>(n, StringComparer.Ordinal);
        _organization = new int[n];
        _industry = new int[n];
        _metro = new int[n];
        _traits = new uint[n];
        _windowStart = new short[n];
        _windowLength = new short[n];
        _concerns = new ulong[n];
        _strengths = new ulong[n];
        _languages = new ulong[n];
        _snoozedUntilDay = new int[n];

        var organizations = new Interner();
        var industries = new Interner();
        var metros = new Interner();
        var languages = new Interner();
        for (var i = 0; i < n; i++)
        {
            var m = _members[i];
            if (!_indexById.TryAdd(m.Id, i))
            {
                throw new ArgumentException($"Duplicate member id '{m.Id}' at index {i}.", nameof(members));
            }

            _organization[i] = organizations.Intern(m.Organization);
            _industry[i] = industries.Intern(m.Industry);
            _metro[i] = m.Metro.Length == 0 ? -1 : metros.Intern(m.Metro);
            var traits = MemberTraits.Pack((int)m.RoleFamily, (int)m.RoleLevel, (int)m.OrganizationSize, (int)m.Formats, (int)m.Cadence);
            if ((m.OptOuts & OptOuts.Pairing) != 0)
            {
                traits |= MemberTraits.OptedOut;
            }

            if ((m.OptOuts & OptOuts.Groups) != 0)
            {
                traits |= MemberTraits.OptedOutOfTables;
            }

            if ((m.OptOuts & OptOuts.SiteVisits) != 0)
            {
                traits |= MemberTraits.OptedOutOfSiteVisits;
            }

            if (history.OngoingPeerCount(m.Id) >= policy.MaxConcurrentPeers)
            {
                traits |= MemberTraits.AtCap;
            }

            if (m.MeetEveryoneBeforeRepeating)
            {
                traits |= MemberTraits.MeetsEveryoneFirst;
            }

            _traits[i] = traits;
            var (start, length) = ScoreMath.UtcWindow(m.AvailableFromHour, m.AvailableToHour, m.UtcOffsetMinutes);
            _windowStart[i] = (short)start;
            _windowLength[i] = (short)length;
            _concerns[i] = topics.MaskOfMember(m, strengths: false, nameof(members));
            _strengths[i] = topics.MaskOfMember(m, strengths: true, nameof(members));
            ulong languageMask = 0;
            foreach (var language in MatchScorer.LanguagesOf(m))
            {
                var bit = languages.Intern(language);
                if (bit >= 64)
                {
                    throw new ArgumentException("The index supports at most 64 distinct languages.", nameof(members));
                }

                languageMask |= 1UL << bit;
            }

            _languages[i] = languageMask;
            _snoozedUntilDay[i] = m.SnoozedUntil is { } until ? until.DayNumber : int.MinValue;
        }

        _competitorOrganizations = BuildCompetitors(policy, organizations);
        _pairFacts = BuildPairFacts(policy, history);
    }

    /// <summary>The policy the index scores with.</summary>
    public MatchingPolicy Policy { get; }

    /// <summary>The topic catalog member topics are read against.</summary>
    public TopicCatalog TopicCatalog { get; }

    /// <summary>The number of members.</summary>
    public int Count => _members.Length;

    /// <summary>The member at <paramref name="index"/>.</summary>
    /// <param name="index">0-based, in input order.</param>
    public MemberProfile this[int index] => _members[index];

    /// <summary>Approximate bytes the dense arrays read per member in a scan.</summary>
    public static int BytesPerMember => (4 * 3) + 4 + (2 * 2) + (8 * 3) + 4;

    /// <summary>Builds the index.</summary>
    /// <param name="members">Profiles; ids must be unique and topics in <paramref name="topics"/>.</param>
    /// <param name="policy">Weights and rules.</param>
    /// <param name="history">Past pairings (empty when null).</param>
    /// <param name="topics">The topic catalog (<see cref="TopicCatalog.BuiltIn"/> when null).</param>
    /// <exception cref="ArgumentException">Duplicate ids, unknown topics, or more than 64 languages.</exception>
    public static ProfileIndex Build(IReadOnlyList<MemberProfile> members, MatchingPolicy policy, PairingHistory? history = null, TopicCatalog? topics = null)
    {
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(policy);
        return new ProfileIndex(members, policy, history ?? PairingHistory.Empty, topics ?? TopicCatalog.BuiltIn);
    }

    /// <summary>The index of the member with <paramref name="memberId"/>, or -1.</summary>
    /// <param name="memberId">A member id.</param>
    public int IndexOf(string memberId) => _indexById.TryGetValue(memberId, out var i) ? i : -1;

    private static int[][] BuildCompetitors(MatchingPolicy policy, Interner organizations)
    {
        var result = new int[organizations.Count][];
        Array.Fill(result, []);
        if (policy.Competitors.IsEmpty)
        {
            return result;
        }

        var sets = new Dictionary<int, HashSet<int>>();
        foreach (var group in policy.Competitors)
        {
            var ids = group.Organizations.Select(organizations.Find).Where(id => id >= 0).Distinct().ToArray();
            foreach (var a in ids)
            {
                if (!sets.TryGetValue(a, out var set))
                {
                    sets[a] = set = [];
                }

                set.UnionWith(ids.Where(b => b != a));
            }
        }

        foreach (var (org, set) in sets)
        {
            result[org] = [.. set.Order()];
        }

        return result;
    }

    private Dictionary<int, PairFact[]> BuildPairFacts(MatchingPolicy policy, PairingHistory history)
    {
        var facts = new Dictionary<(int, int), PairFact>();
        void Mark(int a, int b, HardRules rules)
        {
            if (a < 0 || b < 0 || a == b)
            {
                return;
            }

            var key = a < b ? (a, b) : (b, a);
            var existing = facts.TryGetValue(key, out var f) ? f : new PairFact(key.Item2, HardRules.None, int.MinValue, HistoryStanding.New);
            facts[key] = existing with { Rules = existing.Rules | rules };
        }

        foreach (var pair in policy.ExcludedPairs)
        {
            Mark(IndexOf(pair.MemberA), IndexOf(pair.MemberB), HardRules.NamedExclusion);
        }

        for (var i = 0; i < _members.Length; i++)
        {
            foreach (var other in _members[i].DoNotPair)
            {
                Mark(i, IndexOf(other), HardRules.PrivateExclusion);
            }
        }

        foreach (var record in history.Records)
        {
            int a = IndexOf(record.MemberA), b = IndexOf(record.MemberB);
            if (a < 0 || b < 0)
            {
                continue;
            }

            Mark(a, b, HardRules.None);
            var key = a < b ? (a, b) : (b, a);
            if (facts[key].LastPeersDayNumber != int.MinValue)
            {
                continue; // already evaluated from all of this pair's records
            }

            var (rules, standing) = PairHistoryFacts.Evaluate(history, policy, record.MemberA, record.MemberB, false, DateOnly.MaxValue);
            var last = history.Between(record.MemberA, record.MemberB).Where(r => r.CountsAsPeers).Select(r => r.PairedOn.DayNumber).DefaultIfEmpty(int.MinValue).Max();
            facts[key] = facts[key] with { Rules = facts[key].Rules | (rules & (HardRules.PoorFit | HardRules.PrivateExclusion)), LastPeersDayNumber = last, Standing = standing };
        }

        // Each pair is stored under both members, sorted by the other's index, so a scan walks it with one cursor.
        var byMember = new Dictionary<int, List<PairFact>>();
        foreach (var ((a, b), fact) in facts)
        {
            Add(byMember, a, fact with { Other = b });
            Add(byMember, b, fact with { Other = a });
        }

        return byMember.ToDictionary(kv => kv.Key, kv => kv.Value.OrderBy(f => f.Other).ToArray());

        static void Add(Dictionary<int, List<PairFact>> map, int key, PairFact fact)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            list.Add(fact);
        }
    }

    private sealed class Interner
    {
        private readonly Dictionary<string, int> _ids = new(StringComparer.OrdinalIgnoreCase);

        public int Count => _ids.Count;

        public int Intern(string value)
        {
            if (!_ids.TryGetValue(value, out var id))
            {
                _ids[value] = id = _ids.Count;
            }

            return id;
        }

        public int Find(string value) => _ids.TryGetValue(value, out var id) ? id : -1;
    }
}
