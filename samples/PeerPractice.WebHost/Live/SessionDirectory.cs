using System.Security.Cryptography;
using PeerPractice.Agendas;
using PeerPractice.Orleans;
using PeerPractice.Sessions;
using PeerPractice.WebHost.Security;

namespace PeerPractice.WebHost.Live;

/// <summary>A participant's access: the session and who the link names.</summary>
public sealed record ParticipantAccess(LiveSession Live, string ParticipantId);

/// <summary>A created session: its id and each participant's private link token (shown once, never stored).</summary>
public sealed record CreatedSession(string SessionId, IReadOnlyList<(Participant Participant, string Token)> Links);

/// <summary>Creates sessions on the grain with their link hashes, and opens a session by a link's token.</summary>
public sealed class SessionDirectory(IGrainFactory grains, LiveSessions sessions, ISessionStore store)
{
    /// <summary>The session a token opens, or null: an unknown session and a wrong token look the same.</summary>
    public async Task<ParticipantAccess?> FindParticipantAsync(string? sessionId, string? token)
    {
        if (string.IsNullOrEmpty(sessionId) || sessionId.Length > 64 || string.IsNullOrEmpty(token))
        {
            return null;
        }

        var live = await sessions.GetAsync(sessionId);
        if (live is null)
        {
            return null;
        }

        // Every key is compared (constant time each), so the time does not tell which participant or how much matched.
        string? found = null;
        foreach (var key in live.Host.Keys)
        {
            if (CapabilityToken.Matches(token, key.TokenHash))
            {
                found = key.ParticipantId;
            }
        }

        return found is null ? null : new ParticipantAccess(live, found);
    }

    public async Task<IReadOnlyList<StoredSession>> ListAsync()
    {
        var all = await store.ListAsync();
        return [.. all.Where(s => HostRecord.FromJson(StoredSessionSettings.HostDataOf(s)) is not null).OrderByDescending(s => s.CreatedAt)];
    }

    public static string TitleOf(StoredSession session) => HostRecord.FromJson(StoredSessionSettings.HostDataOf(session))?.Title ?? session.AgendaId;

    /// <summary>Starts the session on its grain; the reason when the grain refuses.</summary>
    public async Task<(CreatedSession? Created, string? Refusal)> CreateAsync(AgendaDefinition agenda, string agendaJson, IReadOnlyList<string> names, bool autoAdvance)
    {
        ArgumentNullException.ThrowIfNull(agenda);
        var id = "s-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6));
        var links = new List<(Participant, string)>();
        var keys = new List<ParticipantKey>();
        for (var i = 0; i < names.Count; i++)
        {
            var participant = new Participant($"p{i + 1}", names[i], RoleFor(agenda, i));
            var token = CapabilityToken.Create();
            links.Add((participant, token));
            keys.Add(new ParticipantKey(participant.Id, CapabilityToken.Hash(token)));
        }

        var request = new SessionStartRequest(
            agendaJson,
            [.. links.Select(l => new ParticipantMessage(l.Item1.Id, l.Item1.Name, l.Item1.Role))],
            autoAdvance,
            null,
            new HostRecord(agenda.Title, keys).ToJson());
        var reply = await grains.GetGrain<ISessionGrain>(id).Start(request);
        return reply.Accepted ? (new CreatedSession(id, links), null) : (null, reply.Reason);
    }

    /// <summary>Agendas with roles get them in order (the first participant the first role...), so a role item has someone to hold it.</summary>
    private static string? RoleFor(AgendaDefinition agenda, int index)
    {
        var roles = agenda.Participants.Roles;
        return roles.Count == 0 ? null : roles[index % roles.Count].Name;
    }
}
