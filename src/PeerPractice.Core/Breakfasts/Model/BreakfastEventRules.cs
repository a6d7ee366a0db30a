using System;
using System.Collections.Generic;
using PeerPractice.Agendas;
using PeerPractice.Matching;

namespace PeerPractice.Breakfasts;

/// <summary>The rules a breakfast event keeps, shared by the workflow and the event-file loader.</summary>
internal static class BreakfastEventRules
{
    /// <summary>The first rule <paramref name="breakfast"/> breaks, worded for people; null when it keeps them all.</summary>
    public static string? FirstProblem(BreakfastEvent breakfast, TopicCatalog topics)
    {
        if (!AgendaIdentifiers.IsKebabCase(breakfast.Id))
        {
            return $"The id '{breakfast.Id}' is not kebab-case; write lower-case words joined by hyphens, such as cio-breakfast-march.";
        }

        if (breakfast.Duration <= TimeSpan.Zero)
        {
            return "A breakfast needs a positive duration.";
        }

        if (topics.FirstUnknown(breakfast.TopicIds) is { } unknown)
        {
            return $"Topic '{unknown}' is not in the topic catalog.";
        }

        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var invitee in breakfast.Invitees)
        {
            if (!seen.Add(invitee))
            {
                return $"'{invitee}' is invited twice.";
            }
        }

        foreach (var rsvp in breakfast.Rsvps)
        {
            if (!seen.Contains(rsvp.MemberId))
            {
                return $"'{rsvp.MemberId}' answered but is not invited.";
            }
        }

        return null;
    }
}
