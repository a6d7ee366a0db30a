using System;

namespace PeerPractice.Matching;

/// <summary>
/// A bounded min-heap keeping the k best (score, index) entries; better means a higher score, then
/// a lower index. Candidates arrive in increasing index order, so an equal score never displaces.
/// </summary>
internal struct TopKHeap
{
    private readonly (int Score, int Index)[] _items;
    private int _count;

    public TopKHeap(int capacity)
    {
        _items = new (int, int)[capacity];
        _count = 0;
    }

    public readonly bool IsFull => _count == _items.Length;

    public readonly int WorstScore => _items[0].Score;

    public void Offer(int score, int index)
    {
        if (_count < _items.Length)
        {
            _items[_count] = (score, index);
            SiftUp(_count++);
        }
        else if (_items.Length > 0 && Better((score, index), _items[0]))
        {
            _items[0] = (score, index);
            SiftDown(0);
        }
    }

    /// <summary>The entries, best first.</summary>
    public readonly (int Score, int Index)[] Drain()
    {
        var result = _items.AsSpan(0, _count).ToArray();
        Array.Sort(result, static (a, b) => a.Score != b.Score ? b.Score.CompareTo(a.Score) : a.Index.CompareTo(b.Index));
        return result;
    }

    private static bool Better((int Score, int Index) a, (int Score, int Index) b) =>
        a.Score > b.Score || (a.Score == b.Score && a.Index < b.Index);

    private readonly void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Better(_items[parent], _items[i]))
            {
                break;
            }

            (_items[parent], _items[i]) = (_items[i], _items[parent]);
            i = parent;
        }
    }

    private readonly void SiftDown(int i)
    {
        while (true)
        {
            var worst = i;
            int l = (2 * i) + 1, r = l + 1;
            if (l < _count && Better(_items[worst], _items[l]))
            {
                worst = l;
            }

            if (r < _count && Better(_items[worst], _items[r]))
            {
                worst = r;
            }

            if (worst == i)
            {
                return;
            }

            (_items[worst], _items[i]) = (_items[i], _items[worst]);
            i = worst;
        }
    }
}
