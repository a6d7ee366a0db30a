using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PeerPractice.Matching;

/// <summary>Labelling, blossom shrinking and expansion, and augmentation.</summary>
internal sealed partial class BlossomSolver
{
    /// <summary>Labels the top-level blossom of <paramref name="w"/>; a T label passes an S label on to its mate.</summary>
    private void AssignLabel(int w, int t, int p)
    {
        while (true)
        {
            var b = _inBlossom[w];
            Debug.Assert(_label[w] == Free && _label[b] == Free, "only free vertices are labelled");
            _label[w] = _label[b] = t;
            _labelEnd[w] = _labelEnd[b] = p;
            _bestEdge[w] = _bestEdge[b] = -1;
            if (t == SLabel)
            {
                var count = CollectLeaves(b);
                for (var i = 0; i < count; i++)
                {
                    Push(_leaves[i]);
                }

                return;
            }

            // A T-blossom's base is matched (otherwise it would be an S root): its mate becomes S.
            var mateEnd = _mate[_blossomBase[b]];
            Debug.Assert(mateEnd >= 0, "T-blossom base is matched");
            w = _endpoint[mateEnd];
            t = SLabel;
            p = mateEnd ^ 1;
        }
    }

    /// <summary>
    /// Walks up the trees from S-vertices <paramref name="v"/> and <paramref name="w"/>. Returns the base of the new
    /// blossom when they meet, or -1 when they reach two different roots (an augmenting path).
    /// </summary>
    private int ScanBlossom(int v, int w)
    {
        _scanStamp++;
        var pathLength = 0;
        var result = -1;
        while (v != -1 || w != -1)
        {
            var b = _inBlossom[v];
            if (_scanMark[b] == _scanStamp)
            {
                result = _blossomBase[b];
                break;
            }

            _scanMark[b] = _scanStamp;
            _path[pathLength++] = b;
            if (_labelEnd[b] == -1)
            {
                v = -1;
            }
            else
            {
                // Step over the T-blossom above to the next S-blossom.
                v = _endpoint[_labelEnd[b]];
                var bt = _inBlossom[v];
                v = _endpoint[_labelEnd[bt]];
            }

            if (w != -1)
            {
                (v, w) = (w, v);
            }
        }

        return result;
    }

    /// <summary>Shrinks the odd cycle closed by edge <paramref name="k"/> into a new S-blossom with base <paramref name="baseVertex"/>.</summary>
    private void AddBlossom(int baseVertex, int k)
    {
        var v = _endpoint[2 * k];
        var w = _endpoint[(2 * k) + 1];
        var bb = _inBlossom[baseVertex];
        var bv = _inBlossom[v];
        var bw = _inBlossom[w];
        var b = _unused[--_unusedCount];
        _blossomBase[b] = baseVertex;
        _blossomParent[b] = -1;
        _blossomParent[bb] = b;
        var childs = _childs[b] ??= new List<int>();
        var endps = _endps[b] ??= new List<int>();
        childs.Clear();
        endps.Clear();

        while (bv != bb)
        {
            _blossomParent[bv] = b;
            childs.Add(bv);
            endps.Add(_labelEnd[bv]);
            v = _endpoint[_labelEnd[bv]];
            bv = _inBlossom[v];
        }

        childs.Add(bb);
        childs.Reverse();
        endps.Reverse();
        endps.Add(2 * k);
        while (bw != bb)
        {
            _blossomParent[bw] = b;
            childs.Add(bw);
            endps.Add(_labelEnd[bw] ^ 1);
            w = _endpoint[_labelEnd[bw]];
            bw = _inBlossom[w];
        }

        _label[b] = SLabel;
        _labelEnd[b] = _labelEnd[bb];
        _dual[b] = 0;
        var count = CollectLeaves(b);
        for (var i = 0; i < count; i++)
        {
            var leaf = _leaves[i];
            if (_label[_inBlossom[leaf]] == TLabel)
            {
                // Former T-vertices are S now and must be scanned.
                Push(leaf);
            }

            _inBlossom[leaf] = b;
        }

        ComputeBlossomBestEdges(b, childs);
    }

