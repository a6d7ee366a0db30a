using System;
using System.Collections.Generic;
using System.Globalization;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Threading;
using System.Threading.Tasks;

namespace PeerPractice.Matching;

/// <summary>
/// A round's exact maximum-weight matching without an n x n table (price-out). The candidate graph starts from
/// each member's best allowed peers (by level, then score) and is solved exactly by the sparse blossom solver; a
/// pricing pass then streams over every allowed pair once and checks its reduced cost against the solver's duals
/// (<c>u_i + u_j + Σ z_B ≥ 2 w_ij</c>). Violating pairs join the graph and the solve repeats; when none violates,
/// the duals prove the matching optimal over all allowed pairs. Memory is O(n K) plus the pairs added.
/// </summary>
internal sealed class PricedRound
{
    private const int RowsPerChunk = 32;

    // Pairs within this reduced cost (twice 10 score points) of violating join with the violators, at most 4 per row:
    // on 30,000 generated members this halved the passes (6 to 3) and the time; a wider margin (30 points, 8 per row)
    // doubled the candidate edges and cost more in the solves than it saved.
    private const int NearMargin = 20;
    private const int NearPerRow = 4;

    private readonly ProfileIndex _index;
    private readonly ProfileCode _code;
    private readonly RelaxationLadder _ladder;
    private readonly int[] _vertexMember;
    private readonly int[] _memberVertex;
    private readonly int _dayNumber;
    private readonly RoundOptions _options;
    private readonly HardRules _forbiddenCoded;
    private readonly long _scoreSpread;
    private readonly bool _bounded;
    private readonly HashSet<long> _inGraph = [];

    public PricedRound(ProfileIndex index, RelaxationLadder ladder, IReadOnlyList<int> vertexMembers, DateOnly day, long levelBonus, RoundOptions options)
    {
        _index = index;
        _code = index.Code;
        _ladder = ladder;
        _dayNumber = day.DayNumber;
        _options = options;
        _vertexMember = [.. vertexMembers];
        _memberVertex = new int[index.Count];
        Array.Fill(_memberVertex, -1);
        for (var v = 0; v < _vertexMember.Length; v++)
        {
            _memberVertex[_vertexMember[v]] = v;
        }

        // Coded rules that no level of the ladder relaxes: a lane with one of them is never an edge.
        var relaxable = HardRules.None;
        foreach (var rule in index.Policy.RelaxationOrder)
        {
            relaxable |= rule;
        }

        _forbiddenCoded = ProfileCode.CodedRules & ~(relaxable & ~HardRules.NeverRelaxable);
        var (minScore, maxScore) = ScoreMath.Range(index.Policy.Weights);
        _scoreSpread = maxScore - minScore;
        _bounded = PricingBound.Fits(minScore, maxScore, _code.HistorySlack);
        LevelBonus = levelBonus;
        var n = _vertexMember.Length;
        var top = (ladder.Levels * levelBonus) + _scoreSpread;
        CardinalityBonus = (Math.Max(1L, n / 2) * top) + 1;
        if (CardinalityBonus > WeightedMatching.MaxAbsoluteWeight(n) - top)
        {
            throw new ArgumentException(string.Create(CultureInfo.InvariantCulture,
                $"A round of {n} members with {ladder.Levels} relaxation levels needs edge weights beyond the solver's exact integer range; split the cohort or shorten the relaxation order."), nameof(vertexMembers));
        }
    }

    public long CardinalityBonus { get; }

    public long LevelBonus { get; }

    public int VertexCount => _vertexMember.Length;

    /// <summary>The weight of the pair of vertices' members, or -1 when no level allows it.</summary>
    public long WeightOf(int i, int j, out HardRules rules, out int level, out int score)
    {
        rules = _index.Check(i, j, DateOnly.FromDayNumber(_dayNumber));
        level = _ladder.LevelOf(rules);
        score = level == RelaxationLadder.Forbidden ? 0 : _index.Score(i, j);
        return level == RelaxationLadder.Forbidden ? -1 : Weight(level, score);
    }

    private long PairKey(int u, int v) => ((long)Math.Min(u, v) * VertexCount) + Math.Max(u, v);

