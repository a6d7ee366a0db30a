using PeerPractice.Sessions;

namespace PeerPractice.WebHost.Live;

/// <summary>What one person's page shows, built on the server from the replayed session; private notes only for their author.</summary>
public sealed record SessionView(
    long Sequence,
    string Title,
    string Phase,
    bool Paused,
    bool Closed,
    string? ItemId,
    string? Prompt,
    int ItemNumber,
    int ItemCount,
    IReadOnlyList<string> Speakers,
    IReadOnlyList<string> Listeners,
    double TimeLeftSeconds,
    double TimeboxSeconds,
    string TimerState,
    IReadOnlyList<AgreementView> Agreements,
    IReadOnlyList<string> Waiting,
    IReadOnlyList<ShareView> Shares,
    IReadOnlyList<NoteView> Notes,
    IReadOnlyList<ActionView> ActionItems,
    string? Me,
    bool CanSteer,
    bool CanStart,
    bool CanFinish);

public sealed record AgreementView(string Id, string Text, bool Acknowledged);

public sealed record ShareView(string Name, double Seconds, double Share);

public sealed record NoteView(string Author, string Text, bool IsPrivate, string? ItemId);

public sealed record ActionView(string Owner, string Text, string? Due);

/// <summary>A pushed batch: the events in order (another person's private note withheld: its number only) and the view after them.</summary>
public sealed record PushBatch(IReadOnlyList<PushedEvent> Events, SessionView View);

/// <summary>One event as a browser receives it; <see cref="Json"/> is null when it is someone else's private note.</summary>
public sealed record PushedEvent(long Sequence, string Kind, string? Json);

/// <summary>Builds views from a replayed session: the one place that decides what a person sees.</summary>
public static class SessionViews
{
    public static SessionView For(AgendaSession session, string title, long sequence, string? participantId, double warningFraction)
    {
        ArgumentNullException.ThrowIfNull(session);
        var names = session.Participants.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        string NameOf(string id) => names.TryGetValue(id, out var name) ? name : id;
        var item = session.CurrentItem;
        var timebox = session.TurnTimebox;
        var left = session.TimeLeft;
        var state = session.TurnPhase == TurnPhase.None ? "none"
            : session.IsPaused ? "paused"
            : left <= TimeSpan.Zero ? "time-up"
            : left.TotalSeconds <= timebox.TotalSeconds * warningFraction ? "warning"
            : "running";
        var agreements = session.Agenda.Agreements
            .Select(a => new AgreementView(a.Id, a.Text, participantId is not null && session.HasAcknowledged(participantId, a.Id)))
            .ToList();
        var waiting = session.Phase is AgendaPhase.NotStarted or AgendaPhase.AgreementsPending
            ? session.Participants.Where(p => session.Agenda.Agreements.Any(a => !session.HasAcknowledged(p.Id, a.Id))).Select(p => p.Name).ToList()
            : [];
        var floor = session.FloorHolders.Select(p => p.Id).ToList();
        var running = !session.IsClosed && !session.IsPaused;
        return new SessionView(
            sequence,
            title,
            session.Phase.ToString(),
            session.IsPaused,
            session.IsClosed,
            item?.Id,
            item?.Prompt,
            session.CurrentItemIndex + 1,
            session.Agenda.Items.Count,
            [.. session.FloorHolders.Select(p => p.Name)],
            [.. session.Listeners.Select(p => p.Name)],
            Math.Round(left.TotalSeconds),
            Math.Round(timebox.TotalSeconds),
            state,
            agreements,
            waiting,
            [.. session.SpeakingTimes.Select(s => new ShareView(NameOf(s.ParticipantId), Math.Round(s.Time.TotalSeconds), Math.Round(s.Share * 100)))],
            [.. session.Notes
                .Where(n => n.Visibility == NoteVisibility.Shareable || (participantId is not null && string.Equals(n.Author, participantId, StringComparison.Ordinal)))
                .Select(n => new NoteView(NameOf(n.Author), n.Text, n.Visibility == NoteVisibility.Private, n.ItemId))],
            [.. session.ActionItems.Select(a => new ActionView(NameOf(a.Owner), a.Text, a.Due?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)))],
            participantId is null ? null : NameOf(participantId),
            participantId is not null && (running || session.IsPaused) && session.Phase == AgendaPhase.InItem && floor.Contains(participantId),
            session.Phase is AgendaPhase.NotStarted or AgendaPhase.AgreementsPending && waiting.Count == 0,
            participantId is not null && session.Phase == AgendaPhase.WrapUp && !session.IsPaused);
    }
}
