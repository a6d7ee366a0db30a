using PeerPractice.Matching;
using PeerPractice.Samples;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// Building the index from profiles the loaders never saw: a repeated id, more languages than the mask holds,
/// members without a metro. Each is refused with words or read as the scorer reads it.
/// </summary>
public sealed class ProfileIndexBuildTests
{
    [Fact]
    public void A_repeated_member_id_is_refused_with_the_id_and_where()
    {
        var error = Assert.Throws<ArgumentException>(() => ProfileIndex.Build([Make("a", "Acme"), Make("b", "Bolt"), Make("a", "Crane")], MatchingPolicy.Default));
        Assert.Equal("members", error.ParamName);
        Assert.StartsWith("Duplicate member id 'a' at index 2.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Sixty_four_languages_fit_and_a_sixty_fifth_is_refused()
    {
        var members = Enumerable.Range(0, 64).Select(i => Make($"m{i}", $"Org {i}") with { Languages = [$"l{i}"] }).ToList();
        var index = ProfileIndex.Build(members, MatchingPolicy.Default);
        Assert.Equal(HardRules.NoCommonLanguage, index.Check(0, 63, Day) & HardRules.NoCommonLanguage);

        members.Add(Make("m64", "Org 64") with { Languages = ["l64"] });
        var error = Assert.Throws<ArgumentException>(() => ProfileIndex.Build(members, MatchingPolicy.Default));
        Assert.Equal("members", error.ParamName);
        Assert.StartsWith("The index supports at most 64 distinct languages.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Members_without_a_metro_never_meet_in_person()
    {
        var a = Make("a", "Acme", metro: "") with { Formats = MeetingFormats.InPerson };
        var b = Make("b", "Bolt", metro: "") with { Formats = MeetingFormats.InPerson };
        var index = ProfileIndex.Build([a, b], MatchingPolicy.Default);

        Assert.Equal(HardRules.NoCommonFormat, index.Check(0, 1, Day) & HardRules.NoCommonFormat);
        Assert.Equal(new MatchScorer(MatchingPolicy.Default).Check(a, b, Day), index.Check(0, 1, Day));
    }

    [Fact]
    public void Table_affinity_is_the_scorers_role_size_and_topic_points_plus_the_industry_weight_for_the_same_industry()
    {
        // The scorer (a separate implementation) is the oracle: tables want similar backgrounds whatever the policy's
        // industry preference for pairs, so the industry weight counts when the industries are the same.
        var members = MemberGenerator.Generate(30, 8, today: Day);
        var index = ProfileIndex.Build(members, MatchingPolicy.Default);
        var scorer = new MatchScorer(MatchingPolicy.Default);
        for (var i = 0; i < members.Count; i++)
        {
            for (var j = i + 1; j < members.Count; j++)
            {
                var parts = scorer.Explain(members[i], members[j]).Components.ToDictionary(c => c.Kind, c => c.Points);
                var industry = string.Equals(members[i].Industry, members[j].Industry, StringComparison.OrdinalIgnoreCase) ? MatchingPolicy.Default.Weights.Industry : 0;
                var expected = parts[ScoreComponentKind.Role] + parts[ScoreComponentKind.Size] + parts[ScoreComponentKind.SharedConcerns] + parts[ScoreComponentKind.Complementarity] + industry;
                Assert.Equal(expected, index.TableAffinity(i, j));
            }
        }
    }

    [Fact]
    public void A_snoozed_asker_is_as_unavailable_as_a_snoozed_candidate()
    {
        var a = Make("a", "Acme") with { SnoozedUntil = Day.AddDays(5) };
        var b = Make("b", "Bolt");
        var index = ProfileIndex.Build([a, b], MatchingPolicy.Default);
        Assert.Equal(HardRules.Unavailable, index.Check(0, 1, Day) & HardRules.Unavailable);
        Assert.Equal(HardRules.Unavailable, index.Check(1, 0, Day) & HardRules.Unavailable);
        Assert.Equal(new MatchScorer(MatchingPolicy.Default).Check(a, b, Day), index.Check(0, 1, Day));
    }

    [Theory]
    [InlineData(179, true)]
    [InlineData(180, false)]
    public void A_cool_down_ends_on_the_day_it_has_lasted_its_days(int daysAgo, bool coolingDown)
    {
        var (a, b) = (Make("a", "Acme"), Make("b", "Bolt"));
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "b", Day.AddDays(-daysAgo), PairingOutcome.Met, 4));
        var index = ProfileIndex.Build([a, b], MatchingPolicy.Default, history);

        Assert.Equal(coolingDown ? HardRules.CoolDown : HardRules.None, index.Check(0, 1, Day) & HardRules.CoolDown);
        Assert.Equal(new MatchScorer(MatchingPolicy.Default, history).Check(a, b, Day), index.Check(0, 1, Day));
    }

    [Fact]
    public void The_bytes_a_scan_reads_per_member_are_the_dense_arrays_widths()
    {
        // organization, industry, metro (int each), traits (int), window (two shorts), concerns, strengths, languages (ulong each), snooze (int).
        Assert.Equal(48, ProfileIndex.BytesPerMember);
    }

    [Fact]
    public void Each_opt_out_takes_a_member_out_of_its_own_activity_only()
    {
        var members = new[]
        {
            Make("none", "Acme"),
            Make("pairing", "Bolt") with { OptOuts = OptOuts.Pairing },
            Make("groups", "Crane") with { OptOuts = OptOuts.Groups },
            Make("visits", "Dune") with { OptOuts = OptOuts.SiteVisits },
        };
        var index = ProfileIndex.Build(members, MatchingPolicy.Default);
        bool[] Available(SuggestionKind kind) => [.. Enumerable.Range(0, members.Length).Select(i => index.IsAvailable(i, Day.DayNumber, kind))];

        Assert.Equal([true, false, true, true], Available(SuggestionKind.Pairing));
        Assert.Equal([true, true, false, true], Available(SuggestionKind.Table));
        Assert.Equal([true, true, true, false], Available(SuggestionKind.SiteVisit));
    }

    [Fact]
    public void The_index_reads_topics_against_the_catalog_it_is_given()
    {
        // Topics only the harbour catalog knows: the built-in catalog would refuse them.
        var members = new[]
        {
            Make("a", "Acme") with { Concerns = ["harbour-logistics"], Strengths = ["cold-chain"] },
            Make("b", "Bolt") with { Concerns = ["harbour-logistics", "cold-chain"], Strengths = [] },
        };
        var index = ProfileIndex.Build(members, MatchingPolicy.Default, topics: HarbourCatalog);

        Assert.Same(HarbourCatalog, index.TopicCatalog);
        Assert.Equal(new MatchScorer(MatchingPolicy.Default, topics: HarbourCatalog).Score(members[0], members[1]), index.Score(0, 1));
    }

    [Fact]
    public void A_top_k_of_nothing_takes_no_offer()
    {
        var heap = new TopKHeap(0);
        heap.Offer(10, 1);
        Assert.Empty(heap.Drain());
    }
}