    private long Weight(int level, int score) => CardinalityBonus + ((_ladder.Levels - level) * LevelBonus) + score;

    /// <summary>Solves, prices and repeats until the duals prove the matching optimal or the budget ends.</summary>
    public (WeightedMatchingResult Matching, RoundCertificate Certificate) Solve()
    {
        var clock = _options.TimeProvider ?? TimeProvider.System;
        var started = clock.GetTimestamp();
        var edges = CandidateGraph();
        foreach (var e in edges)
        {
            _inGraph.Add(PairKey(e.U, e.V));
        }

        var passes = 0;
        SparseBlossomSolver? solver = null; // each solve after the first starts warm from the one before
        while (true)
        {
            Report(passes == 0 ? "exact solve" : "exact solve (warm)", 0, 1);
            var matching = WeightedMatching.MaximumWeightResumable(VertexCount, CollectionsMarshal.AsSpan(edges), ref solver);
            passes++;
            var (violations, near, maxViolation, deficitSum) = Price(matching.Certificate!, passes);
            var proven = violations.Count == 0;
            var outOfBudget = passes >= Math.Max(1, _options.MaxPricingPasses)
                || (_options.TimeBudget is { } budget && clock.GetElapsedTime(started) >= budget);
            if (proven || outOfBudget)
            {
                var certificate = new RoundCertificate
                {
                    Method = RoundSolveMethod.PricedOut,
                    IsProvenOptimal = proven,
                    PricingPasses = passes,
                    CandidateEdges = edges.Count,
                    MaxViolation = maxViolation,
                    GapBound = deficitSum / 2,
                    CardinalityBonus = CardinalityBonus,
                    LevelBonus = LevelBonus,
                    Levels = _ladder.Levels,
                    VertexMemberIds = [.. Array.ConvertAll(_vertexMember, m => _index[m].Id)],
                    Duals = matching.Certificate,
                };
                return (matching, certificate);
            }

            edges.AddRange(violations);
            foreach (var e in violations)
            {
                _inGraph.Add(PairKey(e.U, e.V));
            }

            foreach (var e in near)
            {
                if (_inGraph.Add(PairKey(e.U, e.V)))
                {
                    edges.Add(e);
                }
            }
        }
    }

    /// <summary>Each member's K best allowed peers (by level, then score; ties to the lower index), as edges without repeats.</summary>
    private List<WeightedEdge> CandidateGraph()
    {
        var n = VertexCount;
        var k = Math.Max(1, _options.CandidatesPerMember);
        var peers = new int[n * k];
        Array.Fill(peers, -1);
        var done = 0;
        Parallel.For(0, (n + RowsPerChunk - 1) / RowsPerChunk, chunk =>
        {
            for (var v = chunk * RowsPerChunk; v < Math.Min(n, (chunk + 1) * RowsPerChunk); v++)
            {
                var heap = TopByWeight(_vertexMember[v], k);
                var ranked = heap.Drain();
                for (var r = 0; r < ranked.Length; r++)
                {
                    peers[(v * k) + r] = _memberVertex[ranked[r].Index];
                }
            }

            Report("candidate peers", Interlocked.Add(ref done, RowsPerChunk), n);
        });

        var keys = new List<long>(n * k);
        for (var v = 0; v < n; v++)
        {
            for (var r = 0; r < k; r++)
            {
                var u = peers[(v * k) + r];
                if (u >= 0)
                {
                    keys.Add(((long)Math.Min(u, v) * n) + Math.Max(u, v));
                }
            }
        }

        keys.Sort();
        var edges = new List<WeightedEdge>(keys.Count);
        for (var i = 0; i < keys.Count; i++)
        {
            if (i > 0 && keys[i] == keys[i - 1])
            {
                continue;
            }

            int a = (int)(keys[i] / n), b = (int)(keys[i] % n);
            var weight = WeightOf(_vertexMember[a], _vertexMember[b], out _, out _, out _);
            edges.Add(new WeightedEdge(a, b, weight));
        }

        return edges;
    }

