using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PeerPractice.Agendas;
using PeerPractice.Collections;
using PeerPractice.Sessions;

namespace PeerPractice.Matching;

/// <summary>
/// Introductions with double opt-in, over the stores: propose a pair (from a round or a top-peers pick),
/// take each side's answer, begin a relationship when both accept, and report those that expired. A
/// refused call says why and changes nothing.
/// </summary>
public sealed class IntroductionDesk
{
    /// <summary>What a member whose peer declined is told, and all they are told.</summary>
    public const string NotThisTime = "not this time";

    // The rules that make an introduction impossible whatever the round's own policy relaxes.
    private const HardRules Forbidding = HardRules.SameOrganization | HardRules.PrivateExclusion | HardRules.NamedExclusion | HardRules.PoorFit;

    private readonly IIntroductionStore _introductions;
    private readonly IRelationshipStore _relationships;
    private readonly TimeProvider _time;

    /// <summary>Creates a desk over the stores.</summary>
    /// <param name="introductions">Where introductions are kept (the same engine object as the pairing history).</param>
    /// <param name="relationships">Where a relationship begins when both accept.</param>
    /// <param name="time">The clock.</param>
    public IntroductionDesk(IIntroductionStore introductions, IRelationshipStore relationships, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(introductions);
        ArgumentNullException.ThrowIfNull(relationships);
        ArgumentNullException.ThrowIfNull(time);
        _introductions = introductions;
        _relationships = relationships;
        _time = time;
    }

    /// <summary>How long both sides have to answer; 14 days by default.</summary>
    public TimeSpan AnswerPeriod { get; init; } = TimeSpan.FromDays(14);

    /// <summary>
    /// Introduces two members. Refused when either is unknown, when the one member-control check forbids
    /// the pair (same organization, a do-not-pair entry, a declined introduction, an organiser's exclusion,
    /// a poor fit: worded so no confidential list is revealed), or when they already have a pending
    /// introduction or an active relationship.
    /// </summary>
    /// <param name="index">The members, policy and history (with declined introductions) suggestions are made from.</param>
    /// <param name="memberA">One member's id.</param>
    /// <param name="memberB">The other's id.</param>
    /// <param name="source">Where the pair came from.</param>
    /// <param name="roundId">The round, for a round pair.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>The new introduction, or the refusal.</returns>
    public async ValueTask<WorkflowResult<Introduction>> IntroduceAsync(ProfileIndex index, string memberA, string memberB, IntroductionSource source, long? roundId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(index);
        ArgumentNullException.ThrowIfNull(memberA);
        ArgumentNullException.ThrowIfNull(memberB);
        var (a, b) = RoundRecording.Ordered(memberA, memberB);
        int ia = index.IndexOf(a), ib = index.IndexOf(b);
        if (ia < 0 || ib < 0)
        {
            return WorkflowResult.Refused<Introduction>($"Unknown member '{(ia < 0 ? a : b)}': introductions are made between members of the cohort.");
        }

        if (ia == ib)
        {
            return WorkflowResult.Refused<Introduction>("An introduction needs two different members.");
        }

        var now = _time.GetUtcNow();
        var rules = index.Controls(ia, ib, DateOnly.FromDateTime(now.UtcDateTime).DayNumber, SuggestionKind.Pairing) & Forbidding;
        if (rules != HardRules.None)
        {
            return WorkflowResult.Refused<Introduction>($"{a} and {b} cannot be introduced: {MatchScorer.Describe(rules)}.");
        }

        foreach (var existing in await _introductions.ListIntroductionsAsync(a, cancellationToken).ConfigureAwait(false))
        {
            if (existing.Includes(b) && existing.StatusAt(now) is IntroductionStatus.Pending)
            {
                return WorkflowResult.Refused<Introduction>($"{a} and {b} already have introduction '{existing.Id}' waiting for answers.");
            }
        }

        foreach (var relationship in await _relationships.ListRelationshipsAsync(a, cancellationToken).ConfigureAwait(false))
        {
            if (relationship.Includes(b) && relationship.Status == RelationshipStatus.Active)
            {
                return WorkflowResult.Refused<Introduction>($"{a} and {b} already meet in relationship '{relationship.Id}'.");
            }
        }

        var scorer = new MatchScorer(index.Policy, null, index.TopicCatalog);
        var introduction = new Introduction(
            "intro-" + a + "-" + b + "-" + now.UtcDateTime.ToString("yyyyMMddHHmm", CultureInfo.InvariantCulture),
            a,
            b,
            source,
            now,
            now + AnswerPeriod)
        {
            RoundId = roundId,
            ReasonsForA = Reasons(scorer.Explain(index[ia], index[ib])),
            ReasonsForB = Reasons(scorer.Explain(index[ib], index[ia])),
        };
        await _introductions.CreateIntroductionAsync(introduction, cancellationToken).ConfigureAwait(false);
        return WorkflowResult.Done(introduction);
    }

