using System;
using System.Globalization;
using System.Numerics;
using System.Runtime.Intrinsics;
using System.Threading;
using System.Threading.Tasks;

namespace PeerPractice.Matching;

/// <summary>The compact code of the index and the vector scans built on it.</summary>
public sealed partial class ProfileIndex
{
    /// <summary>From this many members on, one scan is split over the machine's cores.</summary>
    internal const int ParallelScanThreshold = 200_000;

    private ProfileCode? _code;

    /// <summary>The compact code (built on first use; day-independent, so built once per index).</summary>
    internal ProfileCode Code
    {
        get
        {
            if (_code is { } code)
            {
                return code;
            }

            var built = new ProfileCode(Count, j => (_organization[j], _industry[j], _metro[j], _traits[j], _windowStart[j], _windowLength[j],
                _snoozedUntilDay[j], _concerns[j], _strengths[j], _languages[j]), Policy);
            return Interlocked.CompareExchange(ref _code, built, null) ?? built;
        }
    }

    /// <summary>Exact top-k on the vector code; splits the members over two cores when there are many.</summary>
    internal TopKHeap ScanVector(int q, int k, int dayNumber) =>
        Count < ParallelScanThreshold || Environment.ProcessorCount < 2 ? ScanVector(q, k, dayNumber, 0, Count) : ScanVectorInHalves(q, k, dayNumber);

    /// <summary>
    /// The scan of every member in two halves on two cores, merged: the same heap as one scan. Separate from the
    /// threshold so that the tests compare it with one scan on small cohorts.
    /// </summary>
    internal TopKHeap ScanVectorInHalves(int q, int k, int dayNumber)
    {
        var n = Count;
        var half = (n / 2) & ~7;
        TopKHeap first = default, second = default;
        Parallel.Invoke(() => first = ScanVector(q, k, dayNumber, 0, half), () => second = ScanVector(q, k, dayNumber, half, n));
        foreach (var (score, index) in second.Drain())
        {
            first.Offer(score, index);
        }

        return first;
    }

    /// <summary>
    /// The vector form of <see cref="Scan"/> over members <paramref name="from"/> .. <paramref name="to"/> - 1: the
    /// code rules and scores eight candidates at once; only candidates that pass the coded rules and could enter the
    /// heap reach the shared check, competitors and history (in index order, as the row cursor needs).
    /// </summary>
    internal TopKHeap ScanVector(int q, int k, int dayNumber, int from, int to)
    {
        // The vector loads do not check bounds, so a range outside the members would read past the code's arrays.
        if (from < 0 || to > Count)
        {
            throw new ArgumentOutOfRangeException(from < 0 ? nameof(from) : nameof(to), string.Create(CultureInfo.InvariantCulture, $"The scan range {from}..{to} is outside the {Count} members."));
        }

        var code = Code;
        var heap = new TopKHeap(k);
        var controls = ControlRow(q, dayNumber, SuggestionKind.Pairing);
        var competitors = _competitorOrganizations[_organization[q]];
        var slack = code.HistorySlack;
        var j = from;
        if (code.IsVectorized)
        {
            var query = code.QueryOf(q, dayNumber);
            for (; j + 8 <= to; j += 8)
            {
                code.Block(in query, j, out var score, out var rules);
                var pass = Vector256.Equals(rules, Vector256<int>.Zero);
                if (heap.IsFull)
                {
                    pass &= Vector256.GreaterThan(score + Vector256.Create(slack), Vector256.Create(heap.WorstScore));
                }

                var mask = pass.ExtractMostSignificantBits();
                while (mask != 0)
                {
                    var lane = BitOperations.TrailingZeroCount(mask);
                    mask &= mask - 1;
                    OfferExact(ref heap, ref controls, competitors, j + lane, score.GetElement(lane), code.HistoryNewPoints);
                }
            }
        }

        for (; j < to; j++)
        {
            var score = code.Lane(q, j, dayNumber, out var rules);
            if (rules == HardRules.None && (!heap.IsFull || score + slack > heap.WorstScore))
            {
                OfferExact(ref heap, ref controls, competitors, j, score, code.HistoryNewPoints);
            }
        }

        return heap;
    }

    /// <summary>The rest of the rules for one candidate the code let through, and its exact score.</summary>
    private void OfferExact(ref TopKHeap heap, ref ControlRow controls, int[] competitors, int j, int codedScore, int historyNewPoints)
    {
        if (controls.Check(j, out var fact) != HardRules.None
            || (competitors.Length > 0 && Array.IndexOf(competitors, _organization[j]) >= 0))
        {
            return;
        }

        heap.Offer(codedScore - historyNewPoints + ScoreMath.History(Policy.Weights, fact.Standing), j);
    }
}