    /// <summary>The top-k of one member by ranking key (levels above the pair's level) x (max score + 1) + score.</summary>
    private TopKHeap TopByWeight(int m, int k)
    {
        var heap = new TopKHeap(k);
        var controls = _index.ControlRow(m, _dayNumber, SuggestionKind.Pairing);
        var code = _code;
        var stride = (int)_scoreSpread + 1;
        var bestKey = (_ladder.Levels * stride) + code.HistorySlack;
        var n = _index.Count;
        var j = 0;
        if (code.IsVectorized)
        {
            var query = code.QueryOf(m, _dayNumber);
            var forbidden = Vector256.Create((int)_forbiddenCoded);
            for (; j + 8 <= n; j += 8)
            {
                code.Block(in query, j, out var score, out var rules);
                var pass = Vector256.Equals(rules & forbidden, Vector256<int>.Zero);
                if (heap.IsFull)
                {
                    pass &= Vector256.GreaterThan(score + Vector256.Create(bestKey), Vector256.Create(heap.WorstScore));
                }

                var mask = pass.ExtractMostSignificantBits();
                while (mask != 0)
                {
                    var lane = BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                    OfferByWeight(ref heap, ref controls, m, j + lane, score.GetElement(lane), (HardRules)rules.GetElement(lane), stride);
                }
            }
        }

        for (; j < n; j++)
        {
            var score = code.Lane(m, j, _dayNumber, out var rules);
            if ((rules & _forbiddenCoded) == 0 && (!heap.IsFull || score + bestKey > heap.WorstScore))
            {
                OfferByWeight(ref heap, ref controls, m, j, score, rules, stride);
            }
        }

        return heap;
    }

    private void OfferByWeight(ref TopKHeap heap, ref ControlRow controls, int m, int j, int codedScore, HardRules codedRules, int stride)
    {
        var rules = codedRules | controls.Check(j, out var fact);
        if (_memberVertex[j] < 0 || j == m)
        {
            return;
        }

        if (_index.Compete(m, j))
        {
            rules |= HardRules.Competitor;
        }

        var level = _ladder.LevelOf(rules);
        if (level == RelaxationLadder.Forbidden)
        {
            return;
        }

        var score = codedScore - _code.HistoryNewPoints + ScoreMath.History(_index.Policy.Weights, fact.Standing);
        heap.Offer(((_ladder.Levels - level) * stride) + score, j);
    }

    /// <summary>
    /// One pass over every allowed pair (each once, rows in parallel): the pairs whose reduced cost is negative (at most
    /// a budget of them are returned, the first in row order; the pass still measures all), the largest violation, and
    /// the sum over rows of each row's largest violation, which bounds the gap (raising each row's dual by it makes the
    /// duals feasible).
    /// </summary>
    private (List<WeightedEdge> Violations, List<WeightedEdge> Near, long MaxViolation, long DeficitSum) Price(MatchingCertificate certificate, int pass)
    {
        var duals = certificate.VertexDuals.AsSpan().ToArray(); // one copy per pass keeps the hot loop on a plain array
        var blossoms = new BlossomTerms(VertexCount, certificate.Blossoms);
        var n = _index.Count;
        var top = CardinalityBonus + (_ladder.Levels * LevelBonus);

        // Per member, its key as the column of a pair (PricingBound); members outside the round are never priced.
        var key = new int[n];
        Array.Fill(key, PricingBound.DualClamp);
        for (var v = 0; v < VertexCount; v++)
        {
            key[_vertexMember[v]] = PricingBound.ColumnKey(duals[v], top);
        }

        var limit = PassCap(VertexCount, _options.CandidatesPerMember);
        var found = new List<WeightedEdge>();
        var nearFound = new List<WeightedEdge>();
        long maxViolation = 0, deficitSum = 0;
        var gate = new object();
        var done = 0;
        var label = string.Create(CultureInfo.InvariantCulture, $"pricing pass {pass}");

        // Each worker takes the next block from one counter, so its rows rise and its list stops at its first `limit`
        // violations in row order. The first `limit` of all rows are then in the union of the lists, whichever worker
        // found them, and the pass keeps exactly those: the same pairs in every run.
        var chunks = (n + RowsPerChunk - 1) / RowsPerChunk;
        var next = -1;
        Parallel.For(0, Math.Min(chunks, Environment.ProcessorCount),
            () => (List: new List<WeightedEdge>(), Near: new NearPairs(NearPerRow), Max: 0L, Sum: 0L),
            (_, _, local) =>
            {
                for (var chunk = Interlocked.Increment(ref next); chunk < chunks; chunk = Interlocked.Increment(ref next))
                {
                    for (var i = chunk * RowsPerChunk; i < Math.Min(n, (chunk + 1) * RowsPerChunk); i++)
                    {
                        if (_memberVertex[i] >= 0)
                        {
                            var deficit = PriceRow(i, duals, key, top, blossoms, local.List, limit, local.Near);
                            local.Max = Math.Max(local.Max, deficit);
                            local.Sum += deficit;
                        }
                    }

                    Report(label, Interlocked.Add(ref done, RowsPerChunk), n);
                }

                return local;
            },
            local =>
            {
                lock (gate)
                {
                    found.AddRange(local.List);
                    nearFound.AddRange(local.Near.Found);
                    maxViolation = Math.Max(maxViolation, local.Max);
                    deficitSum += local.Sum;
                }
            });

        return (ByPair(FirstInRowOrder(found, limit, _vertexMember, _index.Count)), ByPair(nearFound), maxViolation, deficitSum);
    }

