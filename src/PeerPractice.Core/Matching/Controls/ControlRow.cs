using System;

namespace PeerPractice.Matching;

/// <summary>
/// The shared check (<see cref="ProfileIndex.Controls(int, int, int, SuggestionKind)"/>) for one member
/// against candidates in increasing index order, as a scan or a price-out pass over all pairs needs it:
/// the sparse pair facts are walked with one cursor, so each candidate costs O(1) and nothing is allocated.
/// </summary>
internal ref struct ControlRow
{
    private readonly ProfileIndex _index;
    private readonly int _member;
    private readonly int _dayNumber;
    private readonly uint _unavailable;
    private readonly ReadOnlySpan<PairFact> _facts;
    private int _next;

    internal ControlRow(ProfileIndex index, int member, int dayNumber, uint unavailable, ReadOnlySpan<PairFact> facts)
    {
        _index = index;
        _member = member;
        _dayNumber = dayNumber;
        _unavailable = unavailable;
        _facts = facts;
        _next = 0;
    }

    /// <summary>
    /// The controls that forbid suggesting <paramref name="candidate"/> to the row's member, leaving out the
    /// member's own availability (they asked); <paramref name="fact"/> is the pair's history, if any.
    /// Candidates must come in increasing order.
    /// </summary>
    public HardRules Check(int candidate, out PairFact fact)
    {
        while (_next < _facts.Length && _facts[_next].Other < candidate)
        {
            _next++;
        }

        var hasFact = _next < _facts.Length && _facts[_next].Other == candidate;
        fact = hasFact ? _facts[_next] : default;
        return _index.ControlsFor(_member, candidate, _dayNumber, _unavailable, hasFact, in fact);
    }
}