    /// <summary>
    /// Records one side's answer. Refused (nothing changed) for an unknown introduction, someone not part
    /// of it, a second answer from the same side, an expired introduction, or one the other side already
    /// declined (who then learns only <see cref="NotThisTime"/>). When both have accepted, the relationship
    /// begins: its members from <paramref name="members"/>, its agenda and cadence from their preferred
    /// cadence (quarterly and in person when both prefer quarterly, else the monthly peer brainstorm).
    /// </summary>
    /// <param name="introductionId">The introduction.</param>
    /// <param name="memberId">Who answers.</param>
    /// <param name="accept">True to meet, false to decline.</param>
    /// <param name="members">Profiles of at least the two members, for the relationship.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    /// <returns>The introduction after the answer, the relationship if one began, or the refusal.</returns>
    public async ValueTask<WorkflowResult<AnsweredIntroduction>> AnswerAsync(string introductionId, string memberId, bool accept, IReadOnlyList<MemberProfile> members, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(introductionId);
        ArgumentNullException.ThrowIfNull(memberId);
        ArgumentNullException.ThrowIfNull(members);
        var found = await _introductions.FindIntroductionAsync(introductionId, cancellationToken).ConfigureAwait(false);
        if (found is null)
        {
            return WorkflowResult.Refused<AnsweredIntroduction>($"No introduction '{introductionId}'.");
        }

        if (!found.Includes(memberId))
        {
            return WorkflowResult.Refused<AnsweredIntroduction>($"'{memberId}' is not part of introduction '{introductionId}'; it introduces {found.MemberA} and {found.MemberB}.");
        }

        if (found.AnswerOf(memberId) is { } given)
        {
            return WorkflowResult.Refused<AnsweredIntroduction>(AlreadyAnswered(memberId, given));
        }

        var now = _time.GetUtcNow();
        switch (found.StatusAt(now))
        {
            case IntroductionStatus.Expired:
                return WorkflowResult.Refused<AnsweredIntroduction>(string.Create(CultureInfo.InvariantCulture, $"Introduction '{introductionId}' expired on {found.ExpiresAt:yyyy-MM-dd} before both answered; it can no longer be answered."));
            case IntroductionStatus.Declined:
                return WorkflowResult.Refused<AnsweredIntroduction>($"Introduction '{introductionId}' is closed: {NotThisTime}.");
        }

        var answer = new IntroductionAnswer(accept, now);
        if (!await _introductions.AnswerIntroductionAsync(introductionId, memberId, answer, cancellationToken).ConfigureAwait(false))
        {
            var raced = await _introductions.FindIntroductionAsync(introductionId, cancellationToken).ConfigureAwait(false);
            return WorkflowResult.Refused<AnsweredIntroduction>(AlreadyAnswered(memberId, raced?.AnswerOf(memberId) ?? answer));
        }

        var answered = IntroductionRules.WithAnswer(found, memberId, answer) ?? found;
        if (answered.StatusAt(now) != IntroductionStatus.Accepted)
        {
            return WorkflowResult.Done(new AnsweredIntroduction(answered, null));
        }

        var relationship = BeginRelationship(answered, members, now);
        if (await _relationships.FindRelationshipAsync(relationship.Id, cancellationToken).ConfigureAwait(false) is { } existing)
        {
            return WorkflowResult.Done(new AnsweredIntroduction(answered, existing));
        }

        await _relationships.CreateRelationshipAsync(relationship, cancellationToken).ConfigureAwait(false);
        return WorkflowResult.Done(new AnsweredIntroduction(answered, relationship));
    }