    /// <summary>
    /// How many violating pairs one pass adds at most (docs/matching.md, step 4): K per member, as many edges as the
    /// first candidate graph holds at most; never fewer than 10,000, so that a small cohort is not cut into many
    /// passes.
    /// </summary>
    internal static int PassCap(int vertexCount, int candidatesPerMember) => Math.Max(10_000, vertexCount * Math.Max(1, candidatesPerMember));

    /// <summary>
    /// The <paramref name="limit"/> first of <paramref name="violations"/> (edges between vertices) in row order: by
    /// the earlier member of the pair, then the later (<paramref name="vertexMember"/> maps a vertex to its member).
    /// </summary>
    internal static List<WeightedEdge> FirstInRowOrder(List<WeightedEdge> violations, int limit, int[] vertexMember, int memberCount)
    {
        if (violations.Count <= limit)
        {
            return violations;
        }

        violations.Sort((a, b) => RowKey(a).CompareTo(RowKey(b)));
        violations.RemoveRange(limit, violations.Count - limit);
        return violations;

        long RowKey(WeightedEdge e)
        {
            int i = vertexMember[e.U], j = vertexMember[e.V];
            return ((long)Math.Min(i, j) * memberCount) + Math.Max(i, j);
        }
    }

    /// <summary>Prices member <paramref name="i"/> against every later member; returns the row's largest violation.</summary>
    private long PriceRow(int i, long[] duals, int[] key, long top, BlossomTerms blossoms, List<WeightedEdge> violations, int limit, NearPairs near)
    {
        near.StartRow();
        var u = _memberVertex[i];
        var controls = _index.ControlRow(i, _dayNumber, SuggestionKind.Pairing);
        var code = _code;
        var n = _index.Count;
        var slack = code.HistorySlack;
        long deficit = 0;
        var rowKey = PricingBound.RowKey(duals[u], top, NearMargin);
        var j = i + 1;
        if (code.IsVectorized)
        {
            var query = code.QueryOf(i, _dayNumber);
            var forbidden = Vector256.Create((int)_forbiddenCoded);
            var rowVector = Vector256.Create(rowKey);
            var slackVector = Vector256.Create(slack);
            for (; j + 8 <= n; j += 8)
            {
                code.Block(in query, j, out var score, out var rules);

                var pass = Vector256.Equals(rules & forbidden, Vector256<int>.Zero);
                if (_bounded)
                {
                    pass &= PricingBound.MayViolate(score, slackVector, Vector256.LoadUnsafe(ref key[0], (nuint)j), rowVector);
                }

                var mask = pass.ExtractMostSignificantBits();
                while (mask != 0)
                {
                    var lane = BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                    deficit = Math.Max(deficit, PricePair(ref controls, i, j + lane, score.GetElement(lane), (HardRules)rules.GetElement(lane), duals, blossoms, violations, limit, near));
                }
            }
        }

        for (; j < n; j++)
        {
            var score = code.Lane(i, j, _dayNumber, out var rules);
            if ((rules & _forbiddenCoded) == 0 && (!_bounded || PricingBound.MayViolate(score, slack, key[j], rowKey)))
            {
                deficit = Math.Max(deficit, PricePair(ref controls, i, j, score, rules, duals, blossoms, violations, limit, near));
            }
        }

        near.EndRow();
        return deficit;
    }

