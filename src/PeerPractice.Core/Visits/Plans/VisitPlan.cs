using System;
using PeerPractice.Collections;
using PeerPractice.Matching;
using PeerPractice.Sessions;

namespace PeerPractice.Visits;

/// <summary>
/// Everything about one site visit, before and after: objectives, targets, the agenda agreed with
/// the host, the visiting team, the questionnaire, the debrief and the follow-up. Documents render
/// from it; notes stay private unless marked shareable.
/// </summary>
/// <param name="Id">Kebab-case id, unique among visits.</param>
/// <param name="Title">Shown to people.</param>
/// <param name="VisitorOrganization">The visiting team's organization.</param>
/// <param name="HostOrganization">The organization visited.</param>
/// <param name="Start">When the visit starts, in the host's local time.</param>
/// <param name="TimeZoneId">The host's IANA time zone (for example <c>Europe/Vienna</c>), for invitations.</param>
/// <param name="Location">Where to go.</param>
/// <param name="Objectives">The questions the team wants answered.</param>
/// <param name="Targets">The organizations considered, and why (as <see cref="SiteVisitPlanner"/> ranks them, or chosen by hand); the chosen host usually first.</param>
/// <param name="Slots">The agenda agreed with the host, in order.</param>
/// <param name="Team">The small visiting team, each with the department or role they represent.</param>
/// <param name="Questionnaire">Sent to the host before the visit.</param>
/// <param name="Debrief">The team's debrief, once held; null before the visit.</param>
/// <param name="FollowUp">Articles and calls after the visit.</param>
/// <param name="Notes">Notes from planning and the visit; only shareable ones ever reach a document.</param>
/// <param name="ReciprocalOf">For a return visit, the id of the first visit of the pair; otherwise null.</param>
public sealed record VisitPlan(
    string Id,
    string Title,
    string VisitorOrganization,
    string HostOrganization,
    DateTimeOffset Start,
    string TimeZoneId,
    string Location,
    ValueArray<VisitObjective> Objectives,
    ValueArray<VisitTarget> Targets,
    ValueArray<VisitSlot> Slots,
    ValueArray<Participant> Team,
    VisitQuestionnaire Questionnaire,
    VisitDebrief? Debrief,
    FollowUpPlan FollowUp,
    ValueArray<SessionNote> Notes,
    string? ReciprocalOf)
{
    /// <summary>The planned length: from the start to the end of the last slot.</summary>
    public TimeSpan Duration
    {
        get
        {
            var end = TimeSpan.Zero;
            foreach (var slot in Slots)
            {
                var slotEnd = slot.Start + slot.Duration;
                if (slotEnd > end)
                {
                    end = slotEnd;
                }
            }

            return end;
        }
    }

    /// <summary>
    /// When the visit is over: the end of the last slot, or three hours after the start when no slots
    /// are agreed yet (the length invitations assume too). Debriefs and follow-up calls come after it.
    /// </summary>
    public DateTimeOffset End => Start + (Duration > TimeSpan.Zero ? Duration : TimeSpan.FromHours(3));

    /// <summary>Every host person named in any slot, once each, in order of first appearance.</summary>
    public ValueArray<Participant> HostPeople
    {
        get
        {
            var seen = new System.Collections.Generic.List<Participant>();
            foreach (var slot in Slots)
            {
                foreach (var person in slot.HostPeople)
                {
                    if (!seen.Exists(p => string.Equals(p.Id, person.Id, StringComparison.Ordinal)))
                    {
                        seen.Add(person);
                    }
                }
            }

            return seen.ToValueArray();
        }
    }
}
