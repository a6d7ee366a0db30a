using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using PeerPractice.Agendas;
using PeerPractice.Calendar;
using PeerPractice.Documents;
using PeerPractice.Sessions;
using PeerPractice.WebHost.Live;
using PeerPractice.WebHost.Security;

namespace PeerPractice.WebHost.Pages;

/// <summary>The organiser's pages: sessions, creating one, its links, controls and documents. All need the organiser's credential.</summary>
public static class OrganiserPages
{
    public static void Map(WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        app.MapGet("/", (HttpContext context, OrganiserCredential organiser) => organiser.IsOrganiser(context)
            ? Results.Redirect("/organiser")
            : Html.Page("PeerPractice", "<h1>PeerPractice</h1><p>Participants: open the private link your organiser sent you. Organisers: open the login link the host printed when it started.</p>"));
        app.MapGet("/organiser/login", Login);

        var group = app.MapGroup("/organiser").AddEndpointFilter(async (context, next) =>
        {
            var organiser = context.HttpContext.RequestServices.GetRequiredService<OrganiserCredential>();
            return organiser.IsOrganiser(context.HttpContext)
                ? await next(context)
                : Html.Problem(StatusCodes.Status401Unauthorized, "Organisers only", "The organiser pages need the organiser's credential: open the login link the host printed when it started (or set PeerPractice:Web:OrganiserKey).");
        });
        group.MapGet("/", Dashboard);
        group.MapPost("/sessions", Create);
        group.MapGet("/s/{sessionId}", Show);
        group.MapPost("/s/{sessionId}/command", Command).RequireRateLimiting(ParticipantPage.RateLimitPolicy);
        group.MapGet("/s/{sessionId}/summary.md", Summary);
        group.MapGet("/s/{sessionId}/follow-up.md", FollowUp);
        group.MapGet("/s/{sessionId}/next-meeting.ics", NextMeeting);
        RoundsPages.Map(group);
    }

    private static IResult Login(string? key, HttpContext context, OrganiserCredential organiser)
    {
        if (!organiser.Accepts(key))
        {
            return Html.Problem(StatusCodes.Status401Unauthorized, "Organisers only", "This login link is not valid. Use the one the host printed on its first run.");
        }

        context.Response.Cookies.Append(OrganiserCredential.CookieName, key!, new CookieOptions
        {
            HttpOnly = true,
            SameSite = SameSiteMode.Strict,
            Secure = context.Request.IsHttps,
            Path = "/",
        });
        return Results.Redirect("/organiser");
    }

    private static async Task<IResult> Dashboard(SessionDirectory directory)
    {
        var html = new StringBuilder("<h1>Sessions</h1>");
        var sessions = await directory.ListAsync();
        if (sessions.Count == 0)
        {
            html.Append("<p>No sessions yet.</p>");
        }
        else
        {
            html.Append("<table><thead><tr><th scope=\"col\">Session</th><th scope=\"col\">Agenda</th><th scope=\"col\">Participants</th><th scope=\"col\">State</th><th scope=\"col\">Created</th></tr></thead><tbody>");
            foreach (var s in sessions)
            {
                html.Append($"<tr><td><a href=\"/organiser/s/{Html.E(s.Id)}\">{Html.E(SessionDirectory.TitleOf(s))}</a></td><td>{Html.E(s.AgendaId)}</td><td>{Html.E(string.Join(", ", s.Participants.Select(p => p.Name)))}</td><td>{s.Status} (event {s.Version})</td><td>{s.CreatedAt.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)}</td></tr>");
            }

            html.Append("</tbody></table>");
        }

        html.Append("<h2>New session</h2><form method=\"post\" action=\"/organiser/sessions\" enctype=\"multipart/form-data\">")
            .Append("<label for=\"agenda\">Built-in agenda</label><select id=\"agenda\" name=\"agenda\">");
        foreach (var agenda in AgendaLibrary.All)
        {
            html.Append($"<option value=\"{Html.E(agenda.Id)}\">{Html.E(agenda.Title)} ({agenda.Participants.Min}–{agenda.Participants.Max} people)</option>");
        }

        html.Append("</select>")
            .Append("<label for=\"agendaFile\">…or upload an .agenda.json (used instead when given)</label><input type=\"file\" id=\"agendaFile\" name=\"agendaFile\" accept=\".json,application/json\">")
            .Append("<label for=\"names\">Participants, one name per line</label><textarea id=\"names\" name=\"names\" rows=\"4\" required></textarea>")
            .Append("<label class=\"inline\"><input type=\"checkbox\" name=\"autoAdvance\" value=\"true\" checked> Turns end by themselves when time is up</label>")
            .Append("<button type=\"submit\">Create the session</button></form>")
            .Append("<p><a href=\"/organiser/rounds\">Rounds of pairs and top peers</a></p>");
        return Html.Page("Sessions", html.ToString());
    }

