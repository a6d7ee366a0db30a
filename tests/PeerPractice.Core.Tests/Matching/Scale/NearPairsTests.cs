using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Scale;

/// <summary>
/// The nearest non-violating pairs a pricing pass keeps per row: the four with the least reduced cost, whatever the
/// order they come in, each row's apart from the next, and ties to the pair already kept.
/// </summary>
public class NearPairsTests
{
    private static WeightedEdge Edge(int v) => new(0, v, 100 + v);

    private static List<long> Kept(NearPairs near) => [.. near.Found.Select(e => (long)e.V).Order()];

    [Theory]
    [InlineData(new long[] { 3, 15, 12, 7, 1 }, new long[] { 1, 3, 7, 12 })]          // the farthest kept sits second
    [InlineData(new long[] { 15, 3, 12, 7, 19, 1 }, new long[] { 1, 3, 7, 12 })]      // a farther pair finds no place
    [InlineData(new long[] { 2, 4, 6, 18, 9, 8, 1, 0 }, new long[] { 0, 1, 2, 4 })]   // the farthest changes place as pairs come
    [InlineData(new long[] { 9, 5 }, new long[] { 5, 9 })]                            // a row with fewer than four keeps all
    public void A_row_keeps_its_four_pairs_of_least_reduced_cost(long[] reduced, long[] kept)
    {
        // Each pair's far end is its reduced cost, so the kept ends are the kept costs.
        var near = new NearPairs(4);
        near.StartRow();
        foreach (var r in reduced)
        {
            near.Offer(r, Edge((int)r));
        }

        near.EndRow();
        Assert.Equal(kept, Kept(near));
    }

    [Fact]
    public void Each_row_keeps_its_own_pairs_and_a_tie_keeps_the_pair_already_there()
    {
        var near = new NearPairs(2);
        near.StartRow();
        near.Offer(5, Edge(1));
        near.Offer(5, Edge(2));
        near.Offer(5, Edge(3)); // tied with both kept: neither gives way
        near.EndRow();

        near.StartRow();
        near.Offer(1, Edge(10));
        near.EndRow();

        Assert.Equal([Edge(1), Edge(2), Edge(10)], near.Found);
    }

    [Fact]
    public void A_row_needs_at_least_one_place() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new NearPairs(0));
}
