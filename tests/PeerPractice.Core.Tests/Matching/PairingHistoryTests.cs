using PeerPractice.Matching;
using static PeerPractice.Core.Tests.Matching.TestMembers;

namespace PeerPractice.Core.Tests.Matching;

/// <summary>
/// The pairing history's own promises, and what the scorer reads from it at the edges, against dates and
/// records chosen here: a pairing of one member with itself, the last sit-out, the last day of a cool-down,
/// and two records of one day.
/// </summary>
public class PairingHistoryTests
{
    [Fact]
    public void A_pairing_of_a_member_with_itself_is_refused_and_not_recorded()
    {
        var history = new PairingHistory();
        var error = Assert.Throws<ArgumentException>(() => history.Add(new PairingRecord("a", "a", Day, PairingOutcome.Met, 5)));
        Assert.Equal("record", error.ParamName);
        Assert.StartsWith("A pairing needs two different members; got 'a' twice.", error.Message, StringComparison.Ordinal);
        Assert.Empty(history.Records);
        Assert.Empty(history.Of("a"));
    }

    [Fact]
    public void The_last_sit_out_is_the_latest_day_whatever_the_order_added()
    {
        var history = new PairingHistory();
        history.Add(new SitOutRecord("a", Day.AddDays(-10)));
        history.Add(new SitOutRecord("b", Day));
        history.Add(new SitOutRecord("a", Day.AddDays(-30)));
        history.Add(new SitOutRecord("a", Day.AddDays(-20)));
        Assert.Equal((3, Day.AddDays(-10)), history.SitOutsOf("a"));
        Assert.Equal((0, (DateOnly?)null), history.SitOutsOf("c"));
    }

    [Fact]
    public void A_cool_down_ends_on_the_day_the_policy_days_have_passed()
    {
        var days = MatchingPolicy.Default.CoolDownDays;
        var ended = new PairingHistory();
        ended.Add(new PairingRecord("a", "b", Day.AddDays(-days), PairingOutcome.Met, 4));
        var lastDay = new PairingHistory();
        lastDay.Add(new PairingRecord("a", "b", Day.AddDays(1 - days), PairingOutcome.Met, 4));

        Assert.Equal(HardRules.None, new MatchScorer(MatchingPolicy.Default, ended).Check(Make("a", "Acme"), Make("b", "Globex"), Day));
        Assert.Equal(HardRules.CoolDown, new MatchScorer(MatchingPolicy.Default, lastDay).Check(Make("a", "Acme"), Make("b", "Globex"), Day));
    }

    [Theory]
    [InlineData(5, 2, "You were peers before.")]
    [InlineData(2, 5, "You were peers before and it went well.")]
    public void Of_two_records_of_one_day_the_one_added_last_says_how_it_went(int firstRating, int lastRating, string reason)
    {
        var history = new PairingHistory();
        history.Add(new PairingRecord("a", "b", Day.AddDays(-400), PairingOutcome.Met, firstRating));
        history.Add(new PairingRecord("b", "a", Day.AddDays(-400), PairingOutcome.Met, lastRating));
        var explained = new MatchScorer(MatchingPolicy.Default, history).Explain(Make("a", "Acme"), Make("b", "Globex"));
        Assert.Equal(reason, explained.Components.Single(c => c.Kind == ScoreComponentKind.History).Reason);
    }
}
