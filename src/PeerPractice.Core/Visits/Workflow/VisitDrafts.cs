using System;
using System.Collections.Generic;
using System.Linq;
using PeerPractice.Collections;
using PeerPractice.Matching;
using PeerPractice.Sessions;

namespace PeerPractice.Visits;

/// <summary>What to plan a site visit from: the visitor, what they want to learn, who comes, when and where.</summary>
/// <param name="Id">The visit's kebab-case id.</param>
/// <param name="Visitor">The member planning the visit.</param>
/// <param name="ObjectiveTopics">Topic ids the visit is for (the targets are ranked on them).</param>
/// <param name="Team">The visiting team (stakeholders from the departments concerned).</param>
/// <param name="Start">When the visit starts.</param>
/// <param name="TimeZoneId">The host's IANA time zone.</param>
/// <param name="Location">Where to go (often agreed later; empty then).</param>
public sealed record VisitRequest(string Id, MemberProfile Visitor, ValueArray<string> ObjectiveTopics, ValueArray<Participant> Team, DateTimeOffset Start, string TimeZoneId, string Location)
{
    /// <summary>The organization to visit, among the ranked targets; null for the best-ranked one.</summary>
    public string? HostOrganization { get; init; }

    /// <summary>Questions for the host's questionnaire; the objectives' catalog questions when empty.</summary>
    public ValueArray<string> Questions { get; init; }

    /// <summary>When the questionnaire should go out, or null.</summary>
    public DateOnly? QuestionnaireBy { get; init; }
}

/// <summary>
/// Drafts a <see cref="VisitPlan"/> from a <see cref="VisitRequest"/>: the targets come from the one
/// site-visit ranking (<see cref="SiteVisitPlanner"/>), which honours every member control, so a host
/// the visitor may not be introduced to can be neither suggested nor chosen.
/// </summary>
public static class VisitDrafts
{
    /// <summary>Drafts the plan, or says why there is none (no target fits, or the chosen host is not a target).</summary>
    /// <param name="request">What the visit is for.</param>
    /// <param name="members">The cohort hosts come from.</param>
    /// <param name="planner">The ranking, with the programme's policy and history.</param>
    /// <param name="day">The day the plan is made (snoozes and cool-downs are evaluated for it).</param>
    /// <param name="topics">The topic catalog (<see cref="TopicCatalog.BuiltIn"/> when null).</param>
    /// <exception cref="ArgumentException">An objective is not a topic of the catalog.</exception>
    public static WorkflowResult<VisitPlan> Draft(VisitRequest request, IReadOnlyList<MemberProfile> members, SiteVisitPlanner planner, DateOnly day, TopicCatalog? topics = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(members);
        ArgumentNullException.ThrowIfNull(planner);
        topics ??= TopicCatalog.BuiltIn;
        if (request.ObjectiveTopics.IsEmpty)
        {
            return WorkflowResult.Refused<VisitPlan>("Name at least one objective (a topic id) the visit should answer.");
        }

        var targets = planner.Rank(request.Visitor, members, day, request.ObjectiveTopics, count: 5);
        if (targets.IsEmpty)
        {
            return WorkflowResult.Refused<VisitPlan>("No organization the visitor may visit is strong in these objectives.");
        }

        var host = request.HostOrganization is null
            ? targets[0]
            : targets.FirstOrDefault(t => string.Equals(t.Organization, request.HostOrganization, StringComparison.OrdinalIgnoreCase));
        if (host is null)
        {
            return WorkflowResult.Refused<VisitPlan>($"'{request.HostOrganization}' is not among the targets for these objectives (ranked: {string.Join(", ", targets.Select(t => t.Organization))}).");
        }

        var objectives = request.ObjectiveTopics.Select(id => topics.Find(id)!)
            .Select(t => new VisitObjective(t.Questions.IsEmpty ? $"What can we learn from you about {TopicCatalog.InSentence(t.Title)}?" : t.Questions[0], t.Summary))
            .ToValueArray();
        var questions = request.Questions.IsEmpty
            ? request.ObjectiveTopics.SelectMany(id => topics.Find(id)!.Questions.Skip(1).Take(1)).ToValueArray()
            : request.Questions;
        var ordered = targets.Where(t => t != host).Prepend(host).ToValueArray();
        var plan = new VisitPlan(
            request.Id,
            $"Site visit: {request.Visitor.Organization} at {host.Organization}",
            request.Visitor.Organization,
            host.Organization,
            request.Start,
            request.TimeZoneId,
            request.Location,
            objectives,
            ordered,
            ValueArray<VisitSlot>.Empty,
            request.Team,
            new VisitQuestionnaire(request.QuestionnaireBy, questions),
            null,
            FollowUpPlan.None,
            ValueArray<SessionNote>.Empty,
            null);
        return WorkflowResult.Done(plan);
    }
}
