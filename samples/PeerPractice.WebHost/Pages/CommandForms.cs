using PeerPractice.Orleans;
using PeerPractice.Sessions;
using PeerPractice.WebHost.Live;

namespace PeerPractice.WebHost.Pages;

/// <summary>
/// Turns a posted command form into a library command, with the session's rules on who may do what:
/// each participant acknowledges for themselves and writes notes as themselves; whoever holds the floor
/// (or the organiser) moves on, pauses, resumes or extends; anyone finishes from the wrap-up.
/// </summary>
public static class CommandForms
{
    public static readonly TimeSpan ExtendBy = TimeSpan.FromMinutes(2);

    /// <summary>The command, or the status and message that refuse it.</summary>
    public static (SessionCommand? Command, int Status, string? Error) Parse(IFormCollection form, string? participantId, SessionView view, int maxNoteLength)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(view);
        var kind = form["kind"].ToString();
        var organiser = participantId is null;
        var steer = organiser || view.CanSteer;
        const int forbidden = StatusCodes.Status403Forbidden;
        switch (kind)
        {
            case "acknowledge" when !organiser:
                var agreement = form["agreement"].ToString();
                return view.Agreements.Any(a => a.Id == agreement)
                    ? (new AcknowledgeCommand(participantId!, agreement), 200, null)
                    : (null, StatusCodes.Status400BadRequest, $"There is no agreement '{agreement}' in this session.");
            case "start":
                return (new StartCommand(), 200, null);
            case "next":
                return steer ? (new NextCommand(), 200, null) : (null, forbidden, "Only whoever holds the floor (or the organiser) moves on.");
            case "pause":
                return steer ? (new PauseCommand(), 200, null) : (null, forbidden, "Only whoever holds the floor (or the organiser) pauses.");
            case "resume":
                return steer ? (new ResumeCommand(), 200, null) : (null, forbidden, "Only whoever holds the floor (or the organiser) resumes.");
            case "extend":
                return steer ? (new ExtendCommand(ExtendBy), 200, null) : (null, forbidden, "Only whoever holds the floor (or the organiser) extends the time.");
            case "finish":
                return organiser || view.CanFinish ? (new FinishCommand(), 200, null) : (null, forbidden, "The session is finished from the wrap-up (or by the organiser).");
            case "abandon" when organiser:
                return (new AbandonCommand(), 200, null);
            case "note" when !organiser:
            case "action" when !organiser:
                var text = form["text"].ToString().Trim();
                if (text.Length == 0)
                {
                    return (null, StatusCodes.Status400BadRequest, kind == "note" ? "A note needs some text." : "An action item needs some text.");
                }

                if (text.Length > maxNoteLength)
                {
                    return (null, StatusCodes.Status400BadRequest, $"{(kind == "note" ? "A note" : "An action item")} is at most {maxNoteLength} characters; this one has {text.Length}. Shorten it or split it in two.");
                }

                return kind == "note"
                    ? (new AddNoteCommand(participantId!, text, form["shared"] == "true" ? NoteVisibility.Shareable : NoteVisibility.Private), 200, null)
                    : (new AddActionItemCommand(participantId!, text), 200, null);
            default:
                return (null, StatusCodes.Status400BadRequest, $"Unknown command '{kind}'.");
        }
    }

    /// <summary>The answer to a command: JSON for the page's script, or back to the page for a plain form post.</summary>
    public static IResult Answer(HttpContext context, int status, string? reason, long sequence, string backTo)
    {
        ArgumentNullException.ThrowIfNull(context);
        var wantsJson = context.Request.Headers.Accept.ToString().Contains("application/json", StringComparison.Ordinal);
        if (wantsJson)
        {
            return Results.Json(new { accepted = status == 200, reason, sequence }, statusCode: status);
        }

        return status == 200 ? Results.Redirect(backTo) : Html.Problem(status, "Not done", reason ?? "Refused.");
    }

    public static int StatusOf(SessionReply reply)
    {
        ArgumentNullException.ThrowIfNull(reply);
        return reply.Refusal switch
        {
            SessionRefusal.None => 200,
            SessionRefusal.Oversized => StatusCodes.Status413PayloadTooLarge,
            SessionRefusal.Invalid or SessionRefusal.UnknownParticipant => StatusCodes.Status400BadRequest,
            SessionRefusal.StoreFailed => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status409Conflict,
        };
    }
}
