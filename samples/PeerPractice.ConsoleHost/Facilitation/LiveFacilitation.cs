using PeerPractice.Sessions;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace PeerPractice.ConsoleHost.Facilitation;

/// <summary>
/// The live facilitation screen for a person at a terminal: the current item and prompt, who
/// speaks and who listens, a countdown, speaking shares, and single keys for every command.
/// Every key's effect is saved before the screen changes.
/// </summary>
internal static class LiveFacilitation
{
    private const string Keys = "[bold]y[/] acknowledge all  [bold]g[/] go  [bold]n[/] next  [bold]p[/] pause/resume  [bold]e[/] +1 min  [bold]s[/] skip  [bold]b[/] back  [bold]o[/] note  [bold]a[/] action item  [bold]f[/] finish  [bold]x[/] abandon  [bold]q[/] quit (resume later)";

    public static int Run(Facilitator hosted, HostContext context)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(context.Out) });
        var message = hosted.Session.Phase is AgendaPhase.NotStarted or AgendaPhase.AgreementsPending
            ? "Acknowledge the agreements (y), then go (g)."
            : "Press n when the speaker is done.";
        while (!hosted.Session.IsClosed)
        {
            var next = LiveUntilPromptOrQuit(console, hosted, ref message);
            switch (next)
            {
                case 'q':
                    ScriptedFacilitation.WriteLeftOpen(hosted, context.Out);
                    return ExitCodes.Success;
                case 'o':
                    message = PromptNote(console, hosted);
                    break;
                case 'a':
                    message = PromptActionItem(console, hosted);
                    break;
                case 'x':
                    message = console.Confirm("Abandon this session? It cannot be resumed afterwards.", defaultValue: false)
                        ? hosted.Apply(new FacilitatorAction.Run(new AbandonCommand()))
                        : "not abandoned";
                    break;
            }
        }

        ScriptedFacilitation.WriteClosing(hosted, context.Out);
        return ExitCodes.Success;
    }

    /// <summary>Runs the live screen until a key needs a text prompt or the facilitator quits; returns that key.</summary>
    private static char LiveUntilPromptOrQuit(IAnsiConsole console, Facilitator hosted, ref string message)
    {
        var result = '\0';
        var shown = message;
        console.Live(Render(hosted, shown)).AutoClear(false).Start(live =>
        {
            while (!hosted.Session.IsClosed)
            {
                hosted.Tick();
                live.UpdateTarget(Render(hosted, shown));
                if (!Console.KeyAvailable)
                {
                    Thread.Sleep(200);
                    continue;
                }

                var key = char.ToLowerInvariant(Console.ReadKey(intercept: true).KeyChar);
                SessionCommand? command = key switch
                {
                    'g' => new StartCommand(),
                    'n' or ' ' => new NextCommand(),
                    'p' => hosted.Session.IsPaused ? new ResumeCommand() : new PauseCommand(),
                    'e' => new ExtendCommand(ActionParser.DefaultExtension),
                    's' => new SkipItemCommand(),
                    'b' => new GoBackCommand(),
                    'f' => new FinishCommand(),
                    _ => null,
                };
                if (key == 'y')
                {
                    shown = hosted.Apply(new FacilitatorAction.Acknowledge(null, null));
                }
                else if (command is not null)
                {
                    shown = hosted.Apply(new FacilitatorAction.Run(command));
                }
                else if (key is 'q' or 'o' or 'a' or 'x')
                {
                    result = key;
                    return;
                }
            }
        });
        message = shown;
        return result;
    }

    private static IRenderable Render(Facilitator hosted, string message)
    {
        var screen = SessionScreen.Build(hosted.Session);
        var rows = new List<IRenderable> { new Markup($"[bold]{Markup.Escape(screen.Status)}[/]") };
        rows.AddRange(screen.Pending.Select(p => new Markup("[yellow]" + Markup.Escape(p) + "[/]")));
        if (screen.Prompt is not null)
        {
            rows.Add(new Markup($"[grey]{Markup.Escape(screen.Section ?? "")}[/]"));
            rows.Add(new Markup($"[bold aqua]{Markup.Escape(screen.Prompt)}[/]"));
        }

        if (screen.Floor is not null)
        {
            rows.Add(new Markup($"[green]{Markup.Escape(screen.Floor)}[/]" + (screen.Listening is null ? "" : $"   [grey]{Markup.Escape(screen.Listening)}[/]")));
        }

        if (screen.Clock is not null)
        {
            var style = screen.TimeUp ? "bold white on red" : screen.Warning ? "bold red" : "bold";
            rows.Add(new Markup($"[{style}]{Markup.Escape(screen.Clock)}[/]"));
        }

        if (screen.Shares.Count > 0)
        {
            rows.Add(new Markup("[grey]speaking time:[/] " + Markup.Escape(string.Join("  |  ", screen.Shares))));
        }

        rows.Add(new Markup($"[italic]{Markup.Escape(message)}[/]"));
        rows.Add(new Markup($"[grey]{Keys}[/]"));
        return new Panel(new Rows(rows)) { Header = new PanelHeader($" {Markup.Escape(screen.Title)} · session {Markup.Escape(hosted.Id)} "), Border = BoxBorder.Rounded, Expand = true };
    }

    private static string PromptNote(IAnsiConsole console, Facilitator hosted)
    {
        var author = AskParticipant(console, hosted.Session, "Note by");
        var text = console.Ask<string>("Note:");
        var shareable = console.Confirm("Shareable (may appear in the summary)? Notes are private otherwise.", defaultValue: false);
        return hosted.Apply(new FacilitatorAction.Run(new AddNoteCommand(author, text, shareable ? NoteVisibility.Shareable : NoteVisibility.Private)));
    }

    private static string PromptActionItem(IAnsiConsole console, Facilitator hosted)
    {
        var owner = AskParticipant(console, hosted.Session, "Action item owner");
        var text = console.Ask<string>("Action item:");
        var due = console.Prompt(new TextPrompt<string>("Due (YYYY-MM-DD, empty for none):").AllowEmpty());
        if (due.Length == 0)
        {
            return hosted.Apply(new FacilitatorAction.Run(new AddActionItemCommand(owner, text)));
        }

        return ActionParser.TryParse($"action {owner} due {due} {text}", out var action, out var error) && action is not null
            ? hosted.Apply(action)
            : error;
    }

    private static string AskParticipant(IAnsiConsole console, AgendaSession session, string title) =>
        console.Prompt(new SelectionPrompt<Participant>()
            .Title(title)
            .UseConverter(p => Markup.Escape(p.Name))
            .AddChoices(session.Participants)).Id;
}