    private long PricePair(ref ControlRow controls, int i, int j, int codedScore, HardRules codedRules, long[] duals, BlossomTerms blossoms, List<WeightedEdge> violations, int limit, NearPairs near)
    {
        var rules = codedRules | controls.Check(j, out var fact);
        var v = _memberVertex[j];
        if (v < 0)
        {
            return 0;
        }

        if (_index.Compete(i, j))
        {
            rules |= HardRules.Competitor;
        }

        var level = _ladder.LevelOf(rules);
        if (level == RelaxationLadder.Forbidden)
        {
            return 0;
        }

        var u = _memberVertex[i];
        var weight = Weight(level, codedScore - _code.HistoryNewPoints + ScoreMath.History(_index.Policy.Weights, fact.Standing));
        var reduced = duals[u] + duals[v] - (2 * weight);
        if (reduced >= NearMargin || (reduced += blossoms.Between(u, v)) >= NearMargin)
        {
            return 0;
        }

        if (reduced >= 0)
        {
            if (!_inGraph.Contains(PairKey(u, v)))
            {
                near.Offer(reduced, new WeightedEdge(u, v, weight));
            }

            return 0;
        }

        if (violations.Count < limit)
        {
            violations.Add(new WeightedEdge(u, v, weight));
        }

        return -reduced;
    }

    private void Report(string stage, long done, long total) => _options.Progress?.Report(new RoundProgress(stage, Math.Min(done, total), total));

    /// <summary>The blossom part of a reduced cost: the duals of the blossoms holding both ends (a laminar family, as a tree).</summary>
    private sealed class BlossomTerms
    {
        private readonly int[] _innermost;
        private readonly int[] _parent;
        private readonly int[] _depth;
        private readonly long[] _sumToRoot;

        public BlossomTerms(int vertexCount, IReadOnlyList<MatchingBlossom> blossoms)
        {
            _innermost = new int[vertexCount];
            Array.Fill(_innermost, -1);
            var count = blossoms.Count;
            _parent = new int[count];
            _depth = new int[count];
            _sumToRoot = new long[count];
            Array.Fill(_parent, -1);
            if (count == 0)
            {
                return;
            }

            var order = new int[count];
            for (var b = 0; b < count; b++)
            {
                order[b] = b;
            }

            Array.Sort(order, (a, b) => blossoms[a].Vertices.Count.CompareTo(blossoms[b].Vertices.Count));
            var outermost = new int[vertexCount];
            Array.Fill(outermost, -1);
            foreach (var b in order)
            {
                foreach (var x in blossoms[b].Vertices)
                {
                    var inner = outermost[x];
                    if (inner < 0)
                    {
                        _innermost[x] = b;
                    }
                    else if (inner != b && _parent[inner] < 0)
                    {
                        _parent[inner] = b;
                    }

                    outermost[x] = b;
                }
            }

            for (var r = count - 1; r >= 0; r--)
            {
                var b = order[r];
                var p = _parent[b];
                _depth[b] = p < 0 ? 0 : _depth[p] + 1;
                _sumToRoot[b] = blossoms[b].Dual + (p < 0 ? 0 : _sumToRoot[p]);
            }
        }

        public long Between(int u, int v)
        {
            int a = _innermost[u], b = _innermost[v];
            while (a >= 0 && b >= 0 && a != b)
            {
                if (_depth[a] >= _depth[b])
                {
                    a = _parent[a];
                }
                else
                {
                    b = _parent[b];
                }
            }

            return a >= 0 && a == b ? _sumToRoot[a] : 0;
        }
    }

    /// <summary>
    /// A pass's pairs in pair order: blocks of rows finish in any order, and the solve that follows (which of equally good
    /// matchings it returns, and so the later passes) must not depend on which finished first.
    /// </summary>
    private List<WeightedEdge> ByPair(List<WeightedEdge> edges)
    {
        edges.Sort((a, b) => PairKey(a.U, a.V).CompareTo(PairKey(b.U, b.V)));
        return edges;
    }
}
