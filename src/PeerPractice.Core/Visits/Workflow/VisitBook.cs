using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PeerPractice.Collections;

namespace PeerPractice.Visits;

/// <summary>
/// The site-visit workflow over the store contract (the fifth seed): plan, visit, debrief, the return
/// visit owed until it happens, and follow-up calls listed when due. Each step reads the visit, checks
/// it against the clock, and writes the new state whole; a refused step (a debrief before the visit is
/// over, a return visit for a visit that does not exist...) writes nothing and says why.
/// </summary>
public sealed class VisitBook
{
    private readonly IVisitStore _store;
    private readonly TimeProvider _time;

    /// <summary>Creates the workflow.</summary>
    /// <param name="store">Where visits are kept.</param>
    /// <param name="time">The clock "after the visit" and "due" are judged by.</param>
    public VisitBook(IVisitStore store, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _time = time;
    }

    /// <summary>Adds a planned visit (a return visit must name a visit that exists).</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    public async ValueTask<WorkflowResult<VisitPlan>> PlanAsync(VisitPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (!Agendas.AgendaIdentifiers.IsKebabCase(plan.Id))
        {
            return WorkflowResult.Refused<VisitPlan>($"The id '{plan.Id}' is not kebab-case; write lower-case words joined by hyphens.");
        }

        if (plan.ReciprocalOf is { } firstId)
        {
            var first = await _store.GetVisitAsync(firstId, cancellationToken).ConfigureAwait(false);
            if (first is null)
            {
                return WorkflowResult.Refused<VisitPlan>(NoSuchVisit(firstId));
            }

            try
            {
                _ = new VisitPair(first, plan);
            }
            catch (ArgumentException e)
            {
                return WorkflowResult.Refused<VisitPlan>(e.Message);
            }

            if (await ReciprocalOfAsync(firstId, cancellationToken).ConfigureAwait(false) is { } existing)
            {
                return WorkflowResult.Refused<VisitPlan>($"Visit '{firstId}' already has its return visit '{existing.Id}'.");
            }
        }

