using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Runtime.InteropServices;

namespace PeerPractice.Matching;

/// <summary>Labelling, blossom shrinking and expansion, and augmentation (as in the dense solver, plus trees and rates).</summary>
internal sealed partial class SparseBlossomSolver
{
    /// <summary>Labels the top-level blossom of <paramref name="w"/> in the tree of <paramref name="root"/>; a T label passes an S label on to its mate.</summary>
    private void AssignLabel(int w, int t, int p, int root)
    {
        while (true)
        {
            var b = _inBlossom[w];
            Debug.Assert(_label[w] == Free && _label[b] == Free, "only free vertices are labelled");
            _label[w] = _label[b] = t;
            _labelEnd[w] = _labelEnd[b] = p;
            JoinTree(b, root);
            var count = SetTopRate(b, t);
            if (t == SLabel)
            {
                for (var i = 0; i < count; i++)
                {
                    ClearParked(_leaves[i]);
                    Push(_leaves[i]);
                }

                return;
            }

            if (b >= _n)
            {
                PushBlossomEvent(b);
            }
            else
            {
                ClearParked(b);
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
        _since[b] = _clock;
        _rate[b] = 1;
        JoinTree(b, _tree[bb]);
        foreach (var child in childs)
        {
            if (child >= _n)
            {
                SetRate(child, 0); // nested blossoms keep their dual
            }
        }

        var count = CollectLeaves(b);
        for (var i = 0; i < count; i++)
        {
            var leaf = _leaves[i];
            if (_label[_inBlossom[leaf]] == TLabel)
            {
                // Former T-vertices are S now and must be scanned.
                SetRate(leaf, 1);
                ClearParked(leaf);
                Push(leaf);
            }

            _inBlossom[leaf] = b;
        }
    }

    /// <summary>Expands top-level T-blossom <paramref name="b"/>, whose dual has reached zero, relabelling its parts.</summary>
    private void ExpandTBlossom(int b)
    {
        var root = _tree[b];
        var count = CollectLeaves(b);
        for (var i = 0; i < count; i++)
        {
            // Rates and vertex labels are set again by the relabelling below.
            SetRate(_leaves[i], 0);
            _label[_leaves[i]] = Free;
        }

        SetRate(b, 0);
        var childs = _childs[b]!;
        var endps = _endps[b]!;
        foreach (var s in childs)
        {
            _blossomParent[s] = -1;
            _label[s] = Free;
            _labelEnd[s] = -1;
            _tree[s] = -1;
            if (s < _n)
            {
                _inBlossom[s] = s;
            }
            else
            {
                SetRate(s, 0);
                var leaves = CollectLeaves(s);
                for (var i = 0; i < leaves; i++)
                {
                    _inBlossom[_leaves[i]] = s;
                }
            }
        }

        RelabelExpandedTBlossom(b, childs, endps, root);
        ReleaseBlossom(b);
    }

    /// <summary>
    /// The T-blossom being expanded sat on an alternating path; the even-length half of its cycle from the entry child
    /// to the base becomes part of the tree (alternately T and S), the rest becomes free unless an S-vertex reaches it
    /// along a tight edge (found among the edges parked on its vertices).
    /// </summary>
    private void RelabelExpandedTBlossom(int b, List<int> childs, List<int> endps, int root)
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
            AssignLabel(_endpoint[p ^ 1], TLabel, p, root);
            j += jstep;
            p = endps[Wrap(j - endTrick, len)] ^ endTrick;
            j += jstep;
        }

        // The base child becomes T without passing a label on: its mate is already S.
        var bv = childs[Wrap(j, len)];
        var entry = _endpoint[p ^ 1];
        _label[entry] = _label[bv] = TLabel;
        _labelEnd[entry] = _labelEnd[bv] = p;
        JoinTree(bv, root);
        SetTopRate(bv, TLabel);
        if (bv >= _n)
        {
            PushBlossomEvent(bv);
        }
        else
        {
            ClearParked(bv);
        }

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

            if (FindTightParked(bv, out var leaf, out var sEnd))
            {
                AssignLabel(leaf, TLabel, sEnd, _tree[_inBlossom[_endpoint[sEnd]]]);
            }
            else
            {
                Unpark(bv);
            }

            j += jstep;
        }
    }

    /// <summary>Dissolves free top-level blossom <paramref name="b"/> of zero dual, and its sub-blossoms of zero dual.</summary>
    private void ExpandFreeBlossom(int b)
    {
        var top = 0;
        _taskBlossom[top++] = b;
        while (top > 0)
        {
            var x = _taskBlossom[--top];
            foreach (var s in _childs[x]!)
            {
                _blossomParent[s] = -1;
                _tree[s] = -1;
                if (s < _n)
                {
                    _inBlossom[s] = s;
                }
                else if (_dual[s] == 0)
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

            ReleaseBlossom(x);
        }
    }

    private void ReleaseBlossom(int x)
    {
        _label[x] = Free;
        _labelEnd[x] = -1;
        _tree[x] = -1;
        _childs[x]!.Clear();
        _endps[x]!.Clear();
        _blossomBase[x] = -1;
        _dual[x] = 0;
        _rate[x] = 0;
        _unused[_unusedCount++] = x;
    }

    private static int Wrap(int index, int length) => index < 0 ? index + length : index;

    /// <summary>Flips the matched edges inside blossom <paramref name="b"/> so that vertex <paramref name="v"/> becomes its base.</summary>
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
            AugmentFrom(_endpoint[(2 * k) + side], (2 * k) + 1 - side);
        }
    }

    /// <summary>
    /// Matches S-vertex <paramref name="s"/> to endpoint <paramref name="p"/> (-1: leaves it exposed) and flips the
    /// alternating path from it to its root; also takes a free blossom with an exposed base (warm start) as its own root.
    /// </summary>
    private void AugmentFrom(int s, int p)
    {
        while (true)
        {
            var bs = _inBlossom[s];
            Debug.Assert(_label[bs] == SLabel || (_label[bs] == Free && _labelEnd[bs] == -1), "path alternates from an S-blossom");
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
