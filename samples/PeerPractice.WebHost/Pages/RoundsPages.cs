using System.Globalization;
using System.Text;
using Microsoft.Extensions.Options;
using PeerPractice.Collections;
using PeerPractice.Matching;
using PeerPractice.Samples;
using PeerPractice.WebHost.Live;

namespace PeerPractice.WebHost.Pages;

/// <summary>Rounds of pairs with their reasons, and a member's top peers, from the sample cohort or an uploaded members file.</summary>
public static class RoundsPages
{
    private const int Seed = 1;
    private const int Shown = 40;

    public static void Map(RouteGroupBuilder group)
    {
        ArgumentNullException.ThrowIfNull(group);
        group.MapGet("/rounds", (string? member, SessionTime time) => Show(DefaultMembers.All, "the sample cohort", member, time));
        group.MapPost("/rounds", Upload);
    }

    private static async Task<IResult> Upload(HttpContext context, IOptions<WebHostOptions> options, SessionTime time)
    {
        if (await Uploads.ReadFormAsync(context, options.Value) is not { } form)
        {
            return Uploads.TooLarge(options.Value);
        }

        if (form.Files.GetFile("members") is not { Length: > 0 } file)
        {
            return Html.Problem(StatusCodes.Status400BadRequest, "Choose a file", "Upload a members file (JSON, as the console host's `match --members` reads).");
        }

        using var reader = new StreamReader(file.OpenReadStream());
        var loaded = ProfileLoader.Load(await reader.ReadToEndAsync(), sourceName: Path.GetFileName(file.FileName));
        if (!loaded.Succeeded)
        {
            var list = new StringBuilder("<h1>The members file has problems</h1><ul id=\"problems\">");
            foreach (var problem in loaded.Problems.Where(p => p.IsError))
            {
                list.Append(CultureInfo.InvariantCulture, $"<li>line {problem.Line}, column {problem.Column}: {Html.E(problem.Message)}</li>");
            }

            return Html.Page("Members problems", list.Append("</ul>").ToString(), StatusCodes.Status400BadRequest);
        }

        return Show(loaded.Value, Html.E(file.FileName), form["member"], time);
    }

    private static IResult Show(ValueArray<MemberProfile> members, string source, string? memberId, SessionTime time)
    {
        var day = DateOnly.FromDateTime(time.Provider.GetUtcNow().UtcDateTime);
        var policy = MatchingPolicy.Default;
        var scorer = new MatchScorer(policy);
        var list = members.AsSpan().ToArray();
        var byId = list.ToDictionary(m => m.Id, StringComparer.Ordinal);
        var round = new CohortRoundPlanner(policy).Plan(list, day, Seed);
        var html = new StringBuilder("<p><a href=\"/organiser\">Sessions</a></p>")
            .Append(CultureInfo.InvariantCulture, $"<h1>A round of pairs</h1><p>From {source}: {list.Length} members, {round.Matches.Count} matches, {round.Unmatched.Count} without a peer (each with the reason), on {day:yyyy-MM-dd}.</p>")
            .Append("<form method=\"post\" action=\"/organiser/rounds\" enctype=\"multipart/form-data\"><label for=\"members\">Use your own members file</label><input type=\"file\" id=\"members\" name=\"members\" accept=\".json\" required><button type=\"submit\">Plan a round</button></form>");
        html.Append("<ol id=\"matches\">");
        foreach (var match in round.Matches.Take(Shown))
        {
            var a = byId[match.MemberIds[0]];
            var b = byId[match.MemberIds[1]];
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"/organiser/rounds?member={Html.E(a.Id)}\">{Html.E(a.Name)}</a> + <a href=\"/organiser/rounds?member={Html.E(b.Id)}\">{Html.E(b.Name)}</a>{(match.IsTrio ? " + " + Html.E(byId[match.MemberIds[2]].Name) : string.Empty)} (score {match.Score})<ul>");
            foreach (var reason in Reasons(scorer.Explain(a, b)))
            {
                html.Append($"<li>{Html.E(reason)}</li>");
            }

            html.Append("</ul></li>");
        }

        html.Append("</ol>");
        if (round.Matches.Count > Shown)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p>…and {round.Matches.Count - Shown} more.</p>");
        }

        html.Append("<h2>Without a peer this round</h2><ul>");
        foreach (var group in round.Unmatched.GroupBy(u => u.Reason))
        {
            html.Append(CultureInfo.InvariantCulture, $"<li>{group.Key}: {group.Count()} (e.g. {Html.E(byId[group.First().MemberId].Name)}: {Html.E(group.First().Explanation)})</li>");
        }

        html.Append("</ul>");
        var me = memberId is not null && byId.TryGetValue(memberId, out var chosen) ? chosen : list.FirstOrDefault(m => scorer.UnavailableReason(m, day) is null);
        if (me is not null)
        {
            var index = ProfileIndex.Build(list, policy);
            html.Append($"<h2 id=\"top-h\">Top peers for {Html.E(me.Name)}</h2><ol id=\"top\">");
            foreach (var top in index.TopK(index.IndexOf(me.Id), 3, day))
            {
                var peer = byId[top.MemberId];
                html.Append(CultureInfo.InvariantCulture, $"<li>{Html.E(peer.Name)} (score {top.Score}): {Html.E(string.Join("; ", Reasons(scorer.Explain(me, peer))))}</li>");
            }

            html.Append("</ol>");
        }

        return Html.Page("Rounds", html.ToString());
    }

    private static IEnumerable<string> Reasons(ScoreBreakdown breakdown) =>
        breakdown.Components.Where(c => c.Points > 0).OrderByDescending(c => c.Points).Take(3).Select(c => string.Create(CultureInfo.InvariantCulture, $"+{c.Points} {c.Reason}"));
}
