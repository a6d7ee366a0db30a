using System;
using System.Collections.Generic;

namespace PeerPractice.Matching;

/// <summary>
/// Edmonds' primal-dual blossom algorithm for maximum-weight matching in general graphs, O(n^3), after Galil (1986)
/// with the per-blossom least-slack edge lists that keep each stage O(n^2). Vertices are 0..n-1 and blossoms take the
/// ids n..2n-1. Vertex duals are kept doubled (and blossom duals not) so integer weights give integer arithmetic.
/// All state lives in arrays allocated once; blossom child lists are per-id buffers reused across the run.
/// </summary>
internal sealed partial class BlossomSolver
{
    private const int Free = 0;
    private const int SLabel = 1;
    private const int TLabel = 2;

    private readonly int _n;
    private readonly int[] _endpoint;
    private readonly long[] _weight2;
    private readonly int[] _adjStart;
    private readonly int[] _adjEndpoint;
    private readonly int[] _adjVertex;
    private readonly long[] _adjWeight2;
    private readonly bool _maxCardinality;

    private readonly int[] _mate;          // far endpoint of the matched edge, or -1
    private readonly int[] _label;         // per vertex and blossom
    private readonly int[] _labelEnd;      // endpoint through which the label was given, or -1
    private readonly int[] _inBlossom;     // top-level blossom of each vertex
    private readonly int[] _blossomParent;
    private readonly int[] _blossomBase;   // -1 for unused blossom ids
    private readonly List<int>?[] _childs;  // sub-blossoms around the cycle, starting at the base
    private readonly List<int>?[] _endps;   // _endps[b][i] joins _childs[b][i] to _childs[b][i + 1]
    private readonly int[] _bestEdge;
    private readonly long[] _bestSlack;    // slack of _bestEdge, valid while _bestSlackAt == _dualVersion
    private readonly int[] _bestSlackAt;
    private int _dualVersion = 1;
    private readonly List<int>?[] _bestEdgeList;
    private readonly bool[] _hasBestEdgeList;
    private readonly int[] _unused;
    private int _unusedCount;
    private readonly long[] _dual;
    private readonly int[] _grewStamp;     // == _stage once the vertex has labelled another vertex in this stage
    private int _stage;

    private int[] _queue;
    private int _queueCount;
    private readonly int[] _scanMark;
    private int _scanStamp;
    private readonly int[] _path;
    private readonly int[] _leafStack;
    private readonly int[] _leaves;
    private readonly int[] _taskBlossom;   // explicit stacks for nested blossom work
    private readonly int[] _taskVertex;
    private readonly int[] _bestEdgeTo;
    private readonly int[] _touched;

    public BlossomSolver(MatchingGraph graph, bool maxCardinality)
    {
        _n = graph.VertexCount;
        var m = graph.EdgeCount;
        _endpoint = graph.Endpoint;
        _adjStart = graph.AdjStart;
        _adjEndpoint = graph.AdjEndpoint;
        _adjVertex = graph.AdjVertex;
        _maxCardinality = maxCardinality;

        _weight2 = new long[m];
        long maxWeight = 0;
        for (var k = 0; k < m; k++)
        {
            _weight2[k] = 2 * graph.Weight[k];
            maxWeight = Math.Max(maxWeight, graph.Weight[k]);
        }

        _adjWeight2 = new long[_adjEndpoint.Length];
        for (var s = 0; s < _adjEndpoint.Length; s++)
        {
            _adjWeight2[s] = _weight2[_adjEndpoint[s] >> 1];
        }

        var n2 = 2 * _n;
        _mate = new int[_n];
        Array.Fill(_mate, -1);
        _label = new int[n2];
        _labelEnd = new int[n2];
        Array.Fill(_labelEnd, -1);
        _inBlossom = new int[_n];
        for (var v = 0; v < _n; v++)
        {
            _inBlossom[v] = v;
        }

        _blossomParent = new int[n2];
        Array.Fill(_blossomParent, -1);
        _blossomBase = new int[n2];
        for (var v = 0; v < _n; v++)
        {
            _blossomBase[v] = v;
        }

        Array.Fill(_blossomBase, -1, _n, _n);
        _childs = new List<int>?[n2];
        _endps = new List<int>?[n2];
        _bestEdge = new int[n2];
        Array.Fill(_bestEdge, -1);
        _bestSlack = new long[n2];
        _bestSlackAt = new int[n2];
        _bestEdgeList = new List<int>?[n2];
        _hasBestEdgeList = new bool[n2];
        _unused = new int[_n];
        for (var i = 0; i < _n; i++)
        {
            _unused[i] = n2 - 1 - i;
        }

        _unusedCount = _n;
        _dual = new long[n2];
        Array.Fill(_dual, maxWeight, 0, _n);
        _grewStamp = new int[_n];
        _queue = new int[n2 + 2];
        _scanMark = new int[n2];
        _path = new int[n2];
        _leafStack = new int[n2];
        _leaves = new int[_n];
        _taskBlossom = new int[_n + 1];
        _taskVertex = new int[_n + 1];
        _bestEdgeTo = new int[n2];
        Array.Fill(_bestEdgeTo, -1);
        _touched = new int[n2];
    }

