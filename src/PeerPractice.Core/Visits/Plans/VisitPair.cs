using System;

namespace PeerPractice.Visits;

/// <summary>
/// A visit and its return visit, linked: the host of the first visits the visitor in turn, which is
/// how the seed's reciprocity builds trust.
/// </summary>
public sealed record VisitPair
{
    /// <summary>Links <paramref name="first"/> with its return visit.</summary>
    /// <param name="first">The first visit.</param>
    /// <param name="reciprocal">The return visit: <see cref="VisitPlan.ReciprocalOf"/> names the first, and the organizations are swapped.</param>
    /// <exception cref="ArgumentException">The two plans are not a reciprocal pair.</exception>
    public VisitPair(VisitPlan first, VisitPlan reciprocal)
    {
        ArgumentNullException.ThrowIfNull(first);
        ArgumentNullException.ThrowIfNull(reciprocal);
        if (!string.Equals(reciprocal.ReciprocalOf, first.Id, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The return visit must name '{first.Id}' as ReciprocalOf.", nameof(reciprocal));
        }

        if (!string.Equals(reciprocal.HostOrganization, first.VisitorOrganization, StringComparison.Ordinal)
            || !string.Equals(reciprocal.VisitorOrganization, first.HostOrganization, StringComparison.Ordinal))
        {
            throw new ArgumentException("The return visit swaps host and visitor organizations.", nameof(reciprocal));
        }

        First = first;
        Reciprocal = reciprocal;
    }

    /// <summary>The first visit.</summary>
    public VisitPlan First { get; }

    /// <summary>The return visit.</summary>
    public VisitPlan Reciprocal { get; }

    /// <summary>
    /// Drafts the return visit of <paramref name="first"/>: organizations swapped, the first host's
    /// people as the visiting team, the same questionnaire; objectives and agenda left for the two sides to agree.
    /// </summary>
    /// <param name="first">The first visit.</param>
    /// <param name="start">When the return visit starts, in its host's local time.</param>
    /// <param name="timeZoneId">The return visit host's IANA time zone.</param>
    /// <param name="location">Where to go.</param>
    public static VisitPair Draft(VisitPlan first, DateTimeOffset start, string timeZoneId, string location)
    {
        ArgumentNullException.ThrowIfNull(first);
        var reciprocal = first with
        {
            Id = first.Id + "-return",
            Title = "Return visit: " + first.HostOrganization + " at " + first.VisitorOrganization,
            VisitorOrganization = first.HostOrganization,
            HostOrganization = first.VisitorOrganization,
            Start = start,
            TimeZoneId = timeZoneId,
            Location = location,
            Objectives = default,
            Targets = default,
            Slots = default,
            Team = first.HostPeople,
            Debrief = null,
            FollowUp = FollowUpPlan.None,
            Notes = default,
            ReciprocalOf = first.Id,
        };
        return new VisitPair(first, reciprocal);
    }
}
