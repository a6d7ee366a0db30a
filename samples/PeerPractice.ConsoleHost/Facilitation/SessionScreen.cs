using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Facilitation;

/// <summary>
/// What the facilitator sees, computed from the session alone. The plain writer and the live view
/// both render this, so a script's output and the live screen never disagree.
/// </summary>
internal sealed record SessionScreen(
    string Title,
    string Status,
    string? Section,
    string? Prompt,
    string? Floor,
    string? Listening,
    string? Clock,
    bool Warning,
    bool TimeUp,
    IReadOnlyList<string> Shares,
    IReadOnlyList<string> Pending)
{
    public static SessionScreen Build(AgendaSession session)
    {
        var agenda = session.Agenda;
        var status = session.Phase switch
        {
            AgendaPhase.NotStarted or AgendaPhase.AgreementsPending => "before the first item: agreements",
            AgendaPhase.InItem => $"item {session.CurrentItemIndex + 1} of {agenda.Items.Count}",
            AgendaPhase.WrapUp => "wrap-up",
            AgendaPhase.Finished => "finished",
            AgendaPhase.Abandoned => "abandoned",
            _ => session.Phase.ToString(),
        };
        if (session.IsPaused)
        {
            status += " (paused)";
        }

        string? section = null;
        string? prompt = null;
        string? floor = null;
        string? listening = null;
        string? clock = null;
        var warning = false;
        var timeUp = false;
        if (session.CurrentItem is { } item)
        {
            section = agenda.Sections.First(s => s.Items.Contains(item)).Title;
            prompt = item.Prompt;
            var holders = string.Join(", ", session.FloorHolders.Select(p => p.Name));
            floor = session.TurnPhase switch
            {
                TurnPhase.Speaking => $"{holders} speaks",
                TurnPhase.Responding => $"{holders} respond{(session.FloorHolders.Count == 1 ? "s" : "")} ({item.Response?.Kind.ToString().ToLowerInvariant()})",
                TurnPhase.OpenFloor => $"open floor: {holders}",
                _ => null,
            };
            listening = session.Listeners.Count == 0 ? null : string.Join(", ", session.Listeners.Select(p => p.Name)) + (session.Listeners.Count == 1 ? " listens" : " listen");
            var left = session.TimeLeft;
            clock = left >= TimeSpan.Zero
                ? $"{Format.Duration(left)} left of {Format.Duration(session.TurnTimebox)}"
                : $"over by {Format.Duration(session.Overrun)} (timebox {Format.Duration(session.TurnTimebox)})";
            warning = left <= TimeSpan.FromTicks((long)(session.TurnTimebox.Ticks * session.Options.WarningFraction));
            timeUp = left <= TimeSpan.Zero;
        }

        var shares = session.SpeakingTimes
            .Select(t => $"{NameOf(session, t.ParticipantId)} {Format.Duration(t.Time)} ({Format.Percent(t.Share)})")
            .ToList();
        var pending = new List<string>();
        if (session.Phase is AgendaPhase.NotStarted or AgendaPhase.AgreementsPending)
        {
            foreach (var agreement in agenda.Agreements)
            {
                var missing = session.Participants.Where(p => !session.HasAcknowledged(p.Id, agreement.Id)).Select(p => p.Name).ToList();
                if (missing.Count > 0)
                {
                    pending.Add($"agreement '{agreement.Text}' ({agreement.Id}) awaits {string.Join(", ", missing)}");
                }
            }
        }

        if (session.Phase == AgendaPhase.WrapUp)
        {
            if (agenda.Closing.ActionItems)
            {
                pending.Add($"wrap-up: agree action items ({session.ActionItems.Count} so far)");
            }

            if (agenda.Closing.ScheduleNext)
            {
                pending.Add(agenda.Cadence is { } cadence ? $"wrap-up: schedule the next meeting (suggested every {cadence})" : "wrap-up: schedule the next meeting");
            }

            pending.Add("then finish");
        }

        return new SessionScreen($"{agenda.Title} ({agenda.Id})", status, section, prompt, floor, listening, clock, warning, timeUp, shares, pending);
    }

    public IEnumerable<string> Lines()
    {
        yield return $"[{Title}] {Status}";
        foreach (var line in Pending)
        {
            yield return "  " + line;
        }

        if (Prompt is not null)
        {
            yield return $"  {Section}: {Prompt}";
        }

        if (Floor is not null)
        {
            yield return $"  {Floor}{(Listening is null ? "" : "; " + Listening)}";
        }

        if (Clock is not null)
        {
            yield return $"  {Clock}{(TimeUp ? "  <- time is up" : Warning ? "  <- time is nearly up" : "")}";
        }

        if (Shares.Count > 0)
        {
            yield return "  speaking time: " + string.Join(" | ", Shares);
        }
    }

    private static string NameOf(AgendaSession session, string id) => session.Participants.FirstOrDefault(p => p.Id == id)?.Name ?? id;
}
