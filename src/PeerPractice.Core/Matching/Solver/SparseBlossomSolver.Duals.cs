using System;
using System.Collections.Generic;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// Lazy duals. A dual step of size d only adds d to the clock <c>_clock</c>: S-vertices lose it, T-vertices gain it,
/// top-level S-blossoms gain it and T-blossoms lose it. Each vertex and blossom stores its dual as of <c>_since</c> and
/// the rate it has accrued since (+1 for S, -1 for T, 0 otherwise); the rate is reset, and the dual brought up to date,
/// whenever its top-level label changes. So a dual step costs O(1) instead of O(n).
/// </summary>
internal sealed partial class SparseBlossomSolver
{
    private readonly long[] _dual;   // vertices: twice the dual; blossoms: the dual; both as of _since
    private readonly long[] _since;
    private readonly sbyte[] _rate;
    private long _clock;

    /// <summary>Twice the current dual of vertex <paramref name="v"/>.</summary>
    private long VertexDual(int v) => _dual[v] - (_rate[v] * (_clock - _since[v]));

    /// <summary>The current dual of blossom <paramref name="b"/> (not doubled).</summary>
    private long BlossomDual(int b) => _dual[b] + (_rate[b] * (_clock - _since[b]));

    /// <summary>Brings the dual of vertex or blossom <paramref name="x"/> up to date and sets the rate it accrues from now.</summary>
    private void SetRate(int x, int rate)
    {
        _dual[x] = x < _n ? VertexDual(x) : BlossomDual(x);
        _since[x] = _clock;
        _rate[x] = (sbyte)rate;
        if (_warm && rate == 1 && x < _n)
        {
            PushVertexEvent(x);
        }
    }

    /// <summary>Gives top-level blossom (or vertex) <paramref name="b"/> and every vertex inside it the rate of <paramref name="label"/>.</summary>
    /// <returns>The number of vertices inside, which are left in <c>_leaves</c>.</returns>
    private int SetTopRate(int b, int label)
    {
        var rate = label == SLabel ? 1 : label == TLabel ? -1 : 0;
        var count = CollectLeaves(b);
        for (var i = 0; i < count; i++)
        {
            SetRate(_leaves[i], rate);
        }

        if (b >= _n)
        {
            SetRate(b, rate);
        }

        return count;
    }

    /// <summary>The slack of edge <paramref name="k"/> between two different top-level blossoms, doubled like the vertex duals.</summary>
    private long Slack(int k) => VertexDual(_endpoint[2 * k]) + VertexDual(_endpoint[(2 * k) + 1]) - _weight2[k];

    /// <summary>The certificate in the scaled form documented on <see cref="MatchingCertificate"/>.</summary>
    public MatchingCertificate BuildCertificate()
    {
        var vertexDuals = new long[_n];
        for (var v = 0; v < _n; v++)
        {
            vertexDuals[v] = VertexDual(v);
        }

        var blossoms = new List<MatchingBlossom>();
        for (var b = _n; b < 2 * _n; b++)
        {
            if (_blossomBase[b] < 0)
            {
                continue;
            }

            var count = CollectLeaves(b);
            var vertices = _leaves.AsSpan(0, count).ToArray();
            Array.Sort(vertices);
            blossoms.Add(new MatchingBlossom(ValueArray<int>.UnsafeWrap(vertices), 2 * BlossomDual(b)));
        }

        return new MatchingCertificate(vertexDuals, blossoms);
    }

    /// <summary>The smallest current vertex dual (for the last step in maximum-cardinality mode).</summary>
    private long MinVertexDual()
    {
        var min = long.MaxValue;
        for (var v = 0; v < _n; v++)
        {
            min = Math.Min(min, VertexDual(v));
        }

        return min;
    }
}
