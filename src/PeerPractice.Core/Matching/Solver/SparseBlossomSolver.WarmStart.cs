using System;
using System.Collections.Generic;

namespace PeerPractice.Matching;

/// <summary>
/// Warm start: a solve that continues from a previous solver's optimum on a graph that holds every edge of the previous
/// one (same weights) and more, as the price-out round needs after each pricing pass.
/// <para>The previous matching, vertex and blossom duals and blossom structure are taken over, then made dual feasible
/// for the new edges by raising duals only (which never breaks feasibility elsewhere): an edge with negative slack
/// raises the top-level unit of one end by the deficit, taking it first from the unit's blossom dual (the unit's vertices
/// rise, its dual falls, so its inner edges keep their slack) and expanding a blossom whose dual is used up; an edge inside
/// one top-level blossom first dissolves that blossom into its parts. A unit whose edges out gain slack loses its matched
/// edge out, so a raise exposes two bases; every other matched edge and every blossom stays tight.</para>
/// <para>Exposed vertices then carry different duals, which the cold solver's single clock for all exposed vertices cannot
/// express. Instead each exposed vertex with a positive dual roots a tree, and one more event kind bounds every dual step:
/// an S-vertex's dual reaching zero. The vertex then becomes the exposed one: the even alternating path from its root is
/// flipped (every edge on it is tight, so complementary slackness holds), its tree is freed, and it stays free and
/// exposed at dual zero, which is optimal for it; an S-tree that later reaches it along a tight edge augments to it.
/// When no tree is left, every exposed vertex has dual zero, every matched edge and blossom is tight and every edge
/// feasible, so the matching is optimal (the same conditions as the cold solve, checked by the certificate tests).</para>
/// <para>S-S events are half a slack, so all roots start with duals of one parity (even; an odd one is raised by one).</para>
/// </summary>
internal sealed partial class SparseBlossomSolver
{
    private bool _warm;

    /// <summary>
    /// A solver for <paramref name="graph"/> that starts from <paramref name="previous"/>'s optimum; <paramref name="graph"/>
    /// must hold every edge of the previous graph with the same weight (and may hold more). Maximum-weight mode only.
    /// </summary>
    public static SparseBlossomSolver Resume(SparseBlossomSolver previous, MatchingGraph graph)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(graph);
        if (previous._maxCardinality)
        {
            throw new ArgumentException("A warm start is for maximum-weight mode only.", nameof(previous));
        }

        if (graph.VertexCount != previous._n)
        {
            throw new ArgumentException("A warm start needs the same vertices as the previous solve.", nameof(graph));
        }

