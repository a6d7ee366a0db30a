using System;
using PeerPractice.Collections;

namespace PeerPractice.Matching;

/// <summary>
/// A double opt-in introduction of two members: each gets a message about the other and answers it.
/// Both accept: a relationship begins. Either declines: the pair is never suggested again (a
/// <see cref="PairingOutcome.Declined"/> record in the pairing history), and the other side learns only
/// "not this time". Unanswered, it expires at <see cref="ExpiresAt"/>.
/// </summary>
/// <param name="Id">Unique in the store.</param>
/// <param name="MemberA">One member's id.</param>
/// <param name="MemberB">The other member's id.</param>
/// <param name="Source">Where the pair came from.</param>
/// <param name="CreatedAt">When it was made.</param>
/// <param name="ExpiresAt">When it expires if either side has not answered.</param>
public sealed record Introduction(string Id, string MemberA, string MemberB, IntroductionSource Source, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt)
{
    /// <summary>Why <see cref="MemberA"/> might value meeting <see cref="MemberB"/>: non-confidential reasons only.</summary>
    public ValueArray<string> ReasonsForA { get; init; }

    /// <summary>Why <see cref="MemberB"/> might value meeting <see cref="MemberA"/>: non-confidential reasons only.</summary>
    public ValueArray<string> ReasonsForB { get; init; }

    /// <summary>The round the pair came from, when <see cref="Source"/> is <see cref="IntroductionSource.Round"/>.</summary>
    public long? RoundId { get; init; }

    /// <summary><see cref="MemberA"/>'s answer, once given.</summary>
    public IntroductionAnswer? AnswerOfA { get; init; }

    /// <summary><see cref="MemberB"/>'s answer, once given.</summary>
    public IntroductionAnswer? AnswerOfB { get; init; }

    /// <summary>Whether <paramref name="memberId"/> is one of the two.</summary>
    /// <param name="memberId">A member id.</param>
    public bool Includes(string memberId) =>
        string.Equals(MemberA, memberId, StringComparison.Ordinal) || string.Equals(MemberB, memberId, StringComparison.Ordinal);

    /// <summary>The other member of the two.</summary>
    /// <param name="memberId">One of the two.</param>
    /// <exception cref="ArgumentException"><paramref name="memberId"/> is not one of the two.</exception>
    public string OtherOf(string memberId) =>
        string.Equals(MemberA, memberId, StringComparison.Ordinal) ? MemberB
        : string.Equals(MemberB, memberId, StringComparison.Ordinal) ? MemberA
        : throw new ArgumentException($"'{memberId}' is not part of introduction '{Id}'.", nameof(memberId));

    /// <summary>The answer <paramref name="memberId"/> gave, or null.</summary>
    /// <param name="memberId">One of the two.</param>
    public IntroductionAnswer? AnswerOf(string memberId) =>
        string.Equals(MemberA, memberId, StringComparison.Ordinal) ? AnswerOfA
        : string.Equals(MemberB, memberId, StringComparison.Ordinal) ? AnswerOfB
        : null;

    /// <summary>Where the introduction stands at <paramref name="now"/>.</summary>
    /// <param name="now">The current time.</param>
    public IntroductionStatus StatusAt(DateTimeOffset now)
    {
        if (AnswerOfA is { Accepted: false } || AnswerOfB is { Accepted: false })
        {
            return IntroductionStatus.Declined;
        }

        if (AnswerOfA is { Accepted: true } && AnswerOfB is { Accepted: true })
        {
            return IntroductionStatus.Accepted;
        }

        return now >= ExpiresAt ? IntroductionStatus.Expired : IntroductionStatus.Pending;
    }

    /// <summary>When it was declined (the first decline), or null.</summary>
    public DateTimeOffset? DeclinedAt =>
        AnswerOfA is { Accepted: false } a ? (AnswerOfB is { Accepted: false } b && b.At < a.At ? b.At : a.At)
        : AnswerOfB is { Accepted: false } other ? other.At
        : null;
}

/// <summary>One side's answer to an introduction.</summary>
/// <param name="Accepted">True to meet; false to decline (never suggested again).</param>
/// <param name="At">When it was given.</param>
public sealed record IntroductionAnswer(bool Accepted, DateTimeOffset At);

/// <summary>Where an introduction stands.</summary>
public enum IntroductionStatus
{
    /// <summary>Waiting for one or both answers.</summary>
    Pending,

    /// <summary>Both accepted: a relationship begins.</summary>
    Accepted,

    /// <summary>One declined: never suggested again.</summary>
    Declined,

    /// <summary>Not answered by both before it expired.</summary>
    Expired,
}

/// <summary>Where an introduced pair came from.</summary>
public enum IntroductionSource
{
    /// <summary>A pair of a recorded round.</summary>
    Round,

    /// <summary>One member's top-peers pick.</summary>
    TopPeers,
}
