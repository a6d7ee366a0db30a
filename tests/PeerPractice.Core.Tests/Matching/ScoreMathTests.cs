using PeerPractice.Matching;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// The score arithmetic's edges against numbers worked out by hand: the most points a pair can score, a working
/// window that starts at midnight UTC, and how two topics read in a reason.
/// </summary>
public class ScoreMathTests
{
    [Fact]
    public void The_most_points_a_pair_can_score_adds_every_component_at_its_maximum()
    {
        // Role 3, shared concerns 5 x 7, complementarity both ways 2 x 11 x 13, industry 17, size 19, place 23, history 29.
        var weights = new ScoreWeights
        {
            Role = 3, SharedConcern = 5, MaxSharedConcerns = 7, Complementarity = 11, MaxComplementary = 13,
            Industry = 17, Size = 19, PlaceAndTime = 23, History = 29,
        };
        Assert.Equal((0L, 3 + 35 + 286 + 17 + 19 + 23 + 29), ScoreMath.Range(weights));
        Assert.Equal((0L, 30 + 30 + 72 + 10 + 10 + 20 + 10), ScoreMath.Range(MatchingPolicy.Default.Weights));
    }

    [Fact]
    public void The_least_points_a_pair_can_score_adds_every_negative_weight_at_its_cap()
    {
        var none = new ScoreWeights { Role = 0, SharedConcern = 0, Complementarity = 0, Industry = 0, Size = 0, PlaceAndTime = 0, History = 0 };

        // A history weight that favours repeat pairs: a new pair loses 10; two shared concerns give at most 20.
        Assert.Equal((-10L, 20L), ScoreMath.Range(none with { SharedConcern = 10, MaxSharedConcerns = 2, History = -10 }));

        // Shared concerns 3 x -4, complementarity both ways 2 x 3 x -7, industry -2, size -1; role 30 and place 20 at most.
        var mixed = none with { Role = 30, SharedConcern = -4, MaxSharedConcerns = 3, Complementarity = -7, MaxComplementary = 3, Industry = -2, Size = -1, PlaceAndTime = 20 };
        Assert.Equal((-12L - 42 - 2 - 1, 30L + 20), ScoreMath.Range(mixed));

        // Weights the API accepts beyond what an int holds in sum: role 2e9 and complementarity 2 x 3 x 2e9.
        Assert.Equal((0L, 2_000_000_000L + 12_000_000_000L), ScoreMath.Range(none with { Role = 2_000_000_000, Complementarity = 2_000_000_000, MaxComplementary = 3 }));
    }

    [Theory]
    [InlineData(9, 17, 540, 0, 480)]     // 09:00 at UTC+9 is midnight UTC: minute 0, not 1440
    [InlineData(0, 24, 0, 0, 1440)]
    [InlineData(9, 17, 600, 1380, 480)]  // 09:00 at UTC+10 is 23:00 UTC the day before
    [InlineData(9, 17, -300, 840, 480)]
    public void A_working_window_starts_within_the_day_in_utc_minutes(int from, int to, int offset, int start, int length) =>
        Assert.Equal((start, length), ScoreMath.UtcWindow(from, to, offset));

    [Fact]
    public void Two_shared_concerns_are_named_in_one_sentence_separated_by_a_comma()
    {
        var reason = new MatchScorer(MatchingPolicy.Default).Explain(Make("a", "Acme"), Make("b", "Globex")).Components
            .Single(c => c.Kind == ScoreComponentKind.SharedConcerns).Reason;
        Assert.Equal("You both face cybersecurity, AI integration.", reason);
    }
}