        return await _store.AddVisitAsync(plan, cancellationToken).ConfigureAwait(false)
            ? WorkflowResult.Done(plan)
            : WorkflowResult.Refused<VisitPlan>($"A visit with id '{plan.Id}' exists; choose another id.");
    }

    /// <summary>Plans the return visit of <paramref name="firstId"/> (<see cref="VisitPair.Draft"/>: sides swapped).</summary>
    /// <param name="firstId">The first visit.</param>
    /// <param name="start">When the return visit starts.</param>
    /// <param name="timeZoneId">Its host's IANA time zone.</param>
    /// <param name="location">Where.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    public async ValueTask<WorkflowResult<VisitPlan>> PlanReciprocalAsync(string firstId, DateTimeOffset start, string timeZoneId, string location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(firstId);
        var first = await _store.GetVisitAsync(firstId, cancellationToken).ConfigureAwait(false);
        if (first is null)
        {
            return WorkflowResult.Refused<VisitPlan>(NoSuchVisit(firstId));
        }

        if (first.ReciprocalOf is not null)
        {
            return WorkflowResult.Refused<VisitPlan>($"'{firstId}' is itself a return visit; the pair is complete.");
        }

        if (start < first.Start)
        {
            return WorkflowResult.Refused<VisitPlan>($"The return visit cannot start before the first visit ({first.Start:yyyy-MM-dd HH:mm zzz}).");
        }

        return await PlanAsync(VisitPair.Draft(first, start, timeZoneId, location).Reciprocal, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Captures the visiting team's debrief, once the visit is over.</summary>
    /// <param name="visitId">The visit.</param>
    /// <param name="debrief">Start, stop, continue and the report.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    public async ValueTask<WorkflowResult<VisitPlan>> DebriefAsync(string visitId, VisitDebrief debrief, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visitId);
        ArgumentNullException.ThrowIfNull(debrief);
        var plan = await _store.GetVisitAsync(visitId, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return WorkflowResult.Refused<VisitPlan>(NoSuchVisit(visitId));
        }

        if (_time.GetUtcNow() < plan.End)
        {
            return WorkflowResult.Refused<VisitPlan>($"Visit '{visitId}' is not over until {plan.End:yyyy-MM-dd HH:mm zzz}; debrief after it.");
        }

        if (plan.Debrief is not null)
        {
            return WorkflowResult.Refused<VisitPlan>($"Visit '{visitId}' already has its debrief.");
        }

        return await Update(plan with { Debrief = debrief }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Schedules a follow-up call after the visit.</summary>
    /// <param name="visitId">The visit.</param>
    /// <param name="call">When and what for; not before the visit is over.</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    public async ValueTask<WorkflowResult<VisitPlan>> ScheduleFollowUpAsync(string visitId, FollowUpCall call, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visitId);
        ArgumentNullException.ThrowIfNull(call);
        var plan = await _store.GetVisitAsync(visitId, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return WorkflowResult.Refused<VisitPlan>(NoSuchVisit(visitId));
        }

        if (call.When < plan.End)
        {
            return WorkflowResult.Refused<VisitPlan>($"A follow-up call comes after the visit; '{visitId}' ends {plan.End:yyyy-MM-dd HH:mm zzz}.");
        }

        var calls = plan.FollowUp.Calls.Append(call).OrderBy(c => c.When).ToValueArray();
        return await Update(plan with { FollowUp = plan.FollowUp with { Calls = calls } }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Marks the follow-up call at <paramref name="index"/> held, so it is no longer due.</summary>
    /// <param name="visitId">The visit.</param>
    /// <param name="index">The call's position (as <see cref="DueFollowUp.Index"/> gives it).</param>
    /// <param name="cancellationToken">Cancels before anything is written.</param>
    public async ValueTask<WorkflowResult<VisitPlan>> FollowUpHeldAsync(string visitId, int index, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(visitId);
        var plan = await _store.GetVisitAsync(visitId, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return WorkflowResult.Refused<VisitPlan>(NoSuchVisit(visitId));
        }

        if (index < 0 || index >= plan.FollowUp.Calls.Count)
        {
            return WorkflowResult.Refused<VisitPlan>($"Visit '{visitId}' has {plan.FollowUp.Calls.Count} follow-up call(s); there is no call {index + 1}.");
        }

        var call = plan.FollowUp.Calls[index];
        if (call.Held)
        {
            return WorkflowResult.Refused<VisitPlan>($"The call of {call.When:yyyy-MM-dd} is already marked held.");
        }

        if (_time.GetUtcNow() < call.When)
        {
            return WorkflowResult.Refused<VisitPlan>($"The call is planned for {call.When:yyyy-MM-dd HH:mm zzz}; mark it held after it.");
        }

        var calls = plan.FollowUp.Calls.Select((c, i) => i == index ? c with { Held = true } : c).ToValueArray();
        return await Update(plan with { FollowUp = plan.FollowUp with { Calls = calls } }, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Every return visit owed, oldest first: a first visit that is over whose return visit is not
    /// planned, or planned but not over yet. A return visit that is over settles it.
    /// </summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async ValueTask<IReadOnlyList<ReciprocalOwed>> OwedAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var visits = await _store.ListVisitsAsync(cancellationToken).ConfigureAwait(false);
        var owed = new List<ReciprocalOwed>();
        foreach (var first in visits.Where(v => v.ReciprocalOf is null && v.End <= now))
        {
            var reciprocal = visits.FirstOrDefault(v => string.Equals(v.ReciprocalOf, first.Id, StringComparison.Ordinal));
            if (reciprocal is null || reciprocal.End > now)
            {
                owed.Add(new ReciprocalOwed(first, reciprocal, first.End));
            }
        }

        return [.. owed.OrderBy(o => o.OwedSince).ThenBy(o => o.First.Id, StringComparer.Ordinal)];
    }

    /// <summary>Every follow-up call due (its time has come) and not held, earliest first.</summary>
    /// <param name="cancellationToken">Cancels the read.</param>
    public async ValueTask<IReadOnlyList<DueFollowUp>> DueFollowUpsAsync(CancellationToken cancellationToken = default)
    {
        var now = _time.GetUtcNow();
        var due = new List<DueFollowUp>();
        foreach (var plan in await _store.ListVisitsAsync(cancellationToken).ConfigureAwait(false))
        {
            for (var i = 0; i < plan.FollowUp.Calls.Count; i++)
            {
                var call = plan.FollowUp.Calls[i];
                if (!call.Held && call.When <= now)
                {
                    due.Add(new DueFollowUp(plan, call, i));
                }
            }
        }

        return [.. due.OrderBy(d => d.Call.When).ThenBy(d => d.Visit.Id, StringComparer.Ordinal)];
    }

    private async ValueTask<VisitPlan?> ReciprocalOfAsync(string firstId, CancellationToken cancellationToken) =>
        (await _store.ListVisitsAsync(cancellationToken).ConfigureAwait(false)).FirstOrDefault(v => string.Equals(v.ReciprocalOf, firstId, StringComparison.Ordinal));

    private async ValueTask<WorkflowResult<VisitPlan>> Update(VisitPlan plan, CancellationToken cancellationToken) =>
        await _store.UpdateVisitAsync(plan, cancellationToken).ConfigureAwait(false)
            ? WorkflowResult.Done(plan)
            : WorkflowResult.Refused<VisitPlan>(NoSuchVisit(plan.Id));

    private static string NoSuchVisit(string id) => $"There is no visit '{id}'; `visit list` shows the visits.";
}
