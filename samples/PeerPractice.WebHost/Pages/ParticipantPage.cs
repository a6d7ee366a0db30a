using System.Text;
using Microsoft.Extensions.Options;
using PeerPractice.Orleans;
using PeerPractice.WebHost.Live;

namespace PeerPractice.WebHost.Pages;

/// <summary>The participant's page (from their private link) and its commands.</summary>
public static class ParticipantPage
{
    public const string RateLimitPolicy = "commands";

    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/s/{sessionId}/p/{token}", Show);
        app.MapPost("/s/{sessionId}/p/{token}/command", Command).RequireRateLimiting(RateLimitPolicy);
    }

    private static async Task<IResult> Show(string sessionId, string token, SessionDirectory directory, LiveSessions sessions)
    {
        if (await directory.FindParticipantAsync(sessionId, token) is not { } access)
        {
            return Html.NotFound();
        }

        await sessions.RefreshAsync(access.Live);
        await access.Live.Gate.WaitAsync();
        SessionView view;
        try
        {
            view = access.Live.ViewFor(access.ParticipantId, sessions.Now);
        }
        finally
        {
            access.Live.Gate.Release();
        }

        var action = $"/s/{Html.E(sessionId)}/p/{Html.E(token)}/command";
        var body = new StringBuilder()
            .Append($"<div id=\"app\" data-session=\"{Html.E(sessionId)}\" data-token=\"{Html.E(token)}\" data-sequence=\"{view.Sequence}\" data-role=\"participant\">")
            .Append(Render(view, action))
            .Append("</div>");
        return Html.Page(view.Title, body.ToString(), 200, "/js/signalr.min.js", "/js/session.js");
    }

    /// <summary>The live part of the page; the script re-renders the same markup from each pushed view (session.js).</summary>
    public static string Render(SessionView view, string action)
    {
        ArgumentNullException.ThrowIfNull(view);
        var html = new StringBuilder();
        html.Append($"<h1 id=\"title\">{Html.E(view.Title)}</h1>");
        if (view.Me is not null)
        {
            html.Append($"<p>You are <strong id=\"me\">{Html.E(view.Me)}</strong>. Your notes are private unless you share them.</p>");
        }

        html.Append("<p id=\"status\" role=\"status\" aria-live=\"polite\"></p>");
        html.Append("<section id=\"agreements-section\" aria-labelledby=\"agreements-h\"><h2 id=\"agreements-h\">Agreements</h2><ul id=\"agreements\">");
        foreach (var agreement in view.Agreements)
        {
            html.Append("<li>").Append(Html.E(agreement.Text)).Append(' ');
            if (agreement.Acknowledged)
            {
                html.Append("<span class=\"done\">(you agreed)</span>");
            }
            else if (view.Me is not null && view.Phase is "NotStarted" or "AgreementsPending")
            {
                html.Append(Form(action, "acknowledge", "I agree", ("agreement", agreement.Id)));
            }

            html.Append("</li>");
        }

        html.Append("</ul>");
        html.Append($"<p id=\"waiting\">{(view.Waiting.Count > 0 ? "Waiting for: " + Html.E(string.Join(", ", view.Waiting)) : string.Empty)}</p>");
        html.Append($"<div id=\"start\" {(view.CanStart ? string.Empty : "hidden")}>{Form(action, "start", "Start the session")}</div>");
        html.Append("</section>");

        html.Append("<section aria-labelledby=\"now-h\"><h2 id=\"now-h\">Now</h2>");
        html.Append($"<p id=\"phase\">{Html.E(PhaseText(view))}</p>");
        html.Append($"<p id=\"item\">{(view.ItemId is null ? string.Empty : $"Item {view.ItemNumber} of {view.ItemCount}: <strong>{Html.E(view.Prompt)}</strong>")}</p>");
        html.Append($"<p id=\"floor\">{Html.E(FloorText(view))}</p>");
        html.Append($"<p class=\"countdown {Html.E(view.TimerState)}\" id=\"countdown\" role=\"timer\" aria-atomic=\"true\" data-left=\"{view.TimeLeftSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture)}\" data-state=\"{Html.E(view.TimerState)}\">{(view.TimerState == "none" ? string.Empty : Html.Minutes(view.TimeLeftSeconds))}</p>");
        html.Append($"<p id=\"timer-state\" aria-live=\"assertive\">{Html.E(TimerText(view.TimerState))}</p>");
        html.Append($"<div id=\"steer\" class=\"buttons\" {(view.CanSteer || view.Me is null ? string.Empty : "hidden")}>")
            .Append(Form(action, view.Paused ? "resume" : "pause", view.Paused ? "Resume" : "Pause"))
            .Append(Form(action, "next", "Move on"))
            .Append(Form(action, "extend", "+2 minutes"))
            .Append("</div>");
        html.Append($"<div id=\"finish\" {(view.CanFinish || (view.Me is null && !view.Closed) ? string.Empty : "hidden")}>{Form(action, "finish", "Finish the session")}</div>");
        html.Append("</section>");

        html.Append("<section aria-labelledby=\"shares-h\"><h2 id=\"shares-h\">Speaking shares</h2><ul id=\"shares\">");
        foreach (var share in view.Shares)
        {
            html.Append($"<li>{Html.E(share.Name)}: {Html.Minutes(share.Seconds)} ({share.Share}%)</li>");
        }

        html.Append("</ul></section>");
        if (view.Me is not null)
        {
            html.Append("<section aria-labelledby=\"notes-h\"><h2 id=\"notes-h\">Notes</h2>")
                .Append($"<form class=\"cmd\" method=\"post\" action=\"{action}\"><input type=\"hidden\" name=\"kind\" value=\"note\">")
                .Append("<label for=\"note-text\">Note</label><textarea id=\"note-text\" name=\"text\" rows=\"3\" required></textarea>")
                .Append("<label class=\"inline\"><input type=\"checkbox\" name=\"shared\" value=\"true\"> Share with the group (otherwise only you see it)</label>")
                .Append("<button type=\"submit\">Add note</button></form>");
        }
        else
        {
            html.Append("<section aria-labelledby=\"notes-h\"><h2 id=\"notes-h\">Shared notes</h2>");
        }

        html.Append("<ul id=\"notes\">");
        foreach (var note in view.Notes)
        {
            html.Append($"<li>{(note.IsPrivate ? "<span class=\"tag\">private</span> " : string.Empty)}{Html.E(note.Text)} <span class=\"by\">({Html.E(note.Author)})</span></li>");
        }

        html.Append("</ul></section>");
        html.Append("<section aria-labelledby=\"actions-h\"><h2 id=\"actions-h\">Action items</h2>");
        if (view.Me is not null)
        {
            html.Append($"<form class=\"cmd\" method=\"post\" action=\"{action}\"><input type=\"hidden\" name=\"kind\" value=\"action\">")
                .Append("<label for=\"action-text\">Action item (yours)</label><input id=\"action-text\" name=\"text\" required>")
                .Append("<button type=\"submit\">Add action item</button></form>");
        }

        html.Append("<ul id=\"actions\">");
        foreach (var item in view.ActionItems)
        {
            html.Append($"<li>{Html.E(item.Text)} <span class=\"by\">({Html.E(item.Owner)}{(item.Due is null ? string.Empty : ", due " + Html.E(item.Due))})</span></li>");
        }

        html.Append("</ul></section>");
        return html.ToString();
    }

    private static string Form(string action, string kind, string label, params (string Name, string Value)[] fields)
    {
        var html = new StringBuilder($"<form class=\"cmd inline\" method=\"post\" action=\"{action}\"><input type=\"hidden\" name=\"kind\" value=\"{Html.E(kind)}\">");
        foreach (var (name, value) in fields)
        {
            html.Append($"<input type=\"hidden\" name=\"{Html.E(name)}\" value=\"{Html.E(value)}\">");
        }

        return html.Append($"<button type=\"submit\">{Html.E(label)}</button></form>").ToString();
    }

    public static string PhaseText(SessionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        return view.Phase switch
        {
            "NotStarted" or "AgreementsPending" => "Not started: everyone acknowledges the agreements first.",
            "InItem" => view.Paused ? "Paused." : "In progress.",
            "WrapUp" => view.Paused ? "Wrap-up (paused)." : "Wrap-up: add action items, then finish.",
            "Finished" => "Finished. Thank you.",
            "Abandoned" => "Abandoned.",
            _ => view.Phase,
        };
    }

    public static string FloorText(SessionView view)
    {
        ArgumentNullException.ThrowIfNull(view);
        if (view.Speakers.Count == 0)
        {
            return string.Empty;
        }

        var listening = view.Listeners.Count == 0 ? string.Empty : " Listening: " + string.Join(", ", view.Listeners) + ".";
        return $"Speaking: {string.Join(", ", view.Speakers)}.{listening}";
    }

    public static string TimerText(string state) => state switch
    {
        "warning" => "Time is nearly up.",
        "time-up" => "Time is up.",
        "paused" => "The clock is paused.",
        _ => string.Empty,
    };

    private static async Task<IResult> Command(string sessionId, string token, HttpContext context, SessionDirectory directory, LiveSessions sessions, IGrainFactory grains, IOptions<WebHostOptions> options)
    {
        if (await directory.FindParticipantAsync(sessionId, token) is not { } access)
        {
            return Html.NotFound();
        }

        if (!context.Request.HasFormContentType)
        {
            return CommandForms.Answer(context, StatusCodes.Status400BadRequest, "Send the command as a form.", access.Live.Version, context.Request.Path);
        }

        var form = await context.Request.ReadFormAsync();
        return await Run(context, access.Live, access.ParticipantId, form, sessions, grains, options.Value, $"/s/{sessionId}/p/{token}");
    }

    /// <summary>Runs a posted command for a participant (or the organiser when <paramref name="participantId"/> is null).</summary>
    public static async Task<IResult> Run(HttpContext context, LiveSession live, string? participantId, IFormCollection form, LiveSessions sessions, IGrainFactory grains, WebHostOptions options, string backTo)
    {
        ArgumentNullException.ThrowIfNull(live);
        ArgumentNullException.ThrowIfNull(sessions);
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(options);
        await sessions.RefreshAsync(live);
        SessionView view;
        await live.Gate.WaitAsync();
        try
        {
            view = live.ViewFor(participantId, sessions.Now);
        }
        finally
        {
            live.Gate.Release();
        }

        var (command, status, error) = CommandForms.Parse(form, participantId, view, options.MaxNoteLength);
        if (command is null)
        {
            return CommandForms.Answer(context, status, error, view.Sequence, backTo);
        }

        var reply = await grains.GetGrain<ISessionGrain>(live.Id).Execute(command);
        await sessions.RefreshAsync(live);
        return CommandForms.Answer(context, CommandForms.StatusOf(reply), reply.Reason, reply.Version, backTo);
    }
}
