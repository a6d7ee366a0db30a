using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PeerPractice.Agendas;
using PeerPractice.Collections;

namespace PeerPractice.Sessions;

/// <summary>
/// A relationship's series read back from the session store: each closed session of the relationship
/// replayed into its <see cref="SessionRecord"/>, oldest first, with the relationship's done action items.
/// </summary>
public static class RelationshipSeries
{
    // The roles of agendas held at one member's office (the quarterly deep dive, the site-visit day).
    private const string HostRole = "host";
    private const string VisitorRole = "visitor";

    /// <summary>Reads the series of <paramref name="relationship"/>.</summary>
    /// <param name="sessions">The session store.</param>
    /// <param name="relationship">The relationship.</param>
    /// <param name="time">The clock replayed sessions continue with (only closed sessions are read, so it is never consulted for their times).</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The series.</returns>
    /// <exception cref="SessionRestoreException">A stored session's log no longer replays.</exception>
    public static async ValueTask<SessionSeries> LoadAsync(ISessionStore sessions, Relationship relationship, TimeProvider time, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(time);
        var records = new List<SessionRecord>();
        foreach (var stored in await sessions.ListAsync(new SessionQuery { RelationshipId = relationship.Id }, cancellationToken).ConfigureAwait(false))
        {
            if (stored.Status == SessionStatus.Open)
            {
                continue;
            }

            var agenda = AgendaLoader.Load(stored.AgendaJson, stored.Id);
            var events = await sessions.ReadAsync(stored.Id, 1, cancellationToken).ConfigureAwait(false);
            var session = AgendaSession.Replay(agenda, stored.Participants, time, events, new SessionOptions { EnableTimers = false });
            records.Add(session.ToRecord());
        }

        return new SessionSeries(records, relationship.DoneActionItems);
    }

    /// <summary>The id of the relationship's open session, if one is running (the next one must wait for it).</summary>
    /// <param name="sessions">The session store.</param>
    /// <param name="relationshipId">The relationship.</param>
    /// <param name="cancellationToken">Cancels the read.</param>
    /// <returns>The open session's id, or null.</returns>
    public static async ValueTask<string?> OpenSessionAsync(ISessionStore sessions, string relationshipId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessions);
        var open = await sessions.ListAsync(new SessionQuery(Status: SessionStatus.Open) { RelationshipId = relationshipId }, cancellationToken).ConfigureAwait(false);
        return open.Count == 0 ? null : open[^1].Id;
    }

    /// <summary>
    /// Plans the relationship's next session: its participants, the options that carry over unfinished
    /// items and open action items and name the opener by the series' rule, and for in-person meetings
    /// the host organization (alternating session by session). Refused, with the reason, when the
    /// relationship is not active or the agenda does not fit it.
    /// </summary>
    /// <param name="relationship">The relationship.</param>
    /// <param name="series">Its series so far (<see cref="LoadAsync"/>).</param>
    /// <param name="agenda">The agenda the session runs.</param>
    /// <param name="baseOptions">Options to start from; <see cref="SessionOptions.Default"/> when null.</param>
    /// <returns>The plan, or the refusal.</returns>
    public static NextSessionPlan PlanNext(Relationship relationship, SessionSeries series, AgendaDefinition agenda, SessionOptions? baseOptions = null)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(agenda);
        if (relationship.Status != RelationshipStatus.Active)
        {
            return NextSessionPlan.Refused(relationship, $"Relationship '{relationship.Id}' is {relationship.Status.ToString().ToLowerInvariant()}, not active: no session starts until it is active again.");
        }

        if (!string.Equals(agenda.Id, relationship.AgendaId, StringComparison.Ordinal))
        {
            return NextSessionPlan.Refused(relationship, $"Relationship '{relationship.Id}' runs agenda '{relationship.AgendaId}', not '{agenda.Id}'.");
        }

        var number = series.Sessions.Count + 1;
        var hostRoles = agenda.Participants.Roles.Any(r => r.Name == HostRole);
        string? host = null;
        var participants = relationship.Participants;
        if (relationship.InPerson || hostRoles)
        {
            // Taking turns hosting, as the first seed says: the organizations host in member order.
            var organizations = relationship.Members.Select(m => m.Organization).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
            host = organizations[(number - 1) % organizations.Length];
        }

        if (hostRoles && host is not null)
        {
            var hostMember = relationship.Members.First(m => string.Equals(m.Organization, host, StringComparison.OrdinalIgnoreCase)).Id;
            var visitor = agenda.Participants.Roles.Any(r => r.Name == VisitorRole) ? VisitorRole : null;
            participants = participants.Select(p => p with { Role = p.Id == hostMember ? HostRole : visitor }).ToValueArray();
        }

        var rule = relationship.Opener ?? agenda.Opener;
        var options = series.OptionsForNext(participants, rule == OpenerRule.QuieterFirst, baseOptions);

        return new NextSessionPlan(relationship, participants, options, number, host, rule, null);
    }
}
