using PeerPractice.Matching;

namespace PeerPractice.Core.Tests.Matching.Solver;

/// <summary>Independent checks of a result: it is a matching of the graph, its total is right, and its certificate proves optimality.</summary>
internal static class MatchingChecks
{
    /// <summary>Throws unless <paramref name="result"/> is a valid matching with a correctly summed weight.</summary>
    public static void AssertValidMatching(int n, IReadOnlyList<WeightedEdge> edges, WeightedMatchingResult result)
    {
        Assert.Equal(n, result.Mates.Count);
        var best = BestWeights(edges);
        long total = 0;
        var pairs = 0;
        for (var v = 0; v < n; v++)
        {
            var mate = result.Mates[v];
            if (mate < 0)
            {
                Assert.Equal(-1, mate);
                continue;
            }

            Assert.InRange(mate, 0, n - 1);
            Assert.Equal(v, result.Mates[mate]);
            Assert.True(best.ContainsKey(Key(v, mate)), $"vertex {v} is matched to {mate} without an edge");
            if (v < mate)
            {
                total += best[Key(v, mate)];
                pairs++;
            }
        }

        Assert.Equal(total, result.TotalWeight);
        Assert.Equal(pairs, result.PairCount);
    }

    /// <summary>Checks dual feasibility and complementary slackness as documented on <see cref="MatchingCertificate"/>; returns the first violation or null.</summary>
    public static string? FindCertificateViolation(int n, IReadOnlyList<WeightedEdge> edges, WeightedMatchingResult result, bool maximumCardinality)
    {
        var certificate = result.Certificate ?? throw new InvalidOperationException("no certificate");
        var dv = certificate.VertexDuals;
        var offset = maximumCardinality ? Math.Max(0, -dv.DefaultIfEmpty().Min()) : 0;
        for (var v = 0; v < n; v++)
        {
            if (dv[v] + offset < 0)
            {
                return $"vertex {v} has negative dual {dv[v]}";
            }

            if (result.Mates[v] < 0 && dv[v] + offset != 0)
            {
                return $"unmatched vertex {v} has dual {dv[v]} (offset {offset})";
            }
        }

        // Sum of blossom duals over blossoms holding both ends, per vertex pair.
        var inside = new Dictionary<(int, int), long>();
        var pairsWithEdges = BestWeights(edges).Keys.ToArray();
        var member = new bool[n];
        foreach (var blossom in certificate.Blossoms)
        {
            if (blossom.Dual < 0)
            {
                return $"blossom [{string.Join(",", blossom.Vertices)}] has negative dual";
            }

            if (blossom.Vertices.Count < 3 || blossom.Vertices.Count % 2 == 0)
            {
                return $"blossom [{string.Join(",", blossom.Vertices)}] is not an odd set of 3 or more";
            }

            foreach (var v in blossom.Vertices)
            {
                member[v] = true;
            }

            var matchedInside = 0;
            foreach (var v in blossom.Vertices)
            {
                var mate = result.Mates[v];
                if (mate > v && member[mate])
                {
                    matchedInside++;
                }
            }

            if (blossom.Dual > 0 && matchedInside != (blossom.Vertices.Count - 1) / 2)
            {
                return $"blossom [{string.Join(",", blossom.Vertices)}] has positive dual but only {matchedInside} matched pairs inside";
            }

            foreach (var (u, v) in pairsWithEdges)
            {
                if (member[u] && member[v])
                {
                    inside[(u, v)] = inside.GetValueOrDefault((u, v)) + blossom.Dual;
                }
            }

            foreach (var v in blossom.Vertices)
            {
                member[v] = false;
            }
        }

        foreach (var e in edges)
        {
            if (!maximumCardinality && e.Weight <= 0)
            {
                continue; // ignored edges: feasible anyway because duals are not negative
            }

            var slack = dv[e.U] + dv[e.V] + inside.GetValueOrDefault(Key(e.U, e.V)) - (2 * e.Weight);
            if (slack < 0)
            {
                return $"edge ({e.U}, {e.V}, {e.Weight}) has negative slack {slack}";
            }
        }

        var best = BestWeights(edges);
        for (var v = 0; v < n; v++)
        {
            var mate = result.Mates[v];
            if (mate > v)
            {
                var slack = dv[v] + dv[mate] + inside.GetValueOrDefault(Key(v, mate)) - (2 * best[Key(v, mate)]);
                if (slack != 0)
                {
                    return $"matched edge ({v}, {mate}) has slack {slack}";
                }
            }
        }

        return null;
    }

    public static Dictionary<(int, int), long> BestWeights(IReadOnlyList<WeightedEdge> edges)
    {
        var best = new Dictionary<(int, int), long>();
        foreach (var e in edges)
        {
            var key = Key(e.U, e.V);
            if (!best.TryGetValue(key, out var w) || w < e.Weight)
            {
                best[key] = e.Weight;
            }
        }

        return best;
    }

    private static (int, int) Key(int u, int v) => u < v ? (u, v) : (v, u);
}
