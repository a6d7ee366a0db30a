using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PeerPractice.Collections;
using PeerPractice.Matching;

namespace PeerPractice.Breakfasts;

/// <summary>
/// The breakfast workflow over the store contract: plan, answer, seat, record. Each step reads the
/// event, checks it, and writes the new state whole; a refused step (an RSVP for an event that does
/// not exist, a seating after the breakfast was recorded...) writes nothing and says why.
/// Recording writes who sat with whom into the pairing history, so later seatings and rounds know who has met.
/// </summary>
public sealed class BreakfastBook
{
    private readonly IBreakfastStore _store;
    private readonly IPairingHistoryStore _pairings;
    private readonly TimeProvider _time;
    private readonly TopicCatalog _topics;

    /// <summary>Creates the workflow.</summary>
    /// <param name="store">Where events are kept.</param>
    /// <param name="pairings">Where attendance goes, as a round of the pairing history.</param>
    /// <param name="time">The clock answers are stamped with and "after the breakfast" is judged by.</param>
    /// <param name="topics">The topic catalog (<see cref="TopicCatalog.BuiltIn"/> when null).</param>
    public BreakfastBook(IBreakfastStore store, IPairingHistoryStore pairings, TimeProvider time, TopicCatalog? topics = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(pairings);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _pairings = pairings;
        _time = time;
        _topics = topics ?? TopicCatalog.BuiltIn;
    }

    /// <summary>Adds a planned event.</summary>
    /// <param name="breakfast">The event, with its invitees.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    public async ValueTask<WorkflowResult<BreakfastEvent>> PlanAsync(BreakfastEvent breakfast, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(breakfast);
        if (BreakfastEventRules.FirstProblem(breakfast, _topics) is { } problem)
        {
            return WorkflowResult.Refused<BreakfastEvent>(problem);
        }

