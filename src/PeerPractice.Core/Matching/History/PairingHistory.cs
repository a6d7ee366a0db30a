using System;
using System.Collections.Generic;
using System.Linq;

namespace PeerPractice.Matching;

/// <summary>
/// What happened in earlier rounds: who was paired with whom, whether they met, how it went, and
/// who sat out. Later rounds read it for cool-downs, caps, "meet everyone first" and sit-out rotation.
/// </summary>
public sealed class PairingHistory
{
    private readonly List<PairingRecord> _records = [];
    private readonly List<SitOutRecord> _sitOuts = [];
    private readonly Dictionary<(string, string), List<PairingRecord>> _byPair = [];
    private readonly Dictionary<string, List<PairingRecord>> _byMember = new(StringComparer.Ordinal);

    /// <summary>An empty history.</summary>
    public static PairingHistory Empty => new();

    /// <summary>Every pairing record, in the order added.</summary>
    public IReadOnlyList<PairingRecord> Records => _records;

    /// <summary>Every sit-out, in the order added.</summary>
    public IReadOnlyList<SitOutRecord> SitOuts => _sitOuts;

    /// <summary>Adds a pairing record.</summary>
    /// <param name="record">The record; members must differ.</param>
    public void Add(PairingRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (string.Equals(record.MemberA, record.MemberB, StringComparison.Ordinal))
        {
            throw new ArgumentException($"A pairing needs two different members; got '{record.MemberA}' twice.", nameof(record));
        }

        _records.Add(record);
        var key = Key(record.MemberA, record.MemberB);
        if (!_byPair.TryGetValue(key, out var list))
        {
            _byPair[key] = list = [];
        }

        list.Add(record);
        ForMember(record.MemberA).Add(record);
        ForMember(record.MemberB).Add(record);
    }

    /// <summary>Adds a sit-out record.</summary>
    /// <param name="record">The record.</param>
    public void Add(SitOutRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        _sitOuts.Add(record);
    }

    /// <summary>All records of the pair, in the order added (either member order).</summary>
    /// <param name="a">One member id.</param>
    /// <param name="b">The other member id.</param>
    public IReadOnlyList<PairingRecord> Between(string a, string b) =>
        _byPair.TryGetValue(Key(a, b), out var list) ? list : [];

    /// <summary>All records involving <paramref name="memberId"/>.</summary>
    /// <param name="memberId">A member id.</param>
    public IReadOnlyList<PairingRecord> Of(string memberId) =>
        _byMember.TryGetValue(memberId, out var list) ? list : [];

    /// <summary>How many ongoing peers the member carries now.</summary>
    /// <param name="memberId">A member id.</param>
    public int OngoingPeerCount(string memberId) => Of(memberId).Count(r => r.Ongoing);

    /// <summary>How many times the member sat out, and the last day (or null).</summary>
    /// <param name="memberId">A member id.</param>
    public (int Count, DateOnly? Last) SitOutsOf(string memberId)
    {
        var count = 0;
        DateOnly? last = null;
        foreach (var s in _sitOuts)
        {
            if (string.Equals(s.MemberId, memberId, StringComparison.Ordinal))
            {
                count++;
                last = last is { } l && l > s.Day ? l : s.Day;
            }
        }

        return (count, last);
    }

    private List<PairingRecord> ForMember(string id)
    {
        if (!_byMember.TryGetValue(id, out var list))
        {
            _byMember[id] = list = [];
        }

        return list;
    }

    private static (string, string) Key(string a, string b) =>
        string.CompareOrdinal(a, b) <= 0 ? (a, b) : (b, a);
}
