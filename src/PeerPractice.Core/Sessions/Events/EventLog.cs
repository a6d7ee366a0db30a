using System;

namespace PeerPractice.Sessions;

/// <summary>The append-only log of a session: a growable array of compact entries.</summary>
internal sealed class EventLog
{
    private EventEntry[] _entries = new EventEntry[32];

    public int Count { get; private set; }

    public EventEntry this[int index] => index < Count ? _entries[index] : throw new ArgumentOutOfRangeException(nameof(index));

    /// <summary>Appends and returns the entry's sequence number (1-based).</summary>
    public long Append(in EventEntry entry)
    {
        if (Count == _entries.Length)
        {
            Array.Resize(ref _entries, _entries.Length * 2);
        }

        _entries[Count++] = entry;
        return Count;
    }
}
