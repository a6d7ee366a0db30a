using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PeerPractice.Matching;

/// <summary>An <see cref="IPairingHistoryStore"/> and <see cref="IIntroductionStore"/> in memory, for tests and small apps.</summary>
public sealed partial class InMemoryPairingHistoryStore : IPairingHistoryStore
{
    private readonly Lock _gate = new();
    private readonly List<RoundPairing> _pairings = [];
    private readonly List<(long RoundId, string MemberId, DateOnly Day)> _sitOuts = [];
    private readonly Dictionary<string, MemberProfile> _members = new(StringComparer.Ordinal);
    private long _lastRound;

    /// <inheritdoc />
    public ValueTask<long> RecordRoundAsync(RoundResult round, DateTimeOffset recordedAt, IReadOnlyList<MemberProfile>? members = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pairs = RoundRecording.Pairs(round);
        var day = RoundRecording.Day(recordedAt);
        lock (_gate)
        {
            var id = ++_lastRound;
            _pairings.AddRange(pairs.Select(p => new RoundPairing(id, recordedAt, new PairingRecord(p.MemberA, p.MemberB, day))));
            _sitOuts.AddRange(RoundRecording.SitOuts(round).Select(m => (id, m, day)));
            foreach (var member in members ?? [])
            {
                _members[member.Id] = member;
            }

            return ValueTask.FromResult(id);
        }
    }

    /// <inheritdoc />
    public ValueTask<bool> RecordFeedbackAsync(long roundId, string memberA, string memberB, PairingOutcome outcome, int? rating, string? feedback, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        RoundRecording.CheckRating(rating);
        var (a, b) = RoundRecording.Ordered(memberA, memberB);
        lock (_gate)
        {
            var index = _pairings.FindIndex(p => p.RoundId == roundId && p.Pairing.MemberA == a && p.Pairing.MemberB == b);
            if (index < 0)
            {
                return ValueTask.FromResult(false);
            }

            _pairings[index] = _pairings[index] with { Pairing = _pairings[index].Pairing with { Outcome = outcome, Rating = rating, Feedback = feedback } };
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RoundPairing>> ListPairingsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<RoundPairing>>([.. _pairings
                .OrderBy(p => p.RoundId)
                .ThenBy(p => p.Pairing.MemberA, StringComparer.Ordinal)
                .ThenBy(p => p.Pairing.MemberB, StringComparer.Ordinal)]);
        }
    }

    /// <inheritdoc />
    public async ValueTask<PairingHistory> LoadHistoryAsync(CancellationToken cancellationToken = default)
    {
        var history = new PairingHistory();
        foreach (var pairing in await ListPairingsAsync(cancellationToken).ConfigureAwait(false))
        {
            history.Add(pairing.Pairing);
        }

        lock (_gate)
        {
            foreach (var (_, member, day) in _sitOuts)
            {
                history.Add(new SitOutRecord(member, day));
            }

            foreach (var declined in IntroductionRules.DeclinedPairs(_introductions.Values))
            {
                history.Add(declined);
            }
        }

        return history;
    }
}