        return await _store.AddBreakfastAsync(breakfast, cancellationToken).ConfigureAwait(false)
            ? WorkflowResult.Done(breakfast)
            : WorkflowResult.Refused<BreakfastEvent>($"A breakfast with id '{breakfast.Id}' exists; choose another id.");
    }

    /// <summary>Records an invitee's answer (a later answer replaces an earlier one).</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="memberId">The invitee.</param>
    /// <param name="answer">Their answer.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    public async ValueTask<WorkflowResult<BreakfastEvent>> RsvpAsync(string eventId, string memberId, RsvpAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        ArgumentNullException.ThrowIfNull(memberId);
        var breakfast = await _store.GetBreakfastAsync(eventId, cancellationToken).ConfigureAwait(false);
        if (breakfast is null)
        {
            return WorkflowResult.Refused<BreakfastEvent>(NoSuchEvent(eventId));
        }

        if (!breakfast.IsInvited(memberId))
        {
            return WorkflowResult.Refused<BreakfastEvent>($"'{memberId}' is not invited to breakfast '{eventId}'; only invitees answer.");
        }

        if (breakfast.IsRecorded || _time.GetUtcNow() >= breakfast.End)
        {
            return WorkflowResult.Refused<BreakfastEvent>($"Breakfast '{eventId}' is over; answers are closed.");
        }

        var updated = breakfast with { Rsvps = breakfast.Rsvps.Append(new BreakfastRsvp(memberId, answer, _time.GetUtcNow())).ToValueArray() };
        return await Update(updated, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Seats the members who accepted (see <see cref="BreakfastPlanner.Seat"/>), with the stored history.</summary>
    /// <param name="eventId">The event.</param>
    /// <param name="cohort">Profiles of at least the members who accepted.</param>
    /// <param name="policy">The programme's policy (the default when null).</param>
    /// <param name="options">Table sizes.</param>
    /// <param name="seed">The same seed gives the same tables.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    public async ValueTask<WorkflowResult<BreakfastEvent>> SeatAsync(string eventId, IReadOnlyList<MemberProfile> cohort, MatchingPolicy? policy = null, GroupOptions? options = null, int seed = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        ArgumentNullException.ThrowIfNull(cohort);
        var breakfast = await _store.GetBreakfastAsync(eventId, cancellationToken).ConfigureAwait(false);
        if (breakfast is null)
        {
            return WorkflowResult.Refused<BreakfastEvent>(NoSuchEvent(eventId));
        }

        var history = await _pairings.LoadHistoryAsync(cancellationToken).ConfigureAwait(false);
        var seated = new BreakfastPlanner(policy, history, _topics).Seat(breakfast, cohort, options, seed);
        return seated.Succeeded ? await Update(seated.Value, cancellationToken).ConfigureAwait(false) : seated;
    }

    /// <summary>
    /// Records who came, after the breakfast: everyone seated when <paramref name="attended"/> is null.
    /// The pairs who shared a table go into the pairing history as one round; then the event is closed.
    /// </summary>
    /// <param name="eventId">The event.</param>
    /// <param name="attended">Who came (each must have been seated), or null for everyone seated.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    public async ValueTask<WorkflowResult<BreakfastEvent>> RecordAsync(string eventId, IReadOnlyList<string>? attended = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        var breakfast = await _store.GetBreakfastAsync(eventId, cancellationToken).ConfigureAwait(false);
        if (breakfast is null)
        {
            return WorkflowResult.Refused<BreakfastEvent>(NoSuchEvent(eventId));
        }

        if (breakfast.IsRecorded)
        {
            return WorkflowResult.Refused<BreakfastEvent>($"Breakfast '{eventId}' is already recorded (history round {breakfast.HistoryRound}).");
        }

        if (breakfast.Tables.IsEmpty)
        {
            return WorkflowResult.Refused<BreakfastEvent>($"Breakfast '{eventId}' has no tables yet; seat it first.");
        }

        var now = _time.GetUtcNow();
        if (now < breakfast.Start)
        {
            return WorkflowResult.Refused<BreakfastEvent>($"Breakfast '{eventId}' starts {breakfast.Start:yyyy-MM-dd HH:mm zzz}; record who came after it.");
        }

        var came = attended?.Distinct(StringComparer.Ordinal).ToList() ?? [.. breakfast.Tables.SelectMany(t => t.MemberIds)];
        if (came.FirstOrDefault(id => breakfast.TableOf(id) < 0) is { } stranger)
        {
            return WorkflowResult.Refused<BreakfastEvent>($"'{stranger}' was not seated at breakfast '{eventId}'; only seated members can be recorded.");
        }

        var present = came.ToHashSet(StringComparer.Ordinal);
        var matches = breakfast.Tables
            .Select(t => t.MemberIds.Where(present.Contains).ToValueArray())
            .Where(ids => ids.Count >= 2)
            .Select(ids => new RoundMatch(ids, 0, HardRules.None))
            .ToValueArray();
        var round = new RoundResult(DateOnly.FromDateTime(breakfast.Start.UtcDateTime), 0, matches, ValueArray<UnmatchedMember>.Empty, ValueArray<RoundNote>.Empty, 0);
        var roundId = await _pairings.RecordRoundAsync(round, breakfast.Start, null, cancellationToken).ConfigureAwait(false);
        var recorded = breakfast with { Attended = breakfast.Tables.SelectMany(t => t.MemberIds).Where(present.Contains).ToValueArray(), HistoryRound = roundId };
        return await Update(recorded, cancellationToken).ConfigureAwait(false);
    }

    private async ValueTask<WorkflowResult<BreakfastEvent>> Update(BreakfastEvent breakfast, CancellationToken cancellationToken) =>
        await _store.UpdateBreakfastAsync(breakfast, cancellationToken).ConfigureAwait(false)
            ? WorkflowResult.Done(breakfast)
            : WorkflowResult.Refused<BreakfastEvent>(NoSuchEvent(breakfast.Id));

    private static string NoSuchEvent(string id) => $"There is no breakfast '{id}'; `breakfast list` shows the events.";
}
