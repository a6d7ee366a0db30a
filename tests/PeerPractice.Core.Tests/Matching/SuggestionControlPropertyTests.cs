using CsCheck;
using PeerPractice.Matching;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// Every path that suggests a person to another (round pairs and trios, top peers, breakfast tables,
/// site-visit hosts) on generated cohorts with random confidential blocks, snoozes, opt-outs, organiser
/// exclusions and history: none may ever propose a pair the member controls forbid, and none may let a
/// block show. The oracle below is written from the profiles and records directly, not from the library's check.
/// </summary>
public sealed class SuggestionControlPropertyTests
{
    private static readonly string[] Topics = ["cybersecurity", "ai-integration", "service-management", "workforce-talent", "mobile-technology", "cloud-migration"];

    internal sealed record MemberSpec(int Organization, bool French, int Snooze, int OptOut, int[] Blocks, int[] Concerns, int[] Strengths, bool MeetEveryone, int Metro);

    internal sealed record HistorySpec(int A, int B, int DaysAgo, int Outcome, int Rating, bool Ongoing);

    internal sealed record CohortCase(MemberSpec[] Members, HistorySpec[] History, bool Relaxing, bool RotatingSitOut, int[] Excluded);

    private static readonly Gen<MemberSpec> MemberGen =
        from organization in Gen.Int[0, 5]
        from language in Gen.Int[0, 9]
        from snooze in Gen.Int[0, 9]
        from optOut in Gen.Int[0, 23]
        from blocks in Gen.Int[0, 13].Array[0, 3]
        from concerns in Gen.Int[0, 5].Array[1, 3]
        from strengths in Gen.Int[0, 5].Array[1, 3]
        from meet in Gen.Int[0, 4]
        from metro in Gen.Int[0, 2]
        select new MemberSpec(organization, language == 9, snooze, optOut, blocks, concerns, strengths, meet == 0, metro);

    private static readonly Gen<HistorySpec> HistoryGen =
        from a in Gen.Int[0, 13]
        from b in Gen.Int[0, 13]
        from daysAgo in Gen.Int[1, 400]
        from outcome in Gen.Int[0, 2]
        from rating in Gen.Int[0, 5]
        from ongoing in Gen.Int[0, 5]
        select new HistorySpec(a, b, daysAgo, outcome, rating, ongoing == 0);

    private static readonly Gen<CohortCase> CaseGen =
        from n in Gen.Int[3, 14]
        from members in MemberGen.Array[n]
        from history in HistoryGen.Array[0, 24]
        from relaxing in Gen.Bool
        from rotating in Gen.Bool
        from excluded in Gen.Int[0, 13].Array[2]
        select new CohortCase(members, history, relaxing, rotating, excluded);

    private const int Cases = 300;

    [Fact]
    public void No_suggestion_path_ever_proposes_a_forbidden_pair_or_shows_a_block()
    {
        // Each case comes from a fixed seed (its number), so a failure names the case that reproduces it.
        for (var seed = 0; seed < Cases; seed++)
        {
            var testCase = CaseGen.Generate(new PCG(12, (ulong)seed), null, out _);
            try
            {
                Check(testCase);
            }
            catch (Exception exception) when (exception is not OutOfMemoryException)
            {
                throw new InvalidOperationException($"Case {seed} failed ({testCase.Members.Length} members, {testCase.History.Length} history records): {exception.Message}", exception);
            }
        }
    }

