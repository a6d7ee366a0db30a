using System.Runtime.Intrinsics;
using PeerPractice.Matching;
using PeerPractice.Samples;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching.Scale;

/// <summary>The compact code's vector kernel against its scalar reference, and the code against the index.</summary>
public class ProfileCodeTests
{
    private static readonly MatchingPolicy[] Policies =
    [
        MatchingPolicy.Default,
        MatchingPolicy.Default with { Industry = IndustryPreference.RequireSame, MinVirtualOverlapMinutes = 30 },
        MatchingPolicy.Default with
        {
            Industry = IndustryPreference.RequireDifferent,
            MinVirtualOverlapMinutes = 240,
            Weights = new ScoreWeights { Role = 41, SharedConcern = 7, Complementarity = 9, Industry = 3, Size = 13, PlaceAndTime = 27, History = 11, MaxSharedConcerns = 70, MaxComplementary = 1 },
        },
    ];

    [Fact]
    public void Vector_blocks_equal_the_scalar_lanes_bit_for_bit_on_random_codes()
    {
        var random = new Random(7);
        const int n = 203; // not a multiple of eight: blocks start at every offset
        var fields = Enumerable.Range(0, n).Select(_ => (
            Organization: random.Next(12),
            Industry: random.Next(5),
            Metro: random.Next(-1, 6),
            Traits: MemberTraits.Pack(random.Next(1, 7), random.Next(1, 5), random.Next(1, 5), random.Next(4), random.Next(4))
                | (random.Next(10) == 0 ? MemberTraits.OptedOut : 0) | (random.Next(12) == 0 ? MemberTraits.AtCap : 0),
            WindowStart: random.Next(1440),
            WindowLength: random.Next(0, 1441),
            SnoozedUntil: random.Next(3) == 0 ? Day.DayNumber + random.Next(-5, 5) : int.MinValue,
            Concerns: RandomMask(random),
            Strengths: RandomMask(random),
            Languages: LanguageMask(random))).ToArray();
        foreach (var policy in Policies)
        {
            var code = new ProfileCode(n, j => fields[j], policy);
            Assert.True(code.HasHighWords);
            Assert.Equal(ProfileCode.VectorSupported, code.IsVectorized);
            if (!code.IsVectorized)
            {
                continue; // the scalar lanes are then the only path, checked against the index below
            }

            for (var q = 0; q < n; q += 7)
            {
                var query = code.QueryOf(q, Day.DayNumber);
                for (var j0 = 0; j0 + 8 <= n; j0 += 3)
                {
                    code.Block(in query, j0, out var scores, out var rules);
                    for (var lane = 0; lane < 8; lane++)
                    {
                        var expected = code.Lane(q, j0 + lane, Day.DayNumber, out var expectedRules);
                        Assert.Equal(expected, scores.GetElement(lane));
                        Assert.Equal((int)expectedRules, rules.GetElement(lane));
                    }
                }
            }
        }
    }

