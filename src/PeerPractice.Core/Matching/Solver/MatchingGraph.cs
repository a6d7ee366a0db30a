using System;
using System.Globalization;

namespace PeerPractice.Matching;

/// <summary>
/// A validated simple graph in compressed sparse row form: parallel edges merged (the heaviest kept), edges sorted by
/// their smaller endpoint. Edge k has endpoints <c>Endpoint[2k]</c> and <c>Endpoint[2k + 1]</c>; adjacency slot s of
/// vertex v names the far endpoint <c>AdjEndpoint[s]</c> (so the edge is <c>AdjEndpoint[s] &gt;&gt; 1</c>).
/// </summary>
internal sealed class MatchingGraph
{
    private MatchingGraph(int vertexCount, int[] endpoint, long[] weight)
    {
        VertexCount = vertexCount;
        Endpoint = endpoint;
        Weight = weight;
        EdgeCount = weight.Length;
        AdjStart = new int[vertexCount + 1];
        AdjEndpoint = new int[2 * EdgeCount];
        AdjVertex = new int[2 * EdgeCount];
        BuildAdjacency();
    }

    public int VertexCount { get; }

    public int EdgeCount { get; }

    public int[] Endpoint { get; }

    public long[] Weight { get; }

    public int[] AdjStart { get; }

    public int[] AdjEndpoint { get; }

    public int[] AdjVertex { get; }

    /// <summary>Validates <paramref name="edges"/> and builds the graph.</summary>
    /// <param name="vertexCount">Number of vertices.</param>
    /// <param name="edges">The input edges.</param>
    /// <param name="keepNonPositive">False drops edges with weight zero or below (they never add weight).</param>
    public static MatchingGraph Build(int vertexCount, ReadOnlySpan<WeightedEdge> edges, bool keepNonPositive)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(vertexCount);
        var bound = WeightedMatching.MaxAbsoluteWeight(vertexCount);

        // Counting sort by the smaller endpoint, validating on the way.
        var groupStart = new int[vertexCount + 1];
        var kept = 0;
        for (var i = 0; i < edges.Length; i++)
        {
            var e = edges[i];
            if (Problem(vertexCount, bound, i, e) is { } problem)
            {
                throw new ArgumentException(problem, nameof(edges));
            }

            if (keepNonPositive || e.Weight > 0)
            {
                groupStart[Math.Min(e.U, e.V) + 1]++;
                kept++;
            }
        }

        for (var v = 0; v < vertexCount; v++)
        {
            groupStart[v + 1] += groupStart[v];
        }

        var order = new int[kept];
        var fill = new int[vertexCount];
        for (var i = 0; i < edges.Length; i++)
        {
            var e = edges[i];
            if (keepNonPositive || e.Weight > 0)
            {
                var a = Math.Min(e.U, e.V);
                order[groupStart[a] + fill[a]++] = i;
            }
        }

        // Merge parallel edges within each group: the heaviest wins, the first given on ties.
        var slotOf = fill; // reused: position in the output of the last edge seen towards a vertex
        var ownerOf = new int[vertexCount];
        Array.Fill(ownerOf, -1);
        var endpoint = new int[2 * kept];
        var weight = new long[kept];
        var count = 0;
        for (var a = 0; a < vertexCount; a++)
        {
            for (var s = groupStart[a]; s < groupStart[a + 1]; s++)
            {
                var e = edges[order[s]];
                var b = Math.Max(e.U, e.V);
                if (ownerOf[b] == a)
                {
                    var at = slotOf[b];
                    weight[at] = Math.Max(weight[at], e.Weight);
                    continue;
                }

                ownerOf[b] = a;
                slotOf[b] = count;
                endpoint[2 * count] = a;
                endpoint[(2 * count) + 1] = b;
                weight[count] = e.Weight;
                count++;
            }
        }

        if (count < kept)
        {
            Array.Resize(ref endpoint, 2 * count);
            Array.Resize(ref weight, count);
        }

        return new MatchingGraph(vertexCount, endpoint, weight);
    }

    private static string? Problem(int vertexCount, long bound, int index, WeightedEdge e)
    {
        if ((uint)e.U >= (uint)vertexCount || (uint)e.V >= (uint)vertexCount)
        {
            return Describe(index, e, string.Create(CultureInfo.InvariantCulture, $"has an endpoint outside [0, {vertexCount})"));
        }

        if (e.U == e.V)
        {
            return Describe(index, e, "is a self-loop");
        }

        if (e.Weight > bound || e.Weight < -bound)
        {
            return Describe(index, e, string.Create(CultureInfo.InvariantCulture, $"has a weight outside [-{bound}, {bound}], the range that cannot overflow for {vertexCount} vertices"));
        }

        return null;
    }

    private static string Describe(int index, WeightedEdge e, string problem) =>
        string.Create(CultureInfo.InvariantCulture, $"Edge {index} (U = {e.U}, V = {e.V}, Weight = {e.Weight}) {problem}.");

    private void BuildAdjacency()
    {
        for (var k = 0; k < EdgeCount; k++)
        {
            AdjStart[Endpoint[2 * k] + 1]++;
            AdjStart[Endpoint[(2 * k) + 1] + 1]++;
        }

        for (var v = 0; v < VertexCount; v++)
        {
            AdjStart[v + 1] += AdjStart[v];
        }

        var next = new int[VertexCount];
        Array.Copy(AdjStart, next, VertexCount);
        for (var p = 0; p < 2 * EdgeCount; p++)
        {
            // Endpoint p sees the far endpoint p ^ 1.
            var slot = next[Endpoint[p]]++;
            AdjEndpoint[slot] = p ^ 1;
            AdjVertex[slot] = Endpoint[p ^ 1];
        }
    }
}
