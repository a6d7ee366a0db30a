using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace PeerPractice.Matching;

// Introductions live beside the rounds: a declined one is part of the pairing history.
public sealed partial class InMemoryPairingHistoryStore : IIntroductionStore
{
    private readonly Dictionary<string, Introduction> _introductions = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public ValueTask CreateIntroductionAsync(Introduction introduction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        cancellationToken.ThrowIfCancellationRequested();
        IntroductionRules.CheckNew(introduction);
        lock (_gate)
        {
            if (!_introductions.TryAdd(introduction.Id, introduction with { AnswerOfA = null, AnswerOfB = null }))
            {
                throw IntroductionRules.AlreadyExists(introduction.Id);
            }
        }

        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<bool> AnswerIntroductionAsync(string introductionId, string memberId, IntroductionAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(introductionId);
        ArgumentNullException.ThrowIfNull(memberId);
        ArgumentNullException.ThrowIfNull(answer);
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            var found = _introductions.TryGetValue(introductionId, out var introduction) ? introduction : throw IntroductionRules.NotFound(introductionId);
            var answered = IntroductionRules.WithAnswer(found, memberId, answer);
            if (answered is null)
            {
                return ValueTask.FromResult(false);
            }

            _introductions[introductionId] = answered;
            return ValueTask.FromResult(true);
        }
    }

    /// <inheritdoc />
    public ValueTask<Introduction?> FindIntroductionAsync(string introductionId, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult(_introductions.TryGetValue(introductionId, out var found) ? found : null);
        }
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Introduction>> ListIntroductionsAsync(string? memberId = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        lock (_gate)
        {
            return ValueTask.FromResult<IReadOnlyList<Introduction>>([.. _introductions.Values
                .Where(i => memberId is null || i.Includes(memberId))
                .OrderBy(i => i.CreatedAt)
                .ThenBy(i => i.Id, StringComparer.Ordinal)]);
        }
    }
}
