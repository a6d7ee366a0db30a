using System;
using System.Runtime.Intrinsics;

namespace PeerPractice.Matching;

/// <summary>
/// The coarse test a pricing pass runs on every allowed pair before pricing it exactly: a pair can come within the
/// near margin of violating (<c>u_i + u_j - 2 w_ij &lt; margin</c>) only if twice its best possible weight
/// (<c>top + score + slack</c>) reaches both duals. The duals lie billions away from the top weight, so each member's
/// dual less the top is held as a 32-bit key, clamped where the exact value cannot matter, and the vector scan adds
/// eight of them at once. The clamps only ever widen the test: it never skips a pair that may violate (the property
/// the tests check against the test written in 64-bit arithmetic).
/// </summary>
internal static class PricingBound
{
    /// <summary>A key's clamp: a row's key is at most this; a column's is between -2x and 1x this.</summary>
    public const int DualClamp = 1 << 29;

    /// <summary>The scores (plus history slack) the 32-bit test holds exactly: within plus or minus this.</summary>
    public const int ScoreLimit = 1 << 27;

    /// <summary>
    /// Whether every pair's score lies where the 32-bit test is exact: with <c>|2 (score + slack)| ≤ 2^28</c>, a
    /// column key in <c>[-2^30, 2^29]</c> and a row key in <c>[-2^30, 2^29]</c>, no sum leaves <see cref="int"/>. Outside
    /// it (weights in the hundreds of millions, which only the API allows) a pass prices every allowed pair exactly.
    /// </summary>
    public static bool Fits(long minScore, long maxScore, int slack) => minScore >= -ScoreLimit && maxScore + slack <= ScoreLimit;

    /// <summary>
    /// A member's key as the column of a pair: its dual less the top, clamped. Clamping down a dual far above the top
    /// only widens the test; a dual far below it maps to -2^30, so low that every pair with this member passes.
    /// </summary>
    public static int ColumnKey(long dual, long top) => (int)Math.Clamp(dual - top, -2L * DualClamp, DualClamp);

    /// <summary>
    /// A member's threshold as the row of a pair: its dual less the top and the near margin. A dual far below the top
    /// passes every pair of its row; one far above it is clamped down, which only widens the test.
    /// </summary>
    public static int RowKey(long dual, long top, int nearMargin) =>
        dual - top < -DualClamp ? -2 * DualClamp : (int)Math.Min(dual - top, DualClamp) - nearMargin;

    /// <summary>
    /// Whether a pair with this coded score may come within the margin of violating and must be priced: with keys the
    /// clamps left alone, exactly when <c>u_i + u_j - 2 (top + score + slack) &lt; margin</c>.
    /// </summary>
    public static bool MayViolate(int score, int slack, int columnKey, int rowKey) => (2L * (score + slack)) - columnKey > rowKey;

    /// <summary>The same test on eight pairs of one row at once, in 32-bit lanes (exact while <see cref="Fits"/> holds).</summary>
    public static Vector256<int> MayViolate(Vector256<int> score, Vector256<int> slack, Vector256<int> columnKey, Vector256<int> rowKey) =>
        Vector256.GreaterThan(((score + slack) * Vector256.Create(2)) - columnKey, rowKey);
}
