namespace PeerPractice.Matching;

/// <summary>
/// Lone-root augmentation. The textbook algorithm ends a stage at every augmentation and rebuilds the whole forest,
/// rescanning every edge of every free vertex: on dense graphs most early augmentations join two free vertices that
/// have grown no tree yet, so that rescan is nearly all the work. When both ends of the augmenting edge are such
/// lone roots, the rest of the forest is untouched by the augmentation and stays valid, so the stage continues:
/// the two vertices just leave the forest. The only state that refers to them is least-slack edge bookkeeping
/// (<c>_bestEdge</c>), which is repaired lazily when the next dual step reads it.
/// </summary>
internal sealed partial class BlossomSolver
{
    /// <summary>A free S-vertex that is its own tree: not in a blossom and it has labelled nobody.</summary>
    private bool IsLoneRoot(int v) => _inBlossom[v] == v && _labelEnd[v] == -1 && _grewStamp[v] != _stage;

    /// <summary>Matches the two lone roots joined by edge <paramref name="k"/> and takes them out of the forest.</summary>
    private void AugmentLoneRoots(int k)
    {
        var v = _endpoint[2 * k];
        var w = _endpoint[(2 * k) + 1];
        _mate[v] = (2 * k) + 1;
        _mate[w] = 2 * k;
        _label[v] = _label[w] = Free;

        // Now matched but unlabelled, they need the least-slack edge from an S-vertex for the next dual step.
        SetBestEdge(v, FreeBestEdge(v));
        SetBestEdge(w, FreeBestEdge(w));
    }

    /// <summary>The best edge of unlabelled vertex <paramref name="v"/> still comes from an S-blossom.</summary>
    private bool IsFreeBestEdgeValid(int v)
    {
        var k = _bestEdge[v];
        var far = _endpoint[2 * k] == v ? _endpoint[(2 * k) + 1] : _endpoint[2 * k];
        return _label[_inBlossom[far]] == SLabel;
    }

    /// <summary>The best edge of top-level S-blossom <paramref name="b"/> still leads to another S-blossom.</summary>
    private bool IsSBestEdgeValid(int b)
    {
        var k = _bestEdge[b];
        var i = _inBlossom[_endpoint[2 * k]];
        var j = _inBlossom[_endpoint[(2 * k) + 1]];
        var far = i == b ? j : i;
        return far != b && _label[far] == SLabel;
    }

    /// <summary>The least-slack edge between unlabelled vertex <paramref name="v"/> and any S-vertex, or -1.</summary>
    private int FreeBestEdge(int v)
    {
        var best = -1;
        long bestSlack = 0;
        var dv = _dual[v];
        for (var s = _adjStart[v]; s < _adjStart[v + 1]; s++)
        {
            var w = _adjVertex[s];
            if (_label[_inBlossom[w]] != SLabel)
            {
                continue;
            }

            var slack = dv + _dual[w] - _adjWeight2[s];
            if (best == -1 || slack < bestSlack)
            {
                (best, bestSlack) = (_adjEndpoint[s] >> 1, slack);
            }
        }

        return best;
    }

    /// <summary>The least-slack edge between top-level S-blossom <paramref name="b"/> and another S-blossom, or -1.</summary>
    private int SBestEdge(int b)
    {
        var best = -1;
        long bestSlack = 0;
        if (b >= _n && _hasBestEdgeList[b])
        {
            // Galil's list already holds the best edge towards every S-blossom that existed when b formed;
            // blossoms that became S later record their edges to b on their own side.
            foreach (var k in _bestEdgeList[b]!)
            {
                var i = _inBlossom[_endpoint[2 * k]];
                var j = _inBlossom[_endpoint[(2 * k) + 1]];
                var far = i == b ? j : i;
                if (far != b && _label[far] == SLabel)
                {
                    var slack = Slack(k);
                    if (best == -1 || slack < bestSlack)
                    {
                        (best, bestSlack) = (k, slack);
                    }
                }
            }

            return best;
        }

        var count = CollectLeaves(b);
        for (var i = 0; i < count; i++)
        {
            var v = _leaves[i];
            for (var s = _adjStart[v]; s < _adjStart[v + 1]; s++)
            {
                var bw = _inBlossom[_adjVertex[s]];
                if (bw == b || _label[bw] != SLabel)
                {
                    continue;
                }

                var k = _adjEndpoint[s] >> 1;
                var slack = Slack(k);
                if (best == -1 || slack < bestSlack)
                {
                    (best, bestSlack) = (k, slack);
                }
            }
        }

        return best;
    }
}