    /// <summary>For the new blossom, keeps only the least-slack edge towards each other S-blossom (Galil's lists).</summary>
    private void ComputeBlossomBestEdges(int b, List<int> childs)
    {
        var touched = 0;
        foreach (var sub in childs)
        {
            if (_hasBestEdgeList[sub])
            {
                foreach (var k in _bestEdgeList[sub]!)
                {
                    ConsiderBestEdge(b, k, ref touched);
                }

                _hasBestEdgeList[sub] = false;
            }
            else
            {
                var count = CollectLeaves(sub);
                for (var i = 0; i < count; i++)
                {
                    var leaf = _leaves[i];
                    for (var s = _adjStart[leaf]; s < _adjStart[leaf + 1]; s++)
                    {
                        ConsiderBestEdge(b, _adjEndpoint[s] >> 1, ref touched);
                    }
                }
            }

            _bestEdge[sub] = -1;
        }

        var list = _bestEdgeList[b] ??= new List<int>();
        list.Clear();
        var best = -1;
        long bestSlack = 0;
        for (var i = 0; i < touched; i++)
        {
            var k = _bestEdgeTo[_touched[i]];
            _bestEdgeTo[_touched[i]] = -1;
            list.Add(k);
            var slack = Slack(k);
            if (best == -1 || slack < bestSlack)
            {
                (best, bestSlack) = (k, slack);
            }
        }

        _hasBestEdgeList[b] = true;
        SetBestEdge(b, best, bestSlack);
    }

    private void ConsiderBestEdge(int b, int k, ref int touched)
    {
        var j = _endpoint[2 * k];
        if (_inBlossom[j] == b)
        {
            j = _endpoint[(2 * k) + 1];
        }

        var bj = _inBlossom[j];
        if (bj == b || _label[bj] != SLabel)
        {
            return;
        }

        var current = _bestEdgeTo[bj];
        if (current == -1)
        {
            _touched[touched++] = bj;
            _bestEdgeTo[bj] = k;
        }
        else if (Slack(k) < Slack(current))
        {
            _bestEdgeTo[bj] = k;
        }
    }

    /// <summary>Dissolves top-level blossom <paramref name="b"/>, relabelling its parts when it was a T-blossom mid-stage.</summary>
    /// <remarks>At the end of a stage, sub-blossoms with zero dual are expanded too (with an explicit stack, not recursion).</remarks>
    private void ExpandBlossom(int b, bool endStage)
    {
        var top = 0;
        _taskBlossom[top++] = b;
        while (top > 0)
        {
            var x = _taskBlossom[--top];
            var childs = _childs[x]!;
            var endps = _endps[x]!;
            foreach (var s in childs)
            {
                _blossomParent[s] = -1;
                if (s < _n)
                {
                    _inBlossom[s] = s;
                }
                else if (endStage && _dual[s] == 0)
                {
                    _taskBlossom[top++] = s;
                }
                else
                {
                    var count = CollectLeaves(s);
                    for (var i = 0; i < count; i++)
                    {
                        _inBlossom[_leaves[i]] = s;
                    }
                }
            }

            if (!endStage && _label[x] == TLabel)
            {
                RelabelExpandedTBlossom(x, childs, endps);
            }

            _label[x] = Free;
            _labelEnd[x] = -1;
            childs.Clear();
            endps.Clear();
            _blossomBase[x] = -1;
            _hasBestEdgeList[x] = false;
            _bestEdge[x] = -1;
            _unused[_unusedCount++] = x;
        }
    }

    /// <summary>
    /// The T-blossom being expanded sat on an alternating path; the even-length half of its cycle from the entry child
    /// to the base becomes part of the tree (alternately T and S), the rest becomes free unless reached earlier.
    /// </summary>
    private void RelabelExpandedTBlossom(int b, List<int> childs, List<int> endps)
    {
        var len = childs.Count;
        var entryChild = _inBlossom[_endpoint[_labelEnd[b] ^ 1]];
        var j = childs.IndexOf(entryChild);
        int jstep, endTrick;
        if ((j & 1) != 0)
        {
            j -= len;
            jstep = 1;
            endTrick = 0;
        }
        else
        {
            jstep = -1;
            endTrick = 1;
        }

        var p = _labelEnd[b];
        while (j != 0)
        {
            // Relabel the T-sub-blossom, and mark the S-sub-blossom after it so it is relabelled through its mate.
            _label[_endpoint[p ^ 1]] = Free;
            _label[_endpoint[endps[Wrap(j - endTrick, len)] ^ endTrick ^ 1]] = Free;
            AssignLabel(_endpoint[p ^ 1], TLabel, p);
            j += jstep;
            p = endps[Wrap(j - endTrick, len)] ^ endTrick;
            j += jstep;
        }

        // The base child becomes T without passing a label on: its mate is already S.
        var bv = childs[Wrap(j, len)];
        _label[_endpoint[p ^ 1]] = _label[bv] = TLabel;
        _labelEnd[_endpoint[p ^ 1]] = _labelEnd[bv] = p;
        _bestEdge[bv] = -1;
        j += jstep;
        while (childs[Wrap(j, len)] != entryChild)
        {
            bv = childs[Wrap(j, len)];
            if (_label[bv] == SLabel)
            {
                // Already S through another route.
                j += jstep;
                continue;
            }

            var count = CollectLeaves(bv);
            var reached = -1;
            for (var i = 0; i < count; i++)
            {
                if (_label[_leaves[i]] != Free)
                {
                    reached = _leaves[i];
                    break;
                }
            }

            if (reached >= 0)
            {
                // A vertex inside was reached by a tight edge from an S-vertex: the sub-blossom becomes T.
                _label[reached] = Free;
                _label[_endpoint[_mate[_blossomBase[bv]]]] = Free;
                AssignLabel(reached, TLabel, _labelEnd[reached]);
            }

            j += jstep;
        }
    }

