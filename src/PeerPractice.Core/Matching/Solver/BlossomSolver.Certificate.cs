using System;
using System.Collections.Generic;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>Exports the dual solution in the scaled form documented on <see cref="MatchingCertificate"/>.</summary>
internal sealed partial class BlossomSolver
{
    public MatchingCertificate BuildCertificate()
    {
        var vertexDuals = new long[_n];
        Array.Copy(_dual, vertexDuals, _n);
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

            // Internally the blossom dual is kept undoubled (vertex duals are doubled); scale it like the others.
            blossoms.Add(new MatchingBlossom(ValueArray<int>.UnsafeWrap(vertices), 2 * _dual[b]));
        }

        return new MatchingCertificate(vertexDuals, blossoms);
    }
}
