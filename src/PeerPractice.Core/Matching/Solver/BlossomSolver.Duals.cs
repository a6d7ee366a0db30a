using System;
using System.Diagnostics;

namespace PeerPractice.Matching;

/// <summary>The dual step: the smallest of the four slacks, the dual update, and cached least-slack edges.</summary>
internal sealed partial class BlossomSolver
{
    private (int Type, long Delta, int Edge, int Blossom) ComputeDelta()
    {
        var type = -1;
        long delta = 0;
        int edge = -1, blossom = -1;
        if (!_maxCardinality)
        {
            // Free vertices hold the smallest duals; reaching zero there means no further gain is possible.
            type = 1;
            delta = MinVertexDual();
        }

        for (var v = 0; v < _n; v++)
        {
            if (_label[_inBlossom[v]] == Free && _bestEdge[v] != -1)
            {
                if (!IsFreeBestEdgeValid(v) && !SetBestEdge(v, FreeBestEdge(v)))
                {
                    continue;
                }

                var d = BestSlack(v);
                if (type == -1 || d < delta)
                {
                    (type, delta, edge) = (2, d, _bestEdge[v]);
                }
            }
        }

        for (var b = 0; b < 2 * _n; b++)
        {
            if (_blossomParent[b] == -1 && _label[b] == SLabel && _bestEdge[b] != -1)
            {
                if (!IsSBestEdgeValid(b) && !SetBestEdge(b, SBestEdge(b)))
                {
                    continue;
                }

                var kslack = BestSlack(b);
                Debug.Assert((kslack & 1) == 0, "S-S slacks are even with integer weights");
                var d = kslack / 2;
                if (type == -1 || d < delta)
                {
                    (type, delta, edge) = (3, d, _bestEdge[b]);
                }
            }
        }

        for (var b = _n; b < 2 * _n; b++)
        {
            if (_blossomBase[b] >= 0 && _blossomParent[b] == -1 && _label[b] == TLabel && (type == -1 || _dual[b] < delta))
            {
                (type, delta, blossom) = (4, _dual[b], b);
            }
        }

        if (type == -1)
        {
            // Maximum cardinality reached: one last dual step so the duals certify the result.
            type = 1;
            delta = Math.Max(0, MinVertexDual());
        }

        return (type, delta, edge, blossom);
    }

    private long MinVertexDual()
    {
        var min = long.MaxValue;
        for (var v = 0; v < _n; v++)
        {
            min = Math.Min(min, _dual[v]);
        }

        return min;
    }

    private void UpdateDuals(long delta)
    {
        _dualVersion++;
        for (var v = 0; v < _n; v++)
        {
            var label = _label[_inBlossom[v]];
            if (label == SLabel)
            {
                _dual[v] -= delta;
            }
            else if (label == TLabel)
            {
                _dual[v] += delta;
            }
        }

        for (var b = _n; b < 2 * _n; b++)
        {
            if (_blossomBase[b] >= 0 && _blossomParent[b] == -1)
            {
                if (_label[b] == SLabel)
                {
                    _dual[b] += delta;
                }
                else if (_label[b] == TLabel)
                {
                    _dual[b] -= delta;
                }
            }
        }
    }

    /// <summary>The slack of <c>_bestEdge[x]</c>, cached until the duals change (recomputing it costs cache misses).</summary>
    private long BestSlack(int x)
    {
        if (_bestSlackAt[x] != _dualVersion)
        {
            _bestSlack[x] = Slack(_bestEdge[x]);
            _bestSlackAt[x] = _dualVersion;
        }

        return _bestSlack[x];
    }

    private void SetBestEdge(int x, int k, long slack)
    {
        _bestEdge[x] = k;
        _bestSlack[x] = slack;
        _bestSlackAt[x] = _dualVersion;
    }

    /// <summary>Sets a best edge whose slack is not known yet; false when it is none.</summary>
    private bool SetBestEdge(int x, int k)
    {
        _bestEdge[x] = k;
        _bestSlackAt[x] = 0;
        return k != -1;
    }

    private long Slack(int k) => _dual[_endpoint[2 * k]] + _dual[_endpoint[(2 * k) + 1]] - _weight2[k];
}