    /// <summary>Runs the algorithm; afterwards <see cref="MateOf"/> and the duals describe the optimum.</summary>
    public void Solve()
    {
        for (var t = 0; t < _n; t++)
        {
            StartStage();
            if (!RunStage())
            {
                break;
            }

            // A blossom with zero dual may be expanded between stages without losing optimality; this keeps the
            // structure small for the next stage.
            for (var b = _n; b < 2 * _n; b++)
            {
                if (_blossomParent[b] == -1 && _blossomBase[b] >= 0 && _label[b] == SLabel && _dual[b] == 0)
                {
                    ExpandBlossom(b, endStage: true);
                }
            }
        }
    }

    /// <summary>The vertex matched with <paramref name="v"/>, or -1.</summary>
    public int MateOf(int v) => _mate[v] < 0 ? -1 : _endpoint[_mate[v]];

    private void StartStage()
    {
        _stage++;
        Array.Clear(_label);
        Array.Fill(_bestEdge, -1);
        Array.Clear(_hasBestEdgeList, _n, _n);
        _queueCount = 0;
        for (var v = 0; v < _n; v++)
        {
            if (_mate[v] == -1 && _label[_inBlossom[v]] == Free)
            {
                AssignLabel(v, SLabel, -1);
            }
        }
    }

    /// <summary>Grows the alternating forest, adjusting duals, until an augmenting path is used (true) or none exists.</summary>
    private bool RunStage()
    {
        while (true)
        {
            if (ScanQueue())
            {
                return true;
            }

            var (deltaType, delta, deltaEdge, deltaBlossom) = ComputeDelta();
            UpdateDuals(delta);
            switch (deltaType)
            {
                case 1:
                    return false;
                case 2:
                    {
                        var i = _endpoint[2 * deltaEdge];
                        if (_label[_inBlossom[i]] == Free)
                        {
                            i = _endpoint[(2 * deltaEdge) + 1];
                        }

                        Push(i);
                        break;
                    }

                case 3:
                    Push(_endpoint[2 * deltaEdge]);
                    break;
                default:
                    ExpandBlossom(deltaBlossom, endStage: false);
                    break;
            }
        }
    }

    /// <summary>Scans the S-vertices in the queue along tight edges; true when the matching was augmented.</summary>
    private bool ScanQueue()
    {
        while (_queueCount > 0)
        {
            var v = _queue[--_queueCount];
            if (_label[_inBlossom[v]] != SLabel)
            {
                continue; // matched by a lone-root augmentation after it was queued
            }

            var dv = _dual[v];
            var end = _adjStart[v + 1];
            for (var s = _adjStart[v]; s < end; s++)
            {
                var w = _adjVertex[s];
                var bv = _inBlossom[v];
                var bw = _inBlossom[w];
                if (bv == bw)
                {
                    continue;
                }

                var p = _adjEndpoint[s];
                var k = p >> 1;
                var kslack = dv + _dual[w] - _adjWeight2[s];
                if (kslack <= 0)
                {
                    if (_label[bw] == Free)
                    {
                        AssignLabel(w, TLabel, p ^ 1);
                        _grewStamp[v] = _stage;
                    }
                    else if (_label[bw] == SLabel)
                    {
                        var b = ScanBlossom(v, w);
                        if (b >= 0)
                        {
                            AddBlossom(b, k);
                        }
                        else if (IsLoneRoot(v) && IsLoneRoot(w))
                        {
                            AugmentLoneRoots(k);
                            break;
                        }
                        else
                        {
                            AugmentMatching(k);
                            return true;
                        }
                    }
                    else if (_label[w] == Free)
                    {
                        // w sits inside a T-blossom: remember how it was reached in case the blossom is expanded.
                        _label[w] = TLabel;
                        _labelEnd[w] = p ^ 1;
                        _grewStamp[v] = _stage;
                    }
                }
                else if (_label[bw] == SLabel)
                {
                    if (_bestEdge[bv] == -1 || kslack < BestSlack(bv))
                    {
                        SetBestEdge(bv, k, kslack);
                    }
                }
                else if (_label[w] == Free)
                {
                    if (_bestEdge[w] == -1 || kslack < BestSlack(w))
                    {
                        SetBestEdge(w, k, kslack);
                    }
                }
            }
        }

        return false;
    }

    private void Push(int v)
    {
        if (_queueCount == _queue.Length)
        {
            Array.Resize(ref _queue, _queue.Length * 2);
        }

        _queue[_queueCount++] = v;
    }

    /// <summary>Writes the vertices inside blossom <paramref name="b"/> to <c>_leaves</c> and returns their count.</summary>
    private int CollectLeaves(int b)
    {
        if (b < _n)
        {
            _leaves[0] = b;
            return 1;
        }

        var count = 0;
        var top = 0;
        _leafStack[top++] = b;
        while (top > 0)
        {
            var x = _leafStack[--top];
            if (x < _n)
            {
                _leaves[count++] = x;
                continue;
            }

            var childs = _childs[x]!;
            for (var i = childs.Count - 1; i >= 0; i--)
            {
                _leafStack[top++] = childs[i];
            }
        }

        return count;
    }
}