        var solver = new SparseBlossomSolver(graph, maxCardinality: false) { _warm = true };
        solver.Import(previous);
        return solver;
    }

    /// <summary>Takes over the previous optimum with duals as of now, all labels free, edges renumbered for this graph.</summary>
    private void Import(SparseBlossomSolver previous)
    {
        for (var v = 0; v < _n; v++)
        {
            _dual[v] = previous.VertexDual(v);
            _inBlossom[v] = previous._inBlossom[v];
            _blossomParent[v] = previous._blossomParent[v];
            var mate = previous._mate[v];
            _mate[v] = mate < 0 ? -1 : EndpointAt(v, previous._endpoint[mate]);
        }

        for (var b = _n; b < 2 * _n; b++)
        {
            _blossomParent[b] = previous._blossomParent[b];
            _blossomBase[b] = previous._blossomBase[b];
            if (_blossomBase[b] < 0)
            {
                continue;
            }

            _dual[b] = previous.BlossomDual(b);
            _childs[b] = new List<int>(previous._childs[b]!);
            var endps = new List<int>(previous._endps[b]!.Count);
            foreach (var p in previous._endps[b]!)
            {
                endps.Add(EndpointAt(previous._endpoint[p ^ 1], previous._endpoint[p]));
            }

            _endps[b] = endps;
        }

        Array.Copy(previous._unused, _unused, _n);
        _unusedCount = previous._unusedCount;
    }

    /// <summary>The endpoint at <paramref name="far"/> of edge (<paramref name="near"/>, <paramref name="far"/>) in this graph.</summary>
    private int EndpointAt(int near, int far)
    {
        for (var s = _adjStart[near]; s < _adjStart[near + 1]; s++)
        {
            if (_adjVertex[s] == far)
            {
                return _adjEndpoint[s];
            }
        }

        throw new InvalidOperationException("A warm start needs every edge of the previous graph.");
    }

    /// <summary>Makes the imported duals feasible for every edge, then roots a tree at each exposed vertex of positive dual.</summary>
    private void StartWarm()
    {
        for (var k = 0; k < _weight2.Length; k++)
        {
            if (FullSlack(k) < 0)
            {
                Repair(k);
            }
        }

        for (var v = 0; v < _n; v++)
        {
            if (_mate[v] < 0 && (_dual[v] & 1) != 0)
            {
                RaiseUnit(v, 1);
            }
        }

        for (var v = 0; v < _n; v++)
        {
            if (_mate[v] < 0 && _dual[v] > 0 && _label[_inBlossom[v]] == Free)
            {
                AssignLabel(v, SLabel, -1, v);
            }
        }
    }

    /// <summary>The slack of edge <paramref name="k"/> with the duals of the blossoms holding both ends (no labels yet).</summary>
    private long FullSlack(int k)
    {
        var u = _endpoint[2 * k];
        var v = _endpoint[(2 * k) + 1];
        var slack = _dual[u] + _dual[v] - _weight2[k];
        if (_inBlossom[u] != _inBlossom[v])
        {
            return slack;
        }

        _scanStamp++;
        for (var x = _blossomParent[u]; x >= 0; x = _blossomParent[x])
        {
            _scanMark[x] = _scanStamp;
        }

        var common = _blossomParent[v];
        while (_scanMark[common] != _scanStamp)
        {
            common = _blossomParent[common];
        }

        for (var x = common; x >= 0; x = _blossomParent[x])
        {
            slack += 2 * _dual[x];
        }

        return slack;
    }

    private void Repair(int k)
    {
        var u = _endpoint[2 * k];
        var v = _endpoint[(2 * k) + 1];
        while (_inBlossom[u] == _inBlossom[v])
        {
            DissolveTop(_inBlossom[u]);
        }

        var slack = Slack(k);
        if (slack < 0)
        {
            // Raising a unit exposes its base and that base's mate; a unit already exposed costs no new root.
            var exposedV = _mate[_blossomBase[_inBlossom[v]]] < 0;
            var exposedU = _mate[_blossomBase[_inBlossom[u]]] < 0;
            RaiseUnit(exposedV && !exposedU ? v : u, -slack + (slack & 1));
        }
    }

    /// <summary>Spreads the dual of top-level blossom <paramref name="b"/> over its vertices and expands it.</summary>
    private void DissolveTop(int b)
    {
        var z = _dual[b];
        if (z > 0)
        {
            var count = CollectLeaves(b);
            for (var i = 0; i < count; i++)
            {
                _dual[_leaves[i]] += z;
            }

            _dual[b] = 0;
            Unmatch(_blossomBase[b]);
        }

        ExpandFreeBlossom(b);
    }

    /// <summary>Raises the top-level unit holding vertex <paramref name="u"/> by <paramref name="d"/> on every edge out of it.</summary>
    private void RaiseUnit(int u, long d)
    {
        while (true)
        {
            var top = _inBlossom[u];
            if (top < _n)
            {
                _dual[u] += d;
                Unmatch(u);
                return;
            }

            var take = Math.Min(_dual[top], d);
            if (take > 0)
            {
                var count = CollectLeaves(top);
                for (var i = 0; i < count; i++)
                {
                    _dual[_leaves[i]] += take;
                }

                _dual[top] -= take;
                d -= take;
                Unmatch(_blossomBase[top]);
            }

            if (d == 0)
            {
                return;
            }

            ExpandFreeBlossom(top);
        }
    }

    private void Unmatch(int v)
    {
        var p = _mate[v];
        if (p >= 0)
        {
            _mate[_endpoint[p]] = -1;
            _mate[v] = -1;
        }
    }

    /// <summary>S-vertex <paramref name="s"/>'s dual reached zero: it becomes its tree's exposed vertex, and the tree is freed.</summary>
    private void Retire(int s)
    {
        var root = _tree[_inBlossom[s]];
        AugmentFrom(s, -1);
        DissolveTrees(root, -1);
    }

    private void PushVertexEvent(int v) => _events.Enqueue((v << 2) | VertexEvent, _clock + VertexDual(v));
}
