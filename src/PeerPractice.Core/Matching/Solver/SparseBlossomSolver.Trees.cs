using System.Collections.Generic;

namespace PeerPractice.Matching;

/// <summary>
/// The forest across augmentations, and edges parked on vertices inside T-blossoms.
/// <para>An augmentation joins two trees; only those two are dissolved. Their vertices keep their duals, become free,
/// and look once along their edges for S-vertices of the other trees, which gives the events that can bring them back.
/// The rest of the forest, and its queued events, stay valid.</para>
/// <para>While a blossom is T, the slack of an edge from an S-vertex into it does not change, so such an edge is kept
/// (parked) on its vertex inside the blossom instead of in the event queue. When the blossom is expanded, the parked
/// edges decide whether a part is reached along a tight edge, and otherwise become events again.</para>
/// </summary>
internal sealed partial class SparseBlossomSolver
{
    private readonly int[] _tree;               // root of the tree of each labelled top-level blossom, or -1
    private readonly List<int>?[] _treeMembers;  // per root, the top-level blossoms labelled in its tree (may hold stale ids)
    private readonly List<int>?[] _parked;       // per vertex inside a T-blossom, edges from S-vertices
    private readonly List<int> _freed;

    private void JoinTree(int x, int root)
    {
        _tree[x] = root;
        if (x != root)
        {
            (_treeMembers[root] ??= new List<int>()).Add(x);
        }
    }

    /// <summary>After an augmentation between the trees of <paramref name="first"/> and <paramref name="second"/>, frees their vertices.</summary>
    private void DissolveTrees(int first, int second)
    {
        _freed.Clear();
        FreeTree(first);
        if (second >= 0 && second != first)
        {
            FreeTree(second);
        }

        foreach (var w in _freed)
        {
            var dw = VertexDual(w);
            for (var s = _adjStart[w]; s < _adjStart[w + 1]; s++)
            {
                var u = _adjVertex[s];
                if (_label[_inBlossom[u]] == SLabel)
                {
                    PushEdgeEvent(_adjEndpoint[s] >> 1, dw + VertexDual(u) - _adjWeight2[s]);
                }
            }
        }
    }

    private void FreeTree(int root)
    {
        if (_blossomParent[root] == -1 && _tree[root] == root)
        {
            FreeTop(root);
        }

        var members = _treeMembers[root];
        if (members is null)
        {
            return;
        }

        foreach (var x in members)
        {
            if (_blossomParent[x] == -1 && _tree[x] == root && (x < _n || _blossomBase[x] >= 0))
            {
                FreeTop(x);
            }
        }

        members.Clear();
    }

    private void FreeTop(int x)
    {
        var count = CollectLeaves(x);
        for (var i = 0; i < count; i++)
        {
            var leaf = _leaves[i];
            SetRate(leaf, 0);
            _label[leaf] = Free;
            _labelEnd[leaf] = -1;
            ClearParked(leaf);
            _freed.Add(leaf);
        }

        _label[x] = Free;
        _labelEnd[x] = -1;
        _tree[x] = -1;
        if (x < _n)
        {
            return;
        }

        SetRate(x, 0);
        ClearNestedLabels(x);
        if (_dual[x] == 0)
        {
            // A blossom of zero dual is not needed for the certificate; expanding it keeps the structure small.
            ExpandFreeBlossom(x);
        }
    }

    /// <summary>Nested blossoms keep the labels they had when they were shrunk; a free blossom must not.</summary>
    private void ClearNestedLabels(int b)
    {
        var top = 0;
        _leafStack[top++] = b;
        while (top > 0)
        {
            var x = _leafStack[--top];
            _label[x] = Free;
            _labelEnd[x] = -1;
            foreach (var child in _childs[x]!)
            {
                if (child >= _n)
                {
                    _leafStack[top++] = child;
                }
            }
        }
    }

    private void Park(int w, int k) => (_parked[w] ??= new List<int>()).Add(k);

    private void ClearParked(int v) => _parked[v]?.Clear();

    /// <summary>Finds a tight edge from an S-vertex into <paramref name="b"/> among its parked edges.</summary>
    private bool FindTightParked(int b, out int leaf, out int sEnd)
    {
        var count = CollectLeaves(b);
        for (var i = 0; i < count; i++)
        {
            leaf = _leaves[i];
            var parked = _parked[leaf];
            if (parked is null)
            {
                continue;
            }

            foreach (var k in parked)
            {
                sEnd = _endpoint[2 * k] == leaf ? (2 * k) + 1 : 2 * k;
                var bu = _inBlossom[_endpoint[sEnd]];
                if (bu != b && _label[bu] == SLabel && Slack(k) == 0)
                {
                    return true;
                }
            }
        }

        leaf = sEnd = -1;
        return false;
    }

    /// <summary>Blossom <paramref name="b"/> became free: its parked edges from S-vertices become events.</summary>
    private void Unpark(int b)
    {
        var count = CollectLeaves(b);
        for (var i = 0; i < count; i++)
        {
            var parked = _parked[_leaves[i]];
            if (parked is null)
            {
                continue;
            }

            foreach (var k in parked)
            {
                var u = _endpoint[2 * k] == _leaves[i] ? _endpoint[(2 * k) + 1] : _endpoint[2 * k];
                var bu = _inBlossom[u];
                if (bu != b && _label[bu] == SLabel)
                {
                    PushEdgeEvent(k, Slack(k));
                }
            }

            parked.Clear();
        }
    }
}