    private static void Check(CohortCase c)
    {
        var world = World.Build(c);
        var members = world.Members;
        var policy = world.Policy;
        var history = world.History;

        // Round pairs and trios: never a hard control; a relaxable one only when the policy relaxes it, and the match says so.
        var round = new CohortRoundPlanner(policy, history).Plan(members, Day, seed: 1);
        foreach (var match in round.Matches)
        {
            foreach (var (a, b) in PairsOf(match.MemberIds.Select(world.ById)))
            {
                Assert.False(world.Hard(a, b, OptOuts.Pairing, bothAvailable: true), $"round paired {a.Id} with {b.Id}");
                var soft = world.Soft(a, b);
                Assert.Equal(soft, soft & match.RelaxedRules & world.Relaxable);
            }
        }

        AssertNothingShows(round.Unmatched.Select(u => u.Explanation).Concat(round.Notes.Select(n => n.Message)));
        Assert.All(round.Unmatched, u => Assert.DoesNotContain(u.BindingRules, t => t.Rule == HardRules.PrivateExclusion));

        // Top peers: the asker's own availability aside, nothing forbidden and nothing relaxed.
        var index = ProfileIndex.Build(members, policy, history);
        for (var v = 0; v < members.Count; v++)
        {
            foreach (var top in index.TopK(v, members.Count, Day))
            {
                var peer = members[top.Index];
                Assert.False(world.Hard(members[v], peer, OptOuts.Pairing, bothAvailable: false), $"top peers offered {peer.Id} to {members[v].Id}");
                Assert.Equal(HardRules.None, world.Soft(members[v], peer));
            }
        }

        // Breakfast tables: nobody at a table with someone the controls forbid; relaxable rules only as the policy allows.
        var plan = new GroupPlanner(policy, history).Plan(members, Day, new GroupOptions { MinSize = 2, MaxSize = 4, Rounds = 2, Restarts = 2 }, seed: 1);
        foreach (var table in plan.Rounds.SelectMany(r => r.Tables))
        {
            foreach (var (a, b) in PairsOf(table.MemberIds.Select(world.ById)))
            {
                Assert.False(world.Hard(a, b, OptOuts.Groups, bothAvailable: true), $"a table seated {a.Id} with {b.Id}");
                var soft = world.Soft(a, b);
                Assert.Equal(soft, soft & world.Relaxable);
            }
        }

        AssertNothingShows(plan.NotSeated.Select(u => u.Explanation));

        // Site-visit hosts: nothing forbidden, and a visitor's results are exactly as if the members they
        // may not meet were not there at all, so no score, host list or reason can give a block away.
        foreach (var visitor in members)
        {
            var planner = new SiteVisitPlanner(policy, history);
            var targets = planner.Rank(visitor, members, Day, Topics, count: 10);
            foreach (var host in targets.SelectMany(t => t.Hosts).Select(world.ById))
            {
                Assert.False(world.Hard(visitor, host, OptOuts.SiteVisits, bothAvailable: false), $"{host.Id} was named as a host for {visitor.Id}");
                Assert.Equal(HardRules.None, world.Soft(visitor, host));
            }

            var withoutBlocked = members.Where(m => !World.Blocked(visitor, m)).ToList();
            Assert.Equal(targets, planner.Rank(visitor, withoutBlocked, Day, Topics, count: 10));
        }
    }

    private static IEnumerable<(MemberProfile, MemberProfile)> PairsOf(IEnumerable<MemberProfile> group)
    {
        var list = group.ToList();
        for (var a = 0; a < list.Count; a++)
        {
            for (var b = a + 1; b < list.Count; b++)
            {
                yield return (list[a], list[b]);
            }
        }
    }

