using System.Collections.Generic;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// The dual solution found by the blossom algorithm. With it anyone can check that a matching is optimal without
/// trusting the solver: every dual is scaled by two so that it stays an integer.
/// </summary>
/// <remarks>
/// <para>Maximum-weight mode: the matching is optimal when (1) every vertex dual and blossom dual is at least zero;
/// (2) for every input edge (u, v, w), <c>VertexDuals[u] + VertexDuals[v] + Σ Dual of blossoms containing both u and v ≥ 2w</c>;
/// (3) that inequality is an equality for every matched edge; (4) every unmatched vertex has dual zero; and
/// (5) every blossom with a positive dual holds <c>(|B| - 1) / 2</c> matched pairs.</para>
/// <para>Maximum-cardinality mode: the same, except that vertex duals may be negative; with
/// <c>offset = max(0, -min VertexDuals)</c>, condition (1) becomes <c>VertexDuals[v] + offset ≥ 0</c> and (4) becomes
/// <c>VertexDuals[v] + offset = 0</c> for unmatched vertices.</para>
/// </remarks>
public sealed class MatchingCertificate
{
    internal MatchingCertificate(long[] vertexDuals, IReadOnlyList<MatchingBlossom> blossoms)
    {
        // The solver hands over its own fresh array: wrapped, not copied, and never written again.
        VertexDuals = ValueArray<long>.UnsafeWrap(vertexDuals);
        Blossoms = blossoms;
    }

    /// <summary>Twice the dual variable of each vertex.</summary>
    public ValueArray<long> VertexDuals { get; }

    /// <summary>The blossoms that exist at the end of the algorithm, nested ones included.</summary>
    public IReadOnlyList<MatchingBlossom> Blossoms { get; }
}