    private static async Task<IResult> Create(HttpContext context, SessionDirectory directory, IOptions<WebHostOptions> options)
    {
        var web = options.Value;
        if (await Uploads.ReadFormAsync(context, web) is not { } form)
        {
            return Uploads.TooLarge(web);
        }

        var names = form["names"].ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (names.Length == 0 || names.Length > web.MaxParticipants || names.Any(n => n.Length > 80))
        {
            return Html.Problem(StatusCodes.Status400BadRequest, "Check the participants", $"Name between 1 and {web.MaxParticipants} participants, one per line, each at most 80 characters.");
        }

        string json;
        string source;
        if (form.Files.GetFile("agendaFile") is { Length: > 0 } file)
        {
            using var reader = new StreamReader(file.OpenReadStream());
            json = await reader.ReadToEndAsync();
            source = Path.GetFileName(file.FileName);
        }
        else if (AgendaLibrary.TryGet(form["agenda"].ToString(), out _))
        {
            json = AgendaLibrary.GetSource(form["agenda"].ToString());
            source = form["agenda"].ToString();
        }
        else
        {
            return Html.Problem(StatusCodes.Status400BadRequest, "Choose an agenda", $"Choose a built-in agenda ({string.Join(", ", AgendaLibrary.Ids)}) or upload an .agenda.json.");
        }

        var parsed = AgendaLoader.Parse(json, source);
        if (!parsed.Succeeded)
        {
            var list = new StringBuilder($"<h1>The agenda has problems</h1><p role=\"alert\">Nothing was created. Fix these in {Html.E(source)} and upload it again:</p><ul id=\"problems\">");
            foreach (var problem in parsed.Problems.Where(p => p.IsError))
            {
                list.Append($"<li>line {problem.Line}, column {problem.Column}: {Html.E(problem.Id)} {Html.E(problem.Message)}{(problem.JsonPath is null ? string.Empty : $" <code>{Html.E(problem.JsonPath)}</code>")}</li>");
            }

            return Html.Page("Agenda problems", list.Append("</ul><p><a href=\"/organiser\">Back</a></p>").ToString(), StatusCodes.Status400BadRequest);
        }

        var (created, refusal) = await directory.CreateAsync(parsed.Value!, json, names, form["autoAdvance"] == "true");
        if (created is null)
        {
            return Html.Problem(StatusCodes.Status400BadRequest, "Not created", refusal ?? "The session was refused.");
        }

        var origin = $"{context.Request.Scheme}://{context.Request.Host}";
        var html = new StringBuilder($"<h1>Session created</h1><p>Send each person their own link. The links are shown only now (the host keeps only a hash of each): copy them before you leave this page.</p><ul id=\"links\">");
        foreach (var (participant, token) in created.Links)
        {
            var url = $"{origin}/s/{created.SessionId}/p/{token}";
            html.Append($"<li><span class=\"name\">{Html.E(participant.Name)}</span>: <a class=\"link\" href=\"{Html.E(url)}\">{Html.E(url)}</a></li>");
        }

        html.Append($"</ul><p><a id=\"session\" href=\"/organiser/s/{Html.E(created.SessionId)}\">Open the session's page</a></p>");
        return Html.Page("Session created", html.ToString(), StatusCodes.Status201Created);
    }

    private static async Task<IResult> Show(string sessionId, LiveSessions sessions)
    {
        if (await sessions.GetAsync(sessionId) is not { } live)
        {
            return Html.NotFound();
        }

        await sessions.RefreshAsync(live);
        SessionView view;
        await live.Gate.WaitAsync();
        try
        {
            view = live.ViewFor(null, sessions.Now);
        }
        finally
        {
            live.Gate.Release();
        }

        var id = Html.E(sessionId);
        var body = new StringBuilder($"<p><a href=\"/organiser\">All sessions</a></p><div id=\"app\" data-session=\"{id}\" data-sequence=\"{view.Sequence}\" data-role=\"organiser\">")
            .Append(ParticipantPage.Render(view, $"/organiser/s/{id}/command"))
            .Append("</div><section aria-labelledby=\"docs-h\"><h2 id=\"docs-h\">After the session</h2><ul>")
            .Append($"<li><a id=\"summary\" href=\"/organiser/s/{id}/summary.md\">Summary</a> · <a id=\"summary-chatham\" href=\"/organiser/s/{id}/summary.md?chatham=true\">Summary under the Chatham House Rule (no names)</a></li>")
            .Append($"<li><a id=\"follow-up\" href=\"/organiser/s/{id}/follow-up.md\">Follow-up (action items and what carries over)</a></li>")
            .Append($"<li><form method=\"get\" action=\"/organiser/s/{id}/next-meeting.ics\"><label for=\"at\">Next meeting (local time)</label><input id=\"at\" name=\"at\" type=\"datetime-local\" required><label for=\"zone\">Time zone</label><input id=\"zone\" name=\"zone\" value=\"UTC\"><button type=\"submit\">Download the invitation (.ics)</button></form></li>")
            .Append("</ul></section>");
        return Html.Page(view.Title, body.ToString(), 200, "/js/signalr.min.js", "/js/session.js");
    }

