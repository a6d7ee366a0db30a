using Microsoft.AspNetCore.SignalR;
using PeerPractice.WebHost.Security;

namespace PeerPractice.WebHost.Live;

/// <summary>
/// Pushes a session's events to the pages that show it. A page joins with its link's token (or the
/// organiser's cookie) and the last sequence it saw; it gets what it missed and then every later batch
/// in order. Commands go over HTTP (rate-limited, the same rules as a form post), not through the hub.
/// </summary>
public sealed class SessionHub(LiveSessions sessions, SessionDirectory directory, OrganiserCredential organiser) : Hub
{
    public const string OrganiserGroup = "~organiser";
    private const string NotFound = "Not found: this link does not open a session.";

    /// <summary>Joins a session as the participant the token names; returns the events after <paramref name="afterSequence"/> and the current view.</summary>
    public async Task<PushBatch> Join(string sessionId, string token, long afterSequence)
    {
        var access = await directory.FindParticipantAsync(sessionId, token) ?? throw new HubException(NotFound);
        return await JoinAs(access.Live, access.ParticipantId, afterSequence);
    }

    /// <summary>Joins a session as the organiser (the cookie is checked); no private note is ever sent here.</summary>
    public async Task<PushBatch> JoinAsOrganiser(string sessionId, long afterSequence)
    {
        var http = Context.GetHttpContext();
        if (http is null || !organiser.IsOrganiser(http))
        {
            throw new HubException(NotFound);
        }

        var live = await sessions.GetAsync(sessionId) ?? throw new HubException(NotFound);
        return await JoinAs(live, null, afterSequence);
    }

    private async Task<PushBatch> JoinAs(LiveSession live, string? participantId, long afterSequence)
    {
        // Joined before reading, so nothing falls between the catch-up and the next push (duplicates are dropped by sequence).
        await Groups.AddToGroupAsync(Context.ConnectionId, LiveSessions.GroupOf(live.Id, participantId ?? OrganiserGroup));
        await sessions.RefreshAsync(live);
        await live.Gate.WaitAsync();
        try
        {
            var missed = live.EventsAfter(Math.Max(0, afterSequence))
                .Select(Orleans.SessionEventMessage.From)
                .Select(e => LiveSession.ForParticipant(e, participantId))
                .ToList();
            return new PushBatch(missed, live.ViewFor(participantId, sessions.Now));
        }
        finally
        {
            live.Gate.Release();
        }
    }
}