    private static int Wrap(int index, int length) => index < 0 ? index + length : index;

    /// <summary>Flips the matched edges inside blossom <paramref name="b"/> so that vertex <paramref name="v"/> becomes its base.</summary>
    /// <remarks>
    /// Each sub-blossom on the way is rebased independently of the others, so the nested work goes on an explicit stack
    /// of (blossom, new base) tasks instead of recursing once per nesting level.
    /// </remarks>
    private void AugmentBlossom(int b, int v)
    {
        var top = 0;
        (_taskBlossom[top], _taskVertex[top]) = (b, v);
        top++;
        while (top > 0)
        {
            top--;
            RebaseBlossom(_taskBlossom[top], _taskVertex[top], ref top);
        }
    }

    private void RebaseBlossom(int b, int v, ref int top)
    {
        var t = v;
        while (_blossomParent[t] != b)
        {
            t = _blossomParent[t];
        }

        if (t >= _n)
        {
            (_taskBlossom[top], _taskVertex[top]) = (t, v);
            top++;
        }

        var childs = _childs[b]!;
        var endps = _endps[b]!;
        var len = childs.Count;
        var i = childs.IndexOf(t);
        var j = i;
        int jstep, endTrick;
        if ((i & 1) != 0)
        {
            j -= len;
            jstep = 1;
            endTrick = 0;
        }
        else
        {
            jstep = -1;
            endTrick = 1;
        }

        while (j != 0)
        {
            j += jstep;
            t = childs[Wrap(j, len)];
            var p = endps[Wrap(j - endTrick, len)] ^ endTrick;
            if (t >= _n)
            {
                (_taskBlossom[top], _taskVertex[top]) = (t, _endpoint[p]);
                top++;
            }

            j += jstep;
            t = childs[Wrap(j, len)];
            if (t >= _n)
            {
                (_taskBlossom[top], _taskVertex[top]) = (t, _endpoint[p ^ 1]);
                top++;
            }

            _mate[_endpoint[p]] = p ^ 1;
            _mate[_endpoint[p ^ 1]] = p;
        }

        RotateLeft(CollectionsMarshal.AsSpan(childs), i);
        RotateLeft(CollectionsMarshal.AsSpan(endps), i);
        // The child now first holds v, as base of itself or of its own (possibly still pending) rebase.
        _blossomBase[b] = v;
    }

    private static void RotateLeft(Span<int> span, int by)
    {
        if (by == 0)
        {
            return;
        }

        span[..by].Reverse();
        span[by..].Reverse();
        span.Reverse();
    }

    /// <summary>Swaps matched and unmatched edges along the augmenting path through edge <paramref name="k"/>.</summary>
    private void AugmentMatching(int k)
    {
        for (var side = 0; side < 2; side++)
        {
            var s = _endpoint[(2 * k) + side];
            var p = (2 * k) + 1 - side;
            while (true)
            {
                var bs = _inBlossom[s];
                Debug.Assert(_label[bs] == SLabel, "path alternates from an S-blossom");
                if (bs >= _n)
                {
                    AugmentBlossom(bs, s);
                }

                _mate[s] = p;
                if (_labelEnd[bs] == -1)
                {
                    break; // reached a root
                }

                var t = _endpoint[_labelEnd[bs]];
                var bt = _inBlossom[t];
                Debug.Assert(_label[bt] == TLabel, "S-blossom is reached from a T-blossom");
                s = _endpoint[_labelEnd[bt]];
                var j = _endpoint[_labelEnd[bt] ^ 1];
                if (bt >= _n)
                {
                    AugmentBlossom(bt, j);
                }

                _mate[j] = _labelEnd[bt];
                p = _labelEnd[bt] ^ 1;
            }
        }
    }
}
