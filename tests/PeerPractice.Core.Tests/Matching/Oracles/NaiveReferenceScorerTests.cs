using PeerPractice.Matching;
using PeerPractice.Samples;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching.Oracles;

/// <summary>
/// <see cref="MatchScorer"/> and <see cref="ProfileIndex"/> against <see cref="NaiveReferenceScorer"/>, an oracle
/// written from docs/matching.md that shares none of their code (the other top-k test compares with
/// <c>LinqTopK</c>, which scores with <see cref="MatchScorer"/> itself).
/// </summary>
public class NaiveReferenceScorerTests
{
    public static TheoryData<int, IndustryPreference> Cohorts => new()
    {
        { 1, IndustryPreference.PreferDifferent },
        { 2, IndustryPreference.PreferSame },
        { 3, IndustryPreference.RequireDifferent },
        { 4, IndustryPreference.RequireSame },
        { 5, IndustryPreference.Neutral },
    };

    // Cohorts of 24 for the small-cohort comparisons. Not RequireSame for top-k: among 24 generated members
    // almost nobody shares an industry, and a comparison of empty rankings proves nothing (the check at its
    // end refuses it); the score comparison takes it as an extra case.
    public static TheoryData<int, IndustryPreference> SmallCohorts => new()
    {
        { 11, IndustryPreference.PreferDifferent },
        { 12, IndustryPreference.PreferSame },
        { 13, IndustryPreference.RequireDifferent },
        { 15, IndustryPreference.Neutral },
        { 16, IndustryPreference.PreferDifferent },
    };

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Cohorts))]
    public void Score_and_Explain_equal_the_naive_scorer_on_every_pair(int seed, IndustryPreference industry) =>
        AssertScorerAgreesOnEveryPair(seed, industry, 90);

    // The same comparison on cohorts of 24 (552 ordered pairs, milliseconds): fast enough that a mutation
    // run can rerun it for every mutant of the scorer, which it cannot do with the 90-member cohorts.
    [Theory]
    [MemberData(nameof(SmallCohorts))]
    [InlineData(14, IndustryPreference.RequireSame)]
    public void Score_and_Explain_equal_the_naive_scorer_on_a_small_cohort(int seed, IndustryPreference industry) =>
        AssertScorerAgreesOnEveryPair(seed, industry, 24);

    private static void AssertScorerAgreesOnEveryPair(int seed, IndustryPreference industry, int count)
    {
        var (members, policy, history) = Cohort(seed, industry, count);
        var scorer = new MatchScorer(policy, history);
        var naive = new NaiveReferenceScorer(policy, history);
        var maxPoints = naive.MaxPoints();
        var kinds = Enum.GetValues<ScoreComponentKind>();
        var pairs = 0;
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = 0; j < members.Count; j++)
            {
                if (i == j)
                {
                    continue;
                }

                var expected = naive.Points(members[i], members[j]);
                var explained = scorer.Explain(members[i], members[j]);
                var where = $"seed {seed}, {members[i].Id} and {members[j].Id}";
                Assert.True(kinds.SequenceEqual(explained.Components.Select(c => c.Kind)), where + ": components " + string.Join(", ", explained.Components.Select(c => c.Kind)));
                foreach (var component in explained.Components)
                {
                    Assert.True(expected[component.Kind] == component.Points, $"{where}: {component.Kind} is {component.Points}, the naive scorer says {expected[component.Kind]}");
                    Assert.Equal(maxPoints[component.Kind], component.MaxPoints);
                }

                Assert.Equal(expected.Values.Sum(), explained.Total);
                Assert.Equal(naive.Format(members[i], members[j]), explained.Format);
                Assert.True(naive.Score(members[i], members[j]) == scorer.Score(members[i], members[j]), where + ": Score");
                pairs++;
            }
        }

        Assert.Equal(members.Count * (members.Count - 1), pairs);
    }

    [Theory(Timeout = TestTimeouts.Solver)]
    [MemberData(nameof(Cohorts))]
    public void Top_k_equals_the_naive_scorer_ranking(int seed, IndustryPreference industry) =>
        AssertTopKAgrees(seed, industry, 90);

    // As above on cohorts of 24, for the same reason as the small-cohort score comparison.
    [Theory]
    [MemberData(nameof(SmallCohorts))]
    public void Top_k_equals_the_naive_scorer_ranking_on_a_small_cohort(int seed, IndustryPreference industry) =>
        AssertTopKAgrees(seed, industry, 24);

    private static void AssertTopKAgrees(int seed, IndustryPreference industry, int count)
    {
        var (members, policy, history) = Cohort(seed, industry, count);
        var index = ProfileIndex.Build(members, policy, history);
        var naive = new NaiveReferenceScorer(policy, history);
        var nonEmpty = 0;
        for (var me = 0; me < members.Count; me += 3)
        {
            foreach (var k in new[] { 1, 5, members.Count })
            {
                var expected = naive.TopK(members, me, k, Day);
                var actual = index.TopK(me, k, Day).Select(t => (t.Index, t.MemberId, t.Score)).ToList();
                Assert.True(expected.SequenceEqual(actual), $"seed {seed}, member {members[me].Id}, k {k}:\nnaive  [{string.Join(", ", expected)}]\nindex  [{string.Join(", ", actual)}]");
                nonEmpty += expected.Count > 0 ? 1 : 0;
            }
        }

        // The cohort must leave most members with candidates and forbid some pairs, or the comparison proves little.
        Assert.True(nonEmpty > members.Count / 2, $"only {nonEmpty} non-empty rankings");
        var forbidden = Enumerable.Range(1, members.Count - 1).Count(j => !naive.Allowed(members[0], members[j], Day));
        Assert.InRange(forbidden, 1, members.Count - 2);
    }

    [Fact]
    public void The_naive_scorer_gives_the_documented_default_points()
    {
        // The worked numbers of docs/matching.md's table, so the oracle itself is checked against the docs.
        var naive = new NaiveReferenceScorer(MatchingPolicy.Default, new PairingHistory());
        var me = Make("me", "Acme");
        var peer = Make("peer", "Globex", industry: "health") with { RoleLevel = RoleLevel.VicePresident, OrganizationSize = OrganizationSize.Medium, Concerns = ["cybersecurity", "service-management"], Strengths = ["ai-integration"] };
        var points = naive.Points(me, peer);
        Assert.Equal(22, points[ScoreComponentKind.Role]);             // same family, one level apart
        Assert.Equal(10, points[ScoreComponentKind.SharedConcerns]);   // cybersecurity
        Assert.Equal(24, points[ScoreComponentKind.Complementarity]);  // my ai-integration meets their strength; my service-management their concern
        Assert.Equal(10, points[ScoreComponentKind.Industry]);         // different industry, preferred by default
        Assert.Equal(5, points[ScoreComponentKind.Size]);              // neighbouring size band
        Assert.Equal(20, points[ScoreComponentKind.PlaceAndTime]);     // same metro in person 15, same cadence 5
        Assert.Equal(10, points[ScoreComponentKind.History]);          // never peers
        Assert.Equal(101, naive.Score(me, peer));
    }

    // A generated cohort with the awkward cases the rules name: same organization in another case, competitors,
    // named and private exclusions, snoozes, opt-outs, caps, empty languages, no metro, narrow hours across time
    // zones, meet-everyone-first, and history of every outcome, rating and age.
    private static (IReadOnlyList<MemberProfile> Members, MatchingPolicy Policy, PairingHistory History) Cohort(int seed, IndustryPreference industry, int count = 90)
    {
        var random = new Random(seed);
        var members = MemberGenerator.Generate(count, seed, today: Day).ToList();
        for (var i = 0; i < count; i++)
        {
            var m = members[i];
            m = random.Next(10) switch
            {
                0 => m with { Organization = members[random.Next(count)].Organization.ToUpperInvariant() },
                1 => m with { DoNotPair = [members[random.Next(count)].Id] },
                2 => m with { SnoozedUntil = Day.AddDays(random.Next(-3, 3)) },
                3 => m with { OptOuts = OptOuts.Pairing },
                4 => m with { Languages = [] },
                5 => m with { Metro = random.Next(2) == 0 ? "" : members[random.Next(count)].Metro.ToLowerInvariant() },
                6 => m with { AvailableFromHour = random.Next(0, 12), AvailableToHour = random.Next(12, 25), UtcOffsetMinutes = random.Next(-12, 14) * 60 + (random.Next(2) * 30) },
                7 => m with { MeetEveryoneBeforeRepeating = true },
                8 => m with { Formats = (MeetingFormats)random.Next(1, 4), Industry = members[random.Next(count)].Industry.ToUpperInvariant() },
                _ => m,
            };
            members[i] = m;
        }

        var history = new PairingHistory();
        for (var i = 0; i < count * 2; i++)
        {
            var a = members[random.Next(count)].Id;
            var b = members[random.Next(count)].Id;
            if (a != b)
            {
                history.Add(new PairingRecord(a, b, Day.AddDays(-random.Next(0, 400)), (PairingOutcome)random.Next(3), random.Next(6) is var r && r == 0 ? null : r, Ongoing: random.Next(4) == 0));
            }
        }

        var policy = MatchingPolicy.Default with
        {
            Industry = industry,
            Competitors = [new CompetitorGroup([members[0].Organization, members[5].Organization.ToLowerInvariant(), members[9].Organization])],
            ExcludedPairs = [new ExcludedPair(members[0].Id, members[7].Id), new ExcludedPair(members[12].Id, members[3].Id)],
            MaxConcurrentPeers = 2,
        };
        return (members, policy, history);
    }
}