    [Fact]
    public void The_code_scores_and_rules_every_pair_as_the_index_does()
    {
        var members = MemberGenerator.Generate(300, seed: 21, today: Day);
        var history = RandomHistory(members, 22);
        foreach (var policy in Policies)
        {
            var index = ProfileIndex.Build(members, policy, history);
            var code = index.Code;
            for (var q = 0; q < members.Count; q += 5)
            {
                for (var j = 0; j < members.Count; j++)
                {
                    var score = code.Lane(q, j, Day.DayNumber, out var rules);
                    var check = index.Check(q, j, Day);
                    if (index.IsAvailable(q, Day))
                    {
                        Assert.Equal(check & ProfileCode.CodedRules, rules);
                    }

                    // The code assumes a pair that never met; the history points are the only difference.
                    Assert.InRange(index.Score(q, j) - score, -code.HistorySlack - code.HistoryNewPoints, 0);
                    if (history.Between(members[q].Id, members[j].Id).Count == 0)
                    {
                        Assert.Equal(index.Score(q, j), score);
                    }
                }
            }
        }
    }

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 10)]
    [InlineData(3, 64)]
    public void Vector_top_k_equals_the_scalar_scan(int seed, int k)
    {
        var members = MemberGenerator.Generate(4_001, seed, today: Day);
        var history = RandomHistory(members, seed);
        foreach (var policy in Policies)
        {
            var index = ProfileIndex.Build(members, policy with { Competitors = [new CompetitorGroup([members[0].Organization, members[9].Organization])] }, history);
            foreach (var q in new[] { 0, 9, 1_234, 4_000 })
            {
                var scalar = index.Scan(q, k, Day.DayNumber).Drain();
                Assert.Equal(scalar, index.ScanVector(q, k, Day.DayNumber, 0, members.Count).Drain());

                // The two-core scan of a large cohort, here on a small one: two halves merged give the same heap.
                Assert.Equal(scalar, index.ScanVectorInHalves(q, k, Day.DayNumber).Drain());
            }
        }
    }

    [Fact]
    public void A_vector_scan_range_outside_the_members_is_refused_rather_than_read()
    {
        // The vector loads do not check bounds; the scan checks its range once instead.
        var index = ProfileIndex.Build(MemberGenerator.Generate(40, 4, today: Day), MatchingPolicy.Default);
        Assert.Equal("from", Assert.Throws<ArgumentOutOfRangeException>(() => index.ScanVector(0, 3, Day.DayNumber, -8, index.Count)).ParamName);
        Assert.Equal("to", Assert.Throws<ArgumentOutOfRangeException>(() => index.ScanVector(0, 3, Day.DayNumber, 0, index.Count + 8)).ParamName);
        Assert.Equal(index.Scan(0, 3, Day.DayNumber).Drain(), index.ScanVector(0, 3, Day.DayNumber, 0, index.Count).Drain());
    }

    [Fact]
    public void The_vector_scan_leaves_out_a_competitor_that_would_be_the_best_peer()
    {
        // Competitors are the one rule the code does not carry: the scan checks them per candidate it lets through.
        var members = MemberGenerator.Generate(40, 5, today: Day);
        var open = ProfileIndex.Build(members, MatchingPolicy.Default);
        string OrgOf((int Score, int Index) e) => members[e.Index].Organization;
        var q = Enumerable.Range(0, open.Count).First(i => open.ScanVector(i, open.Count, Day.DayNumber, 0, open.Count).Drain().Select(OrgOf).Distinct().Count() >= 2);
        var all = open.ScanVector(q, open.Count, Day.DayNumber, 0, open.Count).Drain();
        var rival = OrgOf(all[0]);

        var policy = MatchingPolicy.Default with { Competitors = [new CompetitorGroup([members[q].Organization, rival])] };
        var index = ProfileIndex.Build(members, policy);
        Assert.Equal(ProfileCode.VectorSupported, index.Code.IsVectorized);
        var scanned = index.ScanVector(q, 3, Day.DayNumber, 0, index.Count).Drain();
        Assert.Equal(all.Where(e => OrgOf(e) != rival).Take(3), scanned);
        Assert.Equal(index.Scan(q, 3, Day.DayNumber).Drain(), scanned);
    }

    internal static PairingHistory RandomHistory(IReadOnlyList<MemberProfile> members, int seed)
    {
        var random = new Random(seed);
        var history = new PairingHistory();
        for (var i = 0; i < members.Count / 2; i++)
        {
            var a = members[random.Next(members.Count)].Id;
            var b = members[random.Next(members.Count)].Id;
            if (a != b)
            {
                history.Add(new PairingRecord(a, b, Day.AddDays(-random.Next(1, 400)), (PairingOutcome)random.Next(3), random.Next(1, 6)));
            }
        }

        return history;
    }


    [Theory]
    [InlineData(0xFFFE, 0xFFFD, true)]
    [InlineData(0xFFFF, 0, false)]
    [InlineData(-1, 0, false)]
    [InlineData(0, 0xFFFE, false)]
    [InlineData(0, -1, true)]
    [InlineData(0, -2, false)]
    public void Industry_and_metro_ids_must_fit_their_sixteen_bits_for_the_vector_scan(int industry, int metro, bool fits)
    {
        // Ids that would not fit the packed word fall back to the scalar lanes rather than compare wrongly.
        var code = new ProfileCode(2, j => (j, j == 0 ? industry : 0, j == 0 ? metro : -1, MemberTraits.Pack(1, 1, 1, 3, 1), 0, 600, int.MinValue, 1UL, 1UL, 1UL), MatchingPolicy.Default);
        Assert.Equal(fits && ProfileCode.VectorSupported, code.IsVectorized);
    }

    [Fact]
    public void A_scan_reads_the_high_words_only_when_a_bit_above_31_is_used()
    {
        static ProfileCode Code(ulong mask) => new(1, _ => (0, 0, -1, MemberTraits.Pack(1, 1, 1, 3, 1), 0, 600, int.MinValue, 1UL, 1UL, mask), MatchingPolicy.Default);
        Assert.Equal((false, 32), (Code(1UL << 31).HasHighWords, Code(1UL << 31).BytesPerMember));
        Assert.Equal((true, 44), (Code(1UL << 32).HasHighWords, Code(1UL << 32).BytesPerMember));
    }

    [Theory]
    [InlineData(1UL << 40, 1UL, 1UL)]
    [InlineData(1UL, 1UL << 40, 1UL)]
    [InlineData(1UL | (1UL << 40), 1UL, 1UL)]
    public void A_concern_or_strength_bit_above_31_alone_makes_the_scans_read_the_high_words(ulong concerns, ulong strengths, ulong languages)
    {
        var code = new ProfileCode(1, _ => (0, 0, -1, MemberTraits.Pack(1, 1, 1, 3, 1), 0, 600, int.MinValue, concerns, strengths, languages), MatchingPolicy.Default);
        Assert.True(code.HasHighWords);
    }

    [Theory]
    [InlineData(3, 5)]
    [InlineData(35, 37)]
    [InlineData(43, 62)]
    public void Topic_and_language_bits_above_31_rule_and_score_like_the_same_bits_below(int shared, int other)
    {
        // The asker: concern `shared`, strength `other`; the candidate: concerns `shared` and `other`, strength
        // `shared`, the same language. One shared concern and one complementary topic each way, whichever word the bits are in.
        ulong one = 1UL << shared, two = 1UL << other;
        var fields = new[]
        {
            (Organization: 0, Industry: 0, Metro: -1, Traits: MemberTraits.Pack(1, 1, 1, 2, 1), WindowStart: 0, WindowLength: 600, SnoozedUntil: int.MinValue, Concerns: one, Strengths: two, Languages: one),
            (Organization: 1, Industry: 0, Metro: -1, Traits: MemberTraits.Pack(1, 1, 1, 2, 1), WindowStart: 0, WindowLength: 600, SnoozedUntil: int.MinValue, Concerns: one | two, Strengths: one, Languages: one),
        };
        var code = new ProfileCode(2, j => fields[j], MatchingPolicy.Default);
        var w = MatchingPolicy.Default.Weights;
        var expected = ScoreMath.Role(w, true, 0) + ScoreMath.Size(w, 0) + ScoreMath.Industry(w, MatchingPolicy.Default.Industry, true)
            + ScoreMath.PlaceAndTime(w, MeetingFormats.Virtual, true) + ScoreMath.Shared(w, 1) + ScoreMath.Complementarity(w, 1, 1)
            + ScoreMath.History(w, HistoryStanding.New);

        Assert.Equal(expected, code.Lane(0, 1, Day.DayNumber, out var rules));
        Assert.Equal(HardRules.None, rules);
    }

    [Fact]
    public void A_best_peer_in_the_scalar_tail_after_the_last_block_still_enters_a_full_top_k()
    {
        // Nine members: a block of eight (the asker and seven poor matches), then the asker's twin alone in the tail.
        var members = Enumerable.Range(0, 9).Select(i => TestMembers.Make($"m{i}", $"Org {i}") with
        {
            RoleFamily = i is 0 or 8 ? RoleFamily.TechnologyLeadership : RoleFamily.Security,
            OrganizationSize = i is 0 or 8 ? OrganizationSize.Large : OrganizationSize.Small,
            Concerns = i is 0 or 8 ? ["cybersecurity"] : ["cloud-migration"],
        }).ToList();
        var index = ProfileIndex.Build(members, MatchingPolicy.Default);

        var best = Assert.Single(index.ScanVector(0, 1, Day.DayNumber, 0, members.Count).Drain());
        Assert.Equal(8, best.Index);
        Assert.Equal(index.Score(0, 8), best.Score);
        Assert.Equal(index.Scan(0, 2, Day.DayNumber).Drain(), index.ScanVector(0, 2, Day.DayNumber, 0, members.Count).Drain());
    }

    [Fact]
    public void With_a_negative_history_weight_repeat_peers_the_code_scores_low_still_enter_the_top_k()
    {
        // History -10: a new pair scores -10, a repeat 0, so the code (which scores every pair as new) is 10 low for a
        // repeat and the scans must let it through by that slack. The repeats (9, in a vector block, and 16, in the
        // scalar tail) are a size band away (5 points less) yet 5 above the seven new peers that fill the heap first.
        var policy = MatchingPolicy.Default with { Weights = new ScoreWeights { History = -10 } };
        var members = Enumerable.Range(0, 17).Select(i => Make($"m{i}", $"Org {i}") with
        {
            OrganizationSize = i is 9 or 16 ? OrganizationSize.Medium : OrganizationSize.Large,
        }).ToList();
        var history = new PairingHistory();
        history.Add(new PairingRecord("m0", "m9", Day.AddDays(-400), PairingOutcome.Met, 3));
        history.Add(new PairingRecord("m0", "m16", Day.AddDays(-400), PairingOutcome.Met, 3));
        var index = ProfileIndex.Build(members, policy, history);

        var top = index.TopK(0, 2, Day);
        Assert.Equal(LinqTopK.TopK(new MatchScorer(policy, history), members, 0, 2, Day), top);
        Assert.Equal(["m9", "m16"], top.Select(t => t.MemberId));
        Assert.Equal(10, index.Code.HistorySlack);
    }

    // One language anywhere; the same language number in both halves (a low and a high word that are equal,
    // so only an or of the two words, not an xor, finds the language in common); or a common one plus bit 40.
    private static ulong LanguageMask(Random random) => random.Next(5) switch
    {
        0 => 1UL << random.Next(64),
        1 => (1UL << random.Next(3)) * (1UL + (1UL << 32)),
        _ => (1UL << random.Next(3)) | (1UL << 40),
    };
    private static ulong RandomMask(Random random)
    {
        ulong mask = 0;
        for (var i = random.Next(0, 6); i > 0; i--)
        {
            mask |= 1UL << (random.Next(3) == 0 ? random.Next(32, 64) : random.Next(8));
        }

        return mask;
    }
}
