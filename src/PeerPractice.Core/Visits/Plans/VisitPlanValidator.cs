using System;
using System.Collections.Generic;
using System.Globalization;
using PeerPractice.Collections;
using PeerPractice.Matching;

namespace PeerPractice.Visits;

/// <summary>
/// Checks a visit plan against the seed's advice before documents go out: objectives stated, slots
/// in order without overlap, both sides' question time fitting inside each slot, topics known,
/// a small team, and a return visit that names its first visit.
/// </summary>
public static class VisitPlanValidator
{
    /// <summary>The largest visiting team the plan accepts: the seed asks for a small, focused team.</summary>
    public const int MaxTeamSize = 8;

    /// <summary>Every problem with <paramref name="plan"/>; empty when it is ready to send.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="catalog">The topics slots may name; the built-in catalog when null.</param>
    public static ValueArray<VisitPlanProblem> Validate(VisitPlan plan, TopicCatalog? catalog = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        catalog ??= TopicCatalog.BuiltIn;
        var problems = new List<VisitPlanProblem>();
        if (plan.Objectives.IsEmpty && plan.ReciprocalOf is null)
        {
            problems.Add(new("objectives", "State at least one question the visit should answer."));
        }

        if (plan.Team.IsEmpty)
        {
            problems.Add(new("team", "Name the visiting team."));
        }
        else if (plan.Team.Count > MaxTeamSize)
        {
            problems.Add(new("team", $"A visiting team of {plan.Team.Count} is large; keep it to {MaxTeamSize} or fewer."));
        }

        var previousEnd = TimeSpan.Zero;
        for (var i = 0; i < plan.Slots.Count; i++)
        {
            var slot = plan.Slots[i];
            var path = "slots[" + i.ToString(CultureInfo.InvariantCulture) + "]";
            if (slot.Duration <= TimeSpan.Zero)
            {
                problems.Add(new(path, $"'{slot.Title}' needs a positive duration."));
            }

            if (slot.Start < previousEnd)
            {
                problems.Add(new(path, $"'{slot.Title}' starts before the previous slot ends."));
            }

            if (slot.QuestionTimeEach < TimeSpan.Zero || slot.QuestionTimeEach * 2 > slot.Duration)
            {
                problems.Add(new(path, $"'{slot.Title}': question time for both sides ({DurationText.Format(slot.QuestionTimeEach * 2)}) does not fit in the slot."));
            }

            if (slot.TopicId is not null && catalog.Find(slot.TopicId) is null)
            {
                problems.Add(new(path, $"'{slot.Title}' names topic '{slot.TopicId}', which the catalog does not have."));
            }

            previousEnd = slot.Start + slot.Duration;
        }

        if (plan.ReciprocalOf is not null && string.Equals(plan.ReciprocalOf, plan.Id, StringComparison.Ordinal))
        {
            problems.Add(new("reciprocalOf", "A return visit cannot name itself as its first visit."));
        }

        return problems.ToValueArray();
    }
}

/// <summary>One problem with a visit plan.</summary>
/// <param name="Path">Which part of the plan, such as <c>slots[2]</c>.</param>
/// <param name="Message">What is wrong and what to do about it.</param>
public sealed record VisitPlanProblem(string Path, string Message)
{
    /// <summary><c>path: message</c>.</summary>
    public override string ToString() => Path + ": " + Message;
}