    private static async Task<IResult> Command(string sessionId, HttpContext context, LiveSessions sessions, IGrainFactory grains, IOptions<WebHostOptions> options)
    {
        if (await sessions.GetAsync(sessionId) is not { } live)
        {
            return Html.NotFound();
        }

        if (!context.Request.HasFormContentType)
        {
            return CommandForms.Answer(context, StatusCodes.Status400BadRequest, "Send the command as a form.", live.Version, context.Request.Path);
        }

        var form = await context.Request.ReadFormAsync();
        return await ParticipantPage.Run(context, live, null, form, sessions, grains, options.Value, $"/organiser/s/{sessionId}");
    }

    /// <summary>The session as a record, as it stands (a finished session's is final).</summary>
    private static async Task<SessionRecord?> RecordOf(string sessionId, LiveSessions sessions, DateTimeOffset? nextMeeting = null)
    {
        if (await sessions.GetAsync(sessionId) is not { } live)
        {
            return null;
        }

        await sessions.RefreshAsync(live);
        await live.Gate.WaitAsync();
        try
        {
            return live.Replayed(live.LastEventAt ?? sessions.Now).ToRecord(nextMeeting);
        }
        finally
        {
            live.Gate.Release();
        }
    }

    private static async Task<IResult> Summary(string sessionId, bool? chatham, LiveSessions sessions, SessionTime time)
    {
        if (await RecordOf(sessionId, sessions) is not { } record)
        {
            return Html.NotFound();
        }

        var attribution = chatham == true ? Attribution.ChathamHouse : Attribution.Attributed;
        var text = new TemplateRenderer(TemplateSet.BuiltIn, RenderLimits.Default, time.Provider).Render(BuiltInTemplates.Summary, DocumentModel.FromSession(record, attribution));
        return Results.File(Encoding.UTF8.GetBytes(text), "text/markdown; charset=utf-8", $"{sessionId}-summary{(chatham == true ? "-chatham-house" : string.Empty)}.md");
    }

    private static async Task<IResult> FollowUp(string sessionId, LiveSessions sessions)
    {
        if (await RecordOf(sessionId, sessions) is not { } record)
        {
            return Html.NotFound();
        }

        var names = record.Participants.ToDictionary(p => p.Id, p => p.Name, StringComparer.Ordinal);
        var text = new StringBuilder($"# Follow-up: {record.Agenda.Title}\n\n## Action items\n");
        foreach (var item in record.ActionItems)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {item.Text} ({(names.TryGetValue(item.Owner, out var name) ? name : item.Owner)}{(item.Due is { } due ? ", due " + due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : string.Empty)})\n");
        }

        if (record.ActionItems.Count == 0)
        {
            text.Append("- none recorded\n");
        }

        text.Append("\n## Carried over to the next session\n");
        var prompts = record.Agenda.Items.ToDictionary(i => i.Id, i => i.Prompt, StringComparer.Ordinal);
        foreach (var id in record.UnfinishedItemIds)
        {
            text.Append(CultureInfo.InvariantCulture, $"- {(prompts.TryGetValue(id, out var prompt) ? prompt : id)}\n");
        }

        if (record.UnfinishedItemIds.Count == 0)
        {
            text.Append("- nothing: every item was completed\n");
        }

        text.Append("\nShared notes are in the summary; private notes stay with their authors.\n");
        return Results.File(Encoding.UTF8.GetBytes(text.ToString()), "text/markdown; charset=utf-8", $"{sessionId}-follow-up.md");
    }

    private static async Task<IResult> NextMeeting(string sessionId, string? at, string? zone, LiveSessions sessions, SessionTime time)
    {
        zone = string.IsNullOrWhiteSpace(zone) ? "UTC" : zone.Trim();
        if (!TimeZoneInfo.TryFindSystemTimeZoneById(zone, out var tz))
        {
            return Html.Problem(StatusCodes.Status400BadRequest, "Check the time zone", $"'{zone}' is not a time zone this host knows; use an IANA name such as Europe/London.");
        }

        if (!DateTime.TryParse(at, CultureInfo.InvariantCulture, DateTimeStyles.None, out var local))
        {
            return Html.Problem(StatusCodes.Status400BadRequest, "Check the date", "Give the next meeting's date and time, such as 2027-01-14T16:00.");
        }

        var start = new DateTimeOffset(local, tz.GetUtcOffset(local));
        if (await RecordOf(sessionId, sessions, start) is not { } record)
        {
            return Html.NotFound();
        }

        var attendees = record.Participants.Select(p => new CalendarPerson(p.Name, $"{p.Id}@{sessionId}.peerpractice.invalid")).ToList();
        var invitation = Invitations.ForNextMeeting(record, tz.Id, new CalendarPerson("Organiser", "organiser@peerpractice.invalid"), attendees, "peerpractice.example", occurrences: null);
        return Results.File(Encoding.UTF8.GetBytes(InvitationWriter.Write(invitation, time.Provider)), "text/calendar; charset=utf-8", $"{sessionId}-next-meeting.ics");
    }
}
