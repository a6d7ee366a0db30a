using System;
using System.Collections.Generic;

namespace PeerPractice.Matching;

/// <summary>
/// Per row of a pricing pass, the few pairs that do not violate but come closest (reduced cost below the margin):
/// duals move when the violators join, and these are the pairs most likely to violate next, so adding them saves
/// passes. Each worker of a pass keeps one and reuses it row after row.
/// </summary>
internal sealed class NearPairs
{
    private readonly long[] _reduced;
    private readonly WeightedEdge[] _edges;
    private int _count;

    /// <summary>Keeps at most <paramref name="perRow"/> pairs of each row (at least one).</summary>
    public NearPairs(int perRow)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(perRow, 1);
        _reduced = new long[perRow];
        _edges = new WeightedEdge[perRow];
    }

    /// <summary>The pairs kept so far, row after row (each row's in no particular order).</summary>
    public List<WeightedEdge> Found { get; } = [];

    /// <summary>Starts a row: the pairs offered until <see cref="EndRow"/> compete for its places.</summary>
    public void StartRow() => _count = 0;

    /// <summary>
    /// Offers a pair of the row: it takes a free place, or else the place of the kept pair with the largest reduced cost
    /// when its own is smaller (ties keep the pair already there).
    /// </summary>
    public void Offer(long reduced, WeightedEdge edge)
    {
        if (_count < _reduced.Length)
        {
            _reduced[_count] = reduced;
            _edges[_count++] = edge;
            return;
        }

        var worst = 0;
        for (var r = 1; r < _count; r++)
        {
            if (_reduced[r] > _reduced[worst])
            {
                worst = r;
            }
        }

        if (reduced < _reduced[worst])
        {
            _reduced[worst] = reduced;
            _edges[worst] = edge;
        }
    }

    /// <summary>Ends the row: its kept pairs join <see cref="Found"/>.</summary>
    public void EndRow()
    {
        for (var r = 0; r < _count; r++)
        {
            Found.Add(_edges[r]);
        }
    }
}
