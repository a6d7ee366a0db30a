using System.Runtime.Intrinsics;
using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Scale;

/// <summary>
/// The pricing pass's coarse test against the same test written here in 64-bit arithmetic, on duals drawn around the
/// margin in every regime of the clamps (near the top weight, near each clamp, far beyond): it never skips a pair
/// whose best possible reduced cost lies below the margin, it is exact where no key was clamped, and its vector form
/// agrees lane for lane with the scalar one at the extremes of the score range it accepts.
/// </summary>
public class PricingBoundTests
{
    private const int NearMargin = 20;
    private const long Clamp = PricingBound.DualClamp;

    [Fact]
    public void The_32_bit_test_holds_scores_up_to_its_limit_and_no_further()
    {
        const int Limit = 1 << 27;
        Assert.True(PricingBound.Fits(-Limit, Limit - 30, 30));
        Assert.False(PricingBound.Fits(-Limit - 1, 0, 0));
        Assert.False(PricingBound.Fits(0, Limit - 29, 30));
        Assert.True(PricingBound.Fits(0, 182, 0)); // the default weights
    }

    [Fact]
    public void A_key_is_the_dual_less_the_top_within_its_clamps()
    {
        const long Top = 50_000_000_000;
        Assert.Equal(-7, PricingBound.ColumnKey(Top - 7, Top));
        Assert.Equal((int)Clamp, PricingBound.ColumnKey(Top + (3 * Clamp), Top));
        Assert.Equal((int)(-2 * Clamp), PricingBound.ColumnKey(0, Top));
        Assert.Equal((int)(-(2 * Clamp) + 1), PricingBound.ColumnKey(Top - (2 * Clamp) + 1, Top));

        Assert.Equal(-7 - NearMargin, PricingBound.RowKey(Top - 7, Top, NearMargin));
        Assert.Equal((int)Clamp - NearMargin, PricingBound.RowKey(Top + (3 * Clamp), Top, NearMargin));
        Assert.Equal((int)(-Clamp - NearMargin), PricingBound.RowKey(Top - Clamp, Top, NearMargin));
        Assert.Equal((int)(-2 * Clamp), PricingBound.RowKey(Top - Clamp - 1, Top, NearMargin));
    }

    [Fact]
    public void The_test_never_skips_a_pair_that_may_come_within_the_margin_and_is_exact_where_nothing_was_clamped()
    {
        var random = new Random(20261127);
        int skipped = 0, exact = 0;
        for (var i = 0; i < 200_000; i++)
        {
            var (top, rowDual, columnDual, score, slack) = Draw(random);
            var lowest = rowDual + columnDual - (2 * (top + score + slack));
            var may = PricingBound.MayViolate(score, slack, PricingBound.ColumnKey(columnDual, top), PricingBound.RowKey(rowDual, top, NearMargin));
            if (lowest < NearMargin)
            {
                Assert.True(may, $"skipped a pair {lowest} from violating: top {top}, duals {rowDual} and {columnDual}, score {score}, slack {slack}");
            }

            long a = rowDual - top, b = columnDual - top;
            if (a is >= -Clamp and <= Clamp && b is >= -2 * Clamp and <= Clamp)
            {
                exact++;
                Assert.Equal(lowest < NearMargin, may);
            }

            skipped += may ? 0 : 1;
        }

        // The draws reach every regime: the test skipped pairs, and was held to exactness on many.
        Assert.InRange(skipped, 40_000, 160_000);
        Assert.InRange(exact, 40_000, 200_000);
    }

    [Fact]
    public void The_vector_test_agrees_with_the_scalar_test_lane_for_lane()
    {
        var random = new Random(7);
        Span<int> scores = stackalloc int[8], columns = stackalloc int[8];
        for (var block = 0; block < 20_000; block++)
        {
            var (top, rowDual, _, _, slack) = Draw(random);
            var rowKey = PricingBound.RowKey(rowDual, top, NearMargin);
            for (var lane = 0; lane < 8; lane++)
            {
                var (_, _, columnDual, score, _) = Draw(random);
                scores[lane] = Math.Min(score, (1 << 27) - slack);
                columns[lane] = PricingBound.ColumnKey(columnDual, top);
            }

            var vector = PricingBound.MayViolate(Vector256.Create<int>(scores), Vector256.Create(slack), Vector256.Create<int>(columns), Vector256.Create(rowKey));
            for (var lane = 0; lane < 8; lane++)
            {
                Assert.Equal(PricingBound.MayViolate(scores[lane], slack, columns[lane], rowKey), vector.GetElement(lane) == -1);
            }
        }
    }

    /// <summary>
    /// A top weight, two duals and a score within the accepted range: each dual sits near the top, near a clamp or far
    /// beyond, and half the time the row's dual is set so that the pair's best reduced cost lands within 50 of the margin.
    /// </summary>
    private static (long Top, long RowDual, long ColumnDual, int Score, int Slack) Draw(Random random)
    {
        var top = random.NextInt64(0, 100_000_000_000);
        var slack = random.Next(2) == 0 ? 0 : random.Next(0, 1_000);
        var score = random.Next(3) switch
        {
            0 => random.Next(-200, 200),
            1 => -(1 << 27) + random.Next(0, 100),
            _ => (1 << 27) - slack - random.Next(0, 100),
        };
        long Offset() => random.Next(6) switch
        {
            0 => random.Next(-1_000, 1_000),
            1 => Clamp + random.Next(-50, 50),
            2 => -Clamp + random.Next(-50, 50),
            3 => (-2 * Clamp) + random.Next(-50, 50),
            4 => random.NextInt64(-4 * Clamp, 4 * Clamp),
            _ => random.NextInt64(-100_000_000_000, 100_000_000_000),
        };
        var columnDual = top + Offset();
        var rowDual = random.Next(2) == 0
            ? top + Offset()
            : NearMargin + (2 * (top + score + slack)) - columnDual + random.Next(-50, 50);
        return (top, rowDual, columnDual, score, slack);
    }
}
