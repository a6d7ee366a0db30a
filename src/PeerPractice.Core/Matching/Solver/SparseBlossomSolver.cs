using System;
using System.Collections.Generic;

namespace PeerPractice.Matching;

/// <summary>
/// The blossom algorithm for sparse graphs, O(nm log n): the same primal-dual method as <see cref="BlossomSolver"/>
/// (Edmonds, Galil 1986), organised as in the heap-based implementations (Galil, Micali and Gabow 1986; Kolmogorov's
/// Blossom V; LEMON's MaxWeightedMatching) so that no step costs O(n):
/// <list type="bullet">
/// <item>one alternating tree per exposed vertex, kept across augmentations: an augmentation dissolves only the two
/// trees it joins (<c>SparseBlossomSolver.Trees.cs</c>);</item>
/// <item>lazy duals: a dual step only advances a global clock, each vertex and blossom accrues it at the rate of its
/// label (<c>SparseBlossomSolver.Duals.cs</c>);</item>
/// <item>the next dual step comes from one priority queue of events (an edge from an S-vertex to a free vertex or
/// to another S-blossom becomes tight, a T-blossom's dual reaches zero), with stale entries dropped or re-keyed when
/// they surface (<c>SparseBlossomSolver.Events.cs</c>).</item>
/// </list>
/// Vertex duals are doubled (blossom duals not), and every exposed vertex keeps the same dual, so integer weights give
/// integer arithmetic throughout, as in the dense solver.
/// </summary>
internal sealed partial class SparseBlossomSolver
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
    private readonly long _initialDual;

    private readonly int[] _mate;          // far endpoint of the matched edge, or -1
    private readonly int[] _label;         // per vertex and blossom
    private readonly int[] _labelEnd;      // endpoint through which the label was given, or -1
    private readonly int[] _inBlossom;     // top-level blossom of each vertex
    private readonly int[] _blossomParent;
    private readonly int[] _blossomBase;   // -1 for unused blossom ids
    private readonly List<int>?[] _childs;  // sub-blossoms around the cycle, starting at the base
    private readonly List<int>?[] _endps;   // _endps[b][i] joins _childs[b][i] to _childs[b][i + 1]
    private readonly int[] _unused;
    private int _unusedCount;

    private int[] _queue;                  // S-vertices waiting to be scanned
    private int _queueCount;
    private readonly bool[] _pending;      // in _queue and not scanned yet
    private readonly int[] _scanMark;
    private int _scanStamp;
    private readonly int[] _leafStack;
    private readonly int[] _leaves;
    private readonly int[] _taskBlossom;   // explicit stacks for nested blossom work
    private readonly int[] _taskVertex;

    public SparseBlossomSolver(MatchingGraph graph, bool maxCardinality)
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

        _initialDual = maxWeight;
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
        _unused = new int[_n];
        for (var i = 0; i < _n; i++)
        {
            _unused[i] = n2 - 1 - i;
        }

        _unusedCount = _n;
        _queue = new int[_n + 2];
        _pending = new bool[_n];
        _scanMark = new int[n2];
        _leafStack = new int[n2];
        _leaves = new int[_n];
        _taskBlossom = new int[_n + 1];
        _taskVertex = new int[_n + 1];

        _dual = new long[n2];
        Array.Fill(_dual, maxWeight, 0, _n);
        _since = new long[n2];
        _rate = new sbyte[n2];
        _tree = new int[n2];
        Array.Fill(_tree, -1);
        _treeMembers = new List<int>?[_n];
        _parked = new List<int>?[_n];
        _events = new PriorityQueue<int, long>(Math.Max(16, _adjEndpoint.Length / 2));
        _freed = new List<int>();
    }

    /// <summary>Runs the algorithm; afterwards <see cref="MateOf"/> and the duals describe the optimum.</summary>
    public void Solve()
    {
        if (_warm)
        {
            StartWarm();
        }
        else
        {
            // Every vertex starts exposed: the root of its own tree, labelled S.
            for (var v = 0; v < _n; v++)
            {
                AssignLabel(v, SLabel, -1, v);
            }
        }

        while (true)
        {
            ScanQueue();
            if (!NextDualStep())
            {
                return;
            }
        }
    }

    /// <summary>The vertex matched with <paramref name="v"/>, or -1.</summary>
    public int MateOf(int v) => _mate[v] < 0 ? -1 : _endpoint[_mate[v]];

    /// <summary>Scans the S-vertices in the queue: tight edges act at once, the others become future events.</summary>
    private void ScanQueue()
    {
        while (_queueCount > 0)
        {
            var v = _queue[--_queueCount];
            _pending[v] = false;
            if (_label[_inBlossom[v]] != SLabel)
            {
                continue; // freed by an augmentation after it was queued
            }

            var dv = VertexDual(v);
            var end = _adjStart[v + 1];
            for (var s = _adjStart[v]; s < end; s++)
            {
                var w = _adjVertex[s];
                var bw = _inBlossom[w];
                if (_inBlossom[v] == bw)
                {
                    continue;
                }

                var p = _adjEndpoint[s];
                var k = p >> 1;
                var labelW = _label[bw];
                if (labelW == TLabel)
                {
                    // Constant slack while w's blossom is T; it matters again only if that blossom is expanded.
                    if (w != bw)
                    {
                        Park(w, k);
                    }

                    continue;
                }

                var slack = dv + VertexDual(w) - _adjWeight2[s];
                if (slack <= 0)
                {
                    TightEdge(v, w, p);
                    if (_label[_inBlossom[v]] != SLabel)
                    {
                        break; // v's tree was dissolved by an augmentation
                    }
                }
                else if (labelW == Free)
                {
                    PushEdgeEvent(k, slack);
                }
                else if (!_pending[w])
                {
                    // S to S: pushed once, by whichever end is scanned last.
                    PushEdgeEvent(k, slack / 2);
                }
            }
        }
    }

    /// <summary>Acts on a tight edge from S-vertex <paramref name="v"/> to <paramref name="w"/> (endpoint <paramref name="p"/>) whose blossom is free or S.</summary>
    private void TightEdge(int v, int w, int p)
    {
        var bw = _inBlossom[w];
        if (_label[bw] == Free)
        {
            if (_mate[_blossomBase[bw]] < 0)
            {
                // Warm start only: a retired exposed vertex (dual zero) is reached, an augmenting path to it.
                var tree = _tree[_inBlossom[v]];
                AugmentMatching(p >> 1);
                DissolveTrees(tree, -1);
                return;
            }

            AssignLabel(w, TLabel, p ^ 1, _tree[_inBlossom[v]]);
            return;
        }

        var k = p >> 1;
        var b = ScanBlossom(v, w);
        if (b >= 0)
        {
            AddBlossom(b, k);
        }
        else
        {
            var first = _tree[_inBlossom[v]];
            var second = _tree[bw];
            AugmentMatching(k);
            DissolveTrees(first, second);
        }
    }

    private void Push(int v)
    {
        if (_pending[v])
        {
            return;
        }

        if (_queueCount == _queue.Length)
        {
            Array.Resize(ref _queue, _queue.Length * 2);
        }

        _pending[v] = true;
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
