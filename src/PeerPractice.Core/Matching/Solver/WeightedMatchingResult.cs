using System;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>A matching: who is paired with whom, and its total weight.</summary>
public sealed class WeightedMatchingResult
{
    internal WeightedMatchingResult(int[] mates, long totalWeight, int pairCount, MatchingCertificate? certificate)
    {
        // The solver hands over its own fresh array: wrapped, not copied, and never written again.
        Mates = ValueArray<int>.UnsafeWrap(mates);
        TotalWeight = totalWeight;
        PairCount = pairCount;
        Certificate = certificate;
    }

    /// <summary>For each vertex, the vertex it is paired with, or -1 when it is unmatched.</summary>
    public ValueArray<int> Mates { get; }

    /// <summary>The sum of the weights of the matched edges (the heaviest edge where parallel edges were given).</summary>
    public long TotalWeight { get; }

    /// <summary>The number of matched pairs.</summary>
    public int PairCount { get; }

    /// <summary>The dual solution proving optimality, when it was asked for with <see cref="WeightedMatchingOptions.IncludeCertificate"/>.</summary>
    public MatchingCertificate? Certificate { get; }

    /// <summary>True when <paramref name="vertex"/> has no partner.</summary>
    /// <param name="vertex">A vertex in <c>[0, Mates.Count)</c>.</param>
    public bool IsUnmatched(int vertex) => Mates[vertex] < 0;

    /// <summary>Counts the vertices without a partner.</summary>
    public int UnmatchedCount => Mates.Count - (2 * PairCount);

    internal static WeightedMatchingResult Empty(int vertexCount)
    {
        var mates = new int[vertexCount];
        Array.Fill(mates, -1);
        return new WeightedMatchingResult(mates, 0, 0, null);
    }
}
