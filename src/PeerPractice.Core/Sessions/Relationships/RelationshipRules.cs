using System;
using System.Collections.Generic;
using System.Linq;

namespace PeerPractice.Sessions;

/// <summary>What every engine checks the same way about relationships.</summary>
public static class RelationshipRules
{
    /// <summary>Checks a relationship: an id, 2 to <see cref="Relationship.MaxMembers"/> distinct members, an agenda, a positive cadence, and the organization rule of its kind.</summary>
    /// <param name="relationship">The relationship.</param>
    /// <exception cref="ArgumentException">It breaks a rule; the message says which.</exception>
    public static void Check(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        if (Problem(relationship) is { } problem)
        {
            throw new ArgumentException(problem, nameof(relationship));
        }
    }

    /// <summary>The first rule <paramref name="relationship"/> breaks, as a sentence, or null.</summary>
    /// <param name="relationship">The relationship.</param>
    /// <returns>The problem, or null when it is valid.</returns>
    public static string? Problem(Relationship relationship)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        if (string.IsNullOrWhiteSpace(relationship.Id))
        {
            return "A relationship needs an id.";
        }

        var members = relationship.Members;
        if (members.Count < 2 || members.Count > Relationship.MaxMembers)
        {
            return $"Relationship '{relationship.Id}' has {members.Count} members; it takes 2 to {Relationship.MaxMembers}.";
        }

        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (member is null || string.IsNullOrWhiteSpace(member.Id) || !ids.Add(member.Id))
            {
                return $"Relationship '{relationship.Id}' needs distinct, non-empty member ids; '{member?.Id}' is not.";
            }

            if (member.WorkdayStartHour is < 0 or > 23 || member.WorkdayEndHour <= member.WorkdayStartHour || member.WorkdayEndHour > 24)
            {
                return $"Member '{member.Id}' of relationship '{relationship.Id}' has working hours {member.WorkdayStartHour}-{member.WorkdayEndHour}; write a start from 0 to 23 and a later end up to 24.";
            }
        }

        if (string.IsNullOrWhiteSpace(relationship.AgendaId))
        {
            return $"Relationship '{relationship.Id}' needs an agenda.";
        }

        if (relationship.Cadence.Months < 0 || relationship.Cadence.Days < 0 || (relationship.Cadence.Months == 0 && relationship.Cadence.Days == 0))
        {
            return $"Relationship '{relationship.Id}' has the cadence {relationship.Cadence}; use a positive period such as P1M or P3M.";
        }

        var organizations = members.Select(m => m.Organization).Distinct(StringComparer.OrdinalIgnoreCase).Count();
        return relationship.Kind switch
        {
            RelationshipKind.Internal when organizations != 1 =>
                $"Internal partnership '{relationship.Id}' has members in {organizations} organizations; an internal partnership is inside one organization.",
            RelationshipKind.Peer when organizations != members.Count =>
                $"Peer relationship '{relationship.Id}' has two members in one organization; peers come from different organizations (an internal partnership is created as internal).",
            _ => null,
        };
    }

    /// <summary>The refusal of a taken id.</summary>
    /// <param name="relationshipId">The id.</param>
    /// <returns>The exception to throw.</returns>
    public static StoreException AlreadyExists(string relationshipId) =>
        new(StoreErrorKind.AlreadyExists, $"Relationship '{relationshipId}' already exists. Choose another id.");

    /// <summary>The refusal of an unknown id.</summary>
    /// <param name="relationshipId">The id.</param>
    /// <returns>The exception to throw.</returns>
    public static StoreException NotFound(string relationshipId) =>
        new(StoreErrorKind.NotFound, $"No relationship '{relationshipId}'. List them with 'relationship list'.");
}
