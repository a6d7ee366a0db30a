using System;
using System.Collections.Generic;
using System.Diagnostics;

namespace PeerPractice.Matching;

/// <summary>
/// The dual step from a priority queue. Each entry is an event keyed by the clock value at which it happens: an edge
/// from an S-vertex to a free vertex becomes tight (its slack falls at rate 1), an edge between two S-blossoms
/// becomes tight (rate 2, so half its slack), or a T-blossom's dual reaches zero. Entries are never removed when the
/// structure changes; when one surfaces, it is checked against the current labels and duals and dropped or re-keyed.
/// Every change that makes an event possible pushes a fresh entry, so the queue's first valid entry is the next event.
/// </summary>
internal sealed partial class SparseBlossomSolver
{
    private const int TBlossomEvent = 3; // low two bits of a queue item; edge events carry 0
    private const int VertexEvent = 1;   // warm start: an S-vertex's dual reaches zero

    private readonly PriorityQueue<int, long> _events;

    private void PushEdgeEvent(int k, long delta)
    {
        // The kind is read from the labels when the entry surfaces; both edge kinds share one code.
        _events.Enqueue(k << 2, _clock + delta);
    }

    private void PushBlossomEvent(int b) => _events.Enqueue((b << 2) | TBlossomEvent, _clock + BlossomDual(b));

    /// <summary>Makes the next dual step and acts on its event; false when the duals now prove the matching optimal.</summary>
    private bool NextDualStep()
    {
        var found = PeekNextEvent(out var item, out var at);
        if (_warm && !found)
        {
            return false; // no tree is left: every exposed vertex has dual zero
        }

        // Maximum-weight mode: every exposed vertex has dual _initialDual - _clock; at zero nothing more can be gained.
        if (!_warm && !_maxCardinality && (!found || _initialDual <= at))
        {
            _clock = _initialDual;
            return false;
        }

        if (!found)
        {
            // Maximum cardinality reached: one last dual step so the duals certify the result, as the dense solver does.
            _clock += Math.Max(0, MinVertexDual());
            return false;
        }

        _events.Dequeue();
        Debug.Assert(at >= _clock, "events never lie in the past");
        _clock = at;
        if ((item & 3) == TBlossomEvent)
        {
            ExpandTBlossom(item >> 2);
            return true;
        }

        if ((item & 3) == VertexEvent)
        {
            Retire(item >> 2);
            return true;
        }

        var k = item >> 2;
        var u = _endpoint[2 * k];
        var w = _endpoint[(2 * k) + 1];
        if (_label[_inBlossom[u]] != SLabel)
        {
            (u, w) = (w, u);
            TightEdge(u, w, 2 * k);
        }
        else
        {
            TightEdge(u, w, (2 * k) + 1);
        }

        return true;
    }

    /// <summary>Drops or re-keys stale entries until the first one describes a real event at its key.</summary>
    private bool PeekNextEvent(out int item, out long at)
    {
        while (_events.TryPeek(out item, out at))
        {
            var due = DueTime(item, out var parkOn);
            if (due == at || (due >= 0 && due < at))
            {
                at = due;
                return true;
            }

            _events.Dequeue();
            if (due > at)
            {
                _events.Enqueue(item, due);
            }
            else if (parkOn >= 0)
            {
                Park(parkOn, item >> 2);
            }
        }

        return false;
    }

    /// <summary>
    /// The clock value at which <paramref name="item"/> happens given the current structure, or -1 when it is no event
    /// now; an edge into a vertex inside a T-blossom is handed back in <paramref name="parkOn"/> to be parked there.
    /// </summary>
    private long DueTime(int item, out int parkOn)
    {
        parkOn = -1;
        if ((item & 3) == TBlossomEvent)
        {
            var b = item >> 2;
            var live = _blossomBase[b] >= 0 && _blossomParent[b] == -1 && _label[b] == TLabel;
            return live ? _clock + BlossomDual(b) : -1;
        }

        if ((item & 3) == VertexEvent)
        {
            var v = item >> 2;
            return _label[_inBlossom[v]] == SLabel ? _clock + VertexDual(v) : -1;
        }

        var k = item >> 2;
        var u = _endpoint[2 * k];
        var w = _endpoint[(2 * k) + 1];
        var bu = _inBlossom[u];
        var bw = _inBlossom[w];
        if (bu == bw)
        {
            return -1;
        }

        var lu = _label[bu];
        var lw = _label[bw];
        if (lu != SLabel)
        {
            (u, w, bu, bw, lu, lw) = (w, u, bw, bu, lw, lu);
        }

        if (lu != SLabel)
        {
            return -1;
        }

        if (lw == Free)
        {
            return _clock + Slack(k);
        }

        if (lw == SLabel)
        {
            var slack = Slack(k);
            Debug.Assert((slack & 1) == 0, "S-S slacks are even with integer weights");
            return _clock + (slack / 2);
        }

        if (w != bw)
        {
            parkOn = w;
        }

        return -1;
    }
}
