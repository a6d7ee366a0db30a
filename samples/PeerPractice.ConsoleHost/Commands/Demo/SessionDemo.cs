using System.Globalization;
using PeerPractice.Agendas;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Commands.Demo;

/// <summary>
/// Demo section: the built-in peer brainstorm for two sample peers, start to finish, on a fast clock.
/// Prints each turn with its timebox and the time it took, then the time kept and the speaking shares.
/// </summary>
internal static class SessionDemo
{
    private static readonly DateTimeOffset _start = new(2026, 3, 2, 8, 0, 0, TimeSpan.Zero);

    public static int Run(HostContext context)
    {
        var output = context.Out;
        var agenda = AgendaLibrary.Get(AgendaLibrary.PeerBrainstorm);
        Participant[] peers = [new("dana", "Dana (CIO, Northwind Health)"), new("marcus", "Marcus (CTO, Contoso Logistics)")];
        var clock = new DemoClock(_start);

        // Timers off: the demo moves its own clock and polls, so warnings land at exact, repeatable times.
        using var session = AgendaSession.Create(agenda, peers, clock, new SessionOptions { EnableTimers = false });
        output.WriteLine();
        output.WriteLine($"Session: {agenda.Title}, {peers[0].Name} and {peers[1].Name} (fast clock)");

        foreach (var agreement in agenda.Agreements)
        {
            foreach (var peer in peers)
            {
                session.Acknowledge(peer.Id, agreement.Id);
            }
        }

        output.WriteLine($"  {Clock(clock)}  agreements acknowledged by both: {string.Join(", ", agenda.Agreements.Select(a => a.Id))}");
        clock.Advance(TimeSpan.FromMinutes(1));
        session.Start();

        // A fixed script of how long each turn runs, as a share of its timebox, so the output is stable.
        double[] pace = [0.9, 1.1, 0.8, 1.0, 1.2, 0.7, 0.95, 1.05];
        var turn = 0;
        while (session.Phase == AgendaPhase.InItem)
        {
            var item = session.CurrentItem!;
            var who = session.CurrentSpeaker?.Name ?? string.Join(" + ", session.FloorHolders.Select(p => p.Name.Split(' ')[0]));
            var what = session.TurnPhase switch
            {
                TurnPhase.Responding => $"responds ({item.Response!.Kind.ToString().ToLowerInvariant()})",
                TurnPhase.OpenFloor => "discuss",
                _ => "speaks",
            };
            var box = session.TurnTimebox;
            var took = TimeSpan.FromSeconds(Math.Round(box.TotalSeconds * pace[turn++ % pace.Length] / 10) * 10);
            var at = Clock(clock);
            var warnings = RunTurn(session, clock, took);
            var over = took > box ? $", {Span(took - box)} over" : string.Empty;
            output.WriteLine($"  {at}  [{item.Id}] {who.Split(' ')[0]} {what}: {Span(took)} of {Span(box)}{over}{warnings}");
            if (item.Id == "biggest-problem" && session.TurnPhase == TurnPhase.Responding && session.Notes.Count == 0)
            {
                session.AddNote("marcus", "Dana: board wants AI savings before the data platform is ready.");
                session.AddNote("dana", "Try a service catalogue before the next budget round.", NoteVisibility.Shareable);
            }
        }

        session.AddActionItem("dana", "Send Marcus the AI business-case template", DateOnly.FromDateTime(clock.GetUtcNow().AddDays(14).Date));
        session.AddActionItem("marcus", "Introduce Dana to our data-platform lead");
        clock.Advance(TimeSpan.FromMinutes(3));
        session.Finish();

        var items = session.ItemTimes;
        var inItems = TimeSpan.FromTicks(items.Sum(i => i.Spent.Ticks));
        var planned = TimeSpan.FromTicks(items.Sum(i => i.Planned.Ticks));
        output.WriteLine($"  {Clock(clock)}  finished: {session.ActionItems.Count} action items, {session.ShareableNotes.Count} of {session.Notes.Count} notes shareable");
        output.WriteLine($"Time kept: {Span(session.Elapsed)} in all, {Span(inItems)} in items (planned {Span(planned)}), {Span(session.OutsideItemsTime)} outside items, overrun {Span(TimeSpan.FromTicks(items.Sum(i => i.Overrun.Ticks)))}");
        output.WriteLine("Speaking shares: " + string.Join(", ", session.SpeakingTimes.Select(s =>
            $"{peers.First(p => p.Id == s.ParticipantId).Name.Split(' ')[0]} {(s.Share * 100).ToString("0", CultureInfo.InvariantCulture)}% ({Span(s.Time)})")));
        return ExitCodes.Success;
    }

    /// <summary>Runs the clock through one turn in small steps, polling as a live host would, then ends the turn.</summary>
    private static string RunTurn(AgendaSession session, DemoClock clock, TimeSpan took)
    {
        var before = session.Version;
        for (var left = took; left > TimeSpan.Zero; left -= TimeSpan.FromSeconds(10))
        {
            clock.Advance(TimeSpan.FromSeconds(10));
            session.Poll();
        }

        var notices = session.EventsSince(before).Select(e => e switch
        {
            TimeboxWarning w => $"warned at {Span(w.Left)} left",
            TimeboxExpired => "time up",
            _ => null,
        }).OfType<string>().ToList();
        session.Next();
        return notices.Count == 0 ? string.Empty : " (" + string.Join(", ", notices) + ")";
    }

    private static string Clock(TimeProvider clock) => clock.GetUtcNow().ToString("HH:mm", CultureInfo.InvariantCulture);

    private static string Span(TimeSpan span) =>
        span.TotalHours >= 1
            ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : span.ToString(@"m\:ss", CultureInfo.InvariantCulture);

    /// <summary>A clock the demo moves by hand, so an hour-and-a-half session runs in milliseconds.</summary>
    private sealed class DemoClock(DateTimeOffset start) : TimeProvider
    {
        private DateTimeOffset _now = start;

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
