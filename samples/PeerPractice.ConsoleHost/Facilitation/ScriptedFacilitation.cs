using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Facilitation;

/// <summary>
/// Runs a session from lines of text: a script file, a pipe, or a terminal with <c>--no-color</c>.
/// Each accepted command is recorded before its outcome is printed. End of input leaves the
/// session open, exactly like <c>quit</c>.
/// </summary>
internal static class ScriptedFacilitation
{
    public static int Run(Facilitator hosted, TextReader input, TextWriter output, TextWriter error)
    {
        WriteScreen(hosted, output);
        var lines = new BoundedLineReader(input);
        var lineNumber = 0;
        var invalid = 0;
        while (!hosted.Session.IsClosed && lines.TryRead(out var line, out var length))
        {
            lineNumber++;
            if (length > ScriptLimits.MaxLineLength)
            {
                // Refused whole: a cut line could run as a different command than the one written.
                error.WriteLine($"input line {lineNumber}: the line is {length} characters long; lines are limited to {ScriptLimits.MaxLineLength}: '{ScriptLimits.Quote(line)}'");
                invalid++;
                continue;
            }

            if (!ActionParser.TryParse(line, out var action, out var problem))
            {
                error.WriteLine($"input line {lineNumber}: {problem}");
                invalid++;
                continue;
            }

            switch (action)
            {
                case null:
                    continue;
                case FacilitatorAction.Quit:
                    WriteLeftOpen(hosted, output);
                    return invalid == 0 ? ExitCodes.Success : ExitCodes.ProblemsFound;
                case FacilitatorAction.Help:
                    output.WriteLine(ActionParser.Usage);
                    continue;
                case FacilitatorAction.Status:
                    WriteScreen(hosted, output);
                    continue;
            }

            var before = Position(hosted.Session);
            var message = hosted.Apply(action);
            hosted.Tick();
            output.WriteLine($"> {line.Trim()}: {message}");

            // Reprint the screen only when the floor moved or time passed; a note changes neither.
            if (before != Position(hosted.Session) || action is FacilitatorAction.Wait or FacilitatorAction.Run { Command: ExtendCommand })
            {
                WriteScreen(hosted, output);
            }
        }

        if (hosted.Session.IsClosed)
        {
            WriteClosing(hosted, output);
        }
        else
        {
            WriteLeftOpen(hosted, output);
        }

        return invalid == 0 ? ExitCodes.Success : ExitCodes.ProblemsFound;
    }

    private static (AgendaPhase, int, TurnPhase, int, bool) Position(AgendaSession session) =>
        (session.Phase, session.CurrentItemIndex, session.TurnPhase, session.TurnIndex, session.IsPaused);

    public static void WriteScreen(Facilitator hosted, TextWriter output)
    {
        foreach (var line in SessionScreen.Build(hosted.Session).Lines())
        {
            output.WriteLine(line);
        }
    }

    public static void WriteLeftOpen(Facilitator hosted, TextWriter output) =>
        output.WriteLine($"Session {hosted.Id} is saved and still open. Continue with: peerpractice session resume {hosted.Id}");

    public static void WriteClosing(Facilitator hosted, TextWriter output)
    {
        var session = hosted.Session;
        output.WriteLine($"Session {hosted.Id} {(session.Phase == AgendaPhase.Finished ? "finished" : "abandoned")} after {Format.Duration(session.Elapsed)}.");
        foreach (var time in session.SpeakingTimes)
        {
            var name = session.Participants.First(p => p.Id == time.ParticipantId).Name;
            output.WriteLine($"  {name}: spoke {Format.Duration(time.Time)} ({Format.Percent(time.Share)})");
        }

        foreach (var item in session.ActionItems)
        {
            var owner = session.Participants.FirstOrDefault(p => p.Id == item.Owner)?.Name ?? item.Owner;
            output.WriteLine($"  action: {owner}: {item.Text}{(item.Due is { } due ? $" (due {due:yyyy-MM-dd})" : "")}");
        }

        var privateCount = session.Notes.Count(n => n.Visibility == NoteVisibility.Private);
        output.WriteLine($"  notes: {session.ShareableNotes.Count} shareable, {privateCount} private (kept encrypted, never exported)");
    }
}