    private static void AssertNothingShows(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (var word in (string[])["private", "confidential", "do-not", "do not pair", "block"])
            {
                Assert.DoesNotContain(word, text, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    /// <summary>A generated cohort and the oracle for its controls.</summary>
    private sealed class World
    {
        private readonly Dictionary<string, MemberProfile> _byId;
        private readonly List<PairingRecord> _records;

        private World(List<MemberProfile> members, List<PairingRecord> records, MatchingPolicy policy)
        {
            Members = members;
            _records = records;
            Policy = policy;
            History = new PairingHistory();
            records.ForEach(History.Add);
            _byId = members.ToDictionary(m => m.Id, StringComparer.Ordinal);
            Relaxable = policy.RelaxationOrder.Aggregate(HardRules.None, (all, rule) => all | rule);
        }

        public List<MemberProfile> Members { get; }

        public MatchingPolicy Policy { get; }

        public PairingHistory History { get; }

        public HardRules Relaxable { get; }

        public static World Build(CohortCase c)
        {
            var n = c.Members.Length;
            var members = c.Members.Select((s, i) => Make("m" + i, "Org " + s.Organization, metro: s.Metro == 0 ? "London" : "Paris") with
            {
                Languages = s.French ? ["fr"] : ["en"],
                SnoozedUntil = s.Snooze switch { 0 => Day.AddDays(5), 1 => Day.AddDays(-1), 2 => Day, _ => null },
                OptOuts = s.OptOut < 8 ? (OptOuts)(s.OptOut & 7) : OptOuts.None,
                DoNotPair = [.. s.Blocks.Select(b => b % n).Where(b => b != i).Distinct().Select(b => "m" + b)],
                Concerns = [.. s.Concerns.Distinct().Select(t => Topics[t])],
                Strengths = [.. s.Strengths.Distinct().Select(t => Topics[t])],
                MeetEveryoneBeforeRepeating = s.MeetEveryone,
            }).ToList();
            var records = c.History
                .Where(h => h.A % n != h.B % n)
                .Select(h => new PairingRecord("m" + (h.A % n), "m" + (h.B % n), Day.AddDays(-h.DaysAgo), (PairingOutcome)h.Outcome, h.Rating == 0 ? null : h.Rating, Ongoing: h.Ongoing))
                .ToList();
            var policy = MatchingPolicy.Default with
            {
                RelaxationOrder = c.Relaxing ? [HardRules.MeetEveryoneFirst, HardRules.CoolDown] : [],
                OddCount = c.RotatingSitOut ? OddCountPolicy.RotatingSitOut : OddCountPolicy.Trio,
                MaxConcurrentPeers = 2,
                ExcludedPairs = c.Excluded[0] % n == c.Excluded[1] % n ? [] : [new ExcludedPair("m" + (c.Excluded[0] % n), "m" + (c.Excluded[1] % n))],
            };
            return new World(members, records, policy);
        }

        public static bool Blocked(MemberProfile a, MemberProfile b) => a.DoNotPair.Contains(b.Id) || b.DoNotPair.Contains(a.Id);

        public MemberProfile ById(string id) => _byId[id];

        /// <summary>True when a rule no policy here relaxes forbids suggesting <paramref name="b"/> to <paramref name="a"/> for the activity.</summary>
        public bool Hard(MemberProfile a, MemberProfile b, OptOuts activity, bool bothAvailable) =>
            string.Equals(a.Organization, b.Organization, StringComparison.OrdinalIgnoreCase)
            || Blocked(a, b)
            || Policy.ExcludedPairs.Any(p => (p.MemberA == a.Id && p.MemberB == b.Id) || (p.MemberA == b.Id && p.MemberB == a.Id))
            || Between(a, b).Any(r => r.Outcome == PairingOutcome.Met && r.Rating is <= 2)
            || !Available(b, activity)
            || (bothAvailable && !Available(a, activity));

        /// <summary>The relaxable history rules the pair trips: cool-down, and meet-everyone-first.</summary>
        public HardRules Soft(MemberProfile a, MemberProfile b)
        {
            var peers = Between(a, b).Where(r => r.Outcome != PairingOutcome.DidNotMeet).ToList();
            if (peers.Count == 0)
            {
                return HardRules.None;
            }

            var rules = peers.Max(r => r.PairedOn).AddDays(Policy.CoolDownDays) > Day ? HardRules.CoolDown : HardRules.None;
            return a.MeetEveryoneBeforeRepeating || b.MeetEveryoneBeforeRepeating ? rules | HardRules.MeetEveryoneFirst : rules;
        }

        private bool Available(MemberProfile m, OptOuts activity) =>
            !(m.SnoozedUntil is { } until && Day <= until)
            && (m.OptOuts & activity) == 0
            && (activity != OptOuts.Pairing || _records.Count(r => r.Ongoing && (r.MemberA == m.Id || r.MemberB == m.Id)) < Policy.MaxConcurrentPeers);

        private IEnumerable<PairingRecord> Between(MemberProfile a, MemberProfile b) =>
            _records.Where(r => (r.MemberA == a.Id && r.MemberB == b.Id) || (r.MemberA == b.Id && r.MemberB == a.Id));
    }
}