    /// <summary>Introductions that expired unanswered (by one side or both), oldest first: the report of who did not answer.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The expired introductions.</returns>
    public async ValueTask<IReadOnlyList<Introduction>> ExpiredAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var all = await _introductions.ListIntroductionsAsync(null, cancellationToken).ConfigureAwait(false);
        return [.. all.Where(i => i.StatusAt(now) == IntroductionStatus.Expired)];
    }

    /// <summary>
    /// Where the introduction stands as <paramref name="memberId"/> may see it: a peer's decline reads
    /// <see cref="NotThisTime"/>, never who declined or why.
    /// </summary>
    /// <param name="introduction">The introduction.</param>
    /// <param name="memberId">The member asking.</param>
    /// <param name="now">The current time.</param>
    /// <returns>A few words.</returns>
    public static string StatusFor(Introduction introduction, string memberId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        return introduction.StatusAt(now) switch
        {
            IntroductionStatus.Declined when introduction.AnswerOf(memberId) is { Accepted: false } => "you declined",
            IntroductionStatus.Declined => NotThisTime,
            IntroductionStatus.Accepted => "both accepted",
            IntroductionStatus.Expired => "expired",
            _ => introduction.AnswerOf(memberId) is null ? "waiting for your answer" : "waiting for the other answer",
        };
    }

    /// <summary>The relationship an accepted introduction begins.</summary>
    /// <param name="introduction">The accepted introduction.</param>
    /// <param name="members">Profiles of at least its two members.</param>
    /// <param name="startedAt">When it begins.</param>
    /// <returns>The relationship (not stored).</returns>
    public static Relationship BeginRelationship(Introduction introduction, IReadOnlyList<MemberProfile> members, DateTimeOffset startedAt)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        ArgumentNullException.ThrowIfNull(members);
        var a = members.FirstOrDefault(m => m.Id == introduction.MemberA) ?? throw new ArgumentException($"No profile for '{introduction.MemberA}'.", nameof(members));
        var b = members.FirstOrDefault(m => m.Id == introduction.MemberB) ?? throw new ArgumentException($"No profile for '{introduction.MemberB}'.", nameof(members));
        var quarterly = a.Cadence == MeetingCadence.Quarterly && b.Cadence == MeetingCadence.Quarterly;
        var agenda = AgendaLibrary.Get(quarterly ? AgendaLibrary.QuarterlyDeepDive : AgendaLibrary.PeerBrainstorm);
        return new Relationship(
            "rel-" + introduction.Id["intro-".Length..],
            [Member(a), Member(b)],
            agenda.Id,
            agenda.Cadence ?? (quarterly ? Cadence.Quarterly : Cadence.Monthly),
            startedAt)
        {
            IntroductionId = introduction.Id,
            InPerson = quarterly,
        };
    }

    /// <summary>A relationship member from a profile: its whole-hour UTC offset as an <c>Etc/GMT</c> zone, its available hours as working hours.</summary>
    /// <param name="profile">The profile.</param>
    /// <returns>The member.</returns>
    public static RelationshipMember Member(MemberProfile profile)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var hours = profile.UtcOffsetMinutes / 60;

        // POSIX-style names invert the sign: Etc/GMT+5 is five hours behind UTC.
        var zone = profile.UtcOffsetMinutes % 60 != 0 || hours == 0 ? "UTC" : "Etc/GMT" + (hours > 0 ? "-" : "+") + Math.Abs(hours).ToString(CultureInfo.InvariantCulture);
        return new RelationshipMember(profile.Id, profile.Name, profile.Organization)
        {
            Role = profile.Title,
            TimeZoneId = zone,
            WorkdayStartHour = Math.Clamp(profile.AvailableFromHour, 0, 23),
            WorkdayEndHour = Math.Clamp(profile.AvailableToHour, Math.Clamp(profile.AvailableFromHour, 0, 23) + 1, 24),
        };
    }

    private static string AlreadyAnswered(string memberId, IntroductionAnswer given) =>
        string.Create(CultureInfo.InvariantCulture, $"{memberId} already answered ({(given.Accepted ? "accepted" : "declined")} on {given.At:yyyy-MM-dd}); an answer cannot be changed. Nothing changed.");

    // Only reasons that scored and say nothing of history: shared concerns, strengths, role, place and time.
    private static ValueArray<string> Reasons(ScoreBreakdown breakdown) =>
        breakdown.Components.Where(c => c.Points > 0 && c.Kind != ScoreComponentKind.History).Select(c => c.Reason).ToValueArray();
}
