using System.Net;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using PeerPractice.Orleans;
using PeerPractice.Sessions;
using PeerPractice.WebHost.Security;

namespace PeerPractice.WebHost.Tests;

/// <summary>Every access rule and limit of the web host, over HTTP (issue 17 item 4).</summary>
[Collection(nameof(WebHostCollection))]
public sealed class AccessRuleTests(WebHostFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private WebHostFactory Host => fixture.Host;

    [Theory]
    [InlineData("/")]
    [InlineData("/organiser")]
    [InlineData("/s/nothing/p/nothing")]
    [InlineData("/js/session.js")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        using var client = Host.Anonymous();
        using var response = await client.GetAsync(path, Cancel);
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Pages_have_no_inline_script()
    {
        var (_, links) = await Host.CreateSessionAsync();
        using var client = Host.Anonymous();
        var page = await client.GetStringAsync(links[0], Cancel);
        Assert.Matches("<script src=\"/js/session.js\" defer></script>", page);
        Assert.DoesNotMatch("<script(?![^>]*\\ssrc=)[^>]*>", page);
        Assert.DoesNotMatch("\\son[a-z]+=\"", page);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task Organiser_pages_need_the_organiser_credential(string? cookie)
    {
        using var client = Host.Anonymous();
        if (cookie is not null)
        {
            client.DefaultRequestHeaders.Add("Cookie", $"pp-organiser={cookie}");
        }

        foreach (var path in new[] { "/organiser", "/organiser/rounds", "/organiser/s/any", "/organiser/s/any/summary.md" })
        {
            using var response = await client.GetAsync(path, Cancel);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("pages need the organiser", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        using var form = new MultipartFormDataContent { { new StringContent("peer-brainstorm"), "agenda" }, { new StringContent("A\nB"), "names" } };
        using var create = await client.PostAsync("/organiser/sessions", form, Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, create.StatusCode);
    }

    [Fact]
    public async Task The_login_link_sets_an_http_only_strict_cookie_and_a_wrong_one_is_refused()
    {
        using var client = Host.Anonymous();
        using var wrong = await client.GetAsync("/organiser/login?key=nope", Cancel);
        Assert.Equal(HttpStatusCode.Unauthorized, wrong.StatusCode);
        Assert.False(wrong.Headers.Contains("Set-Cookie"));

        using var right = await client.GetAsync($"/organiser/login?key={WebHostFactory.OrganiserKey}", Cancel);
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        var cookie = Assert.Single(right.Headers.GetValues("Set-Cookie"));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_link_is_a_256_bit_token_kept_only_as_its_sha256()
    {
        var (sessionId, links) = await Host.CreateSessionAsync();
        Assert.Equal(2, links.Count);
        var tokens = links.Select(l => l[(l.LastIndexOf('/') + 1)..]).ToList();
        Assert.All(tokens, t => Assert.Equal(43, t.Length));
        Assert.All(tokens, t => Assert.True(Convert.FromBase64String(t.Replace('-', '+').Replace('_', '/') + "=").Length * 8 >= 128));
        Assert.NotEqual(tokens[0], tokens[1]);

        var store = Host.Services.GetRequiredService<ISessionStore>();
        var row = await store.FindAsync(sessionId, Cancel);
        Assert.NotNull(row);
        var stored = StoredSessionSettings.HostDataOf(row) ?? string.Empty;
        Assert.All(tokens, t => Assert.DoesNotContain(t, stored, StringComparison.Ordinal));
        Assert.All(tokens, t => Assert.Contains(CapabilityToken.Hash(t), stored, StringComparison.Ordinal));
        var disk = ReadAllFiles(Host.DataFolder);
        Assert.All(tokens, t => Assert.DoesNotContain(t, disk, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Unknown_tokens_and_other_sessions_tokens_get_the_same_404_as_a_missing_session()
    {
        var (first, firstLinks) = await Host.CreateSessionAsync();
        var (second, _) = await Host.CreateSessionAsync();
        var token = firstLinks[0][(firstLinks[0].LastIndexOf('/') + 1)..];
        using var client = Host.Anonymous();

        using var missing = await client.GetAsync($"/s/s-000000000000/p/{token}", Cancel);
        var missingBody = await missing.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);

        foreach (var path in new[] { $"/s/{second}/p/{token}", $"/s/{first}/p/{token[..^1]}x", $"/s/{first}/p/{new string('A', 43)}", $"/s/{first}/p/{CapabilityToken.Hash(token)}" })
        {
            using var response = await client.GetAsync(path, Cancel);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(missingBody, await response.Content.ReadAsStringAsync(Cancel));
        }

        using var command = await WebHostFactory.PostCommandAsync(client, $"/s/{second}/p/{token}/command", ("kind", "start"));
        Assert.Equal(HttpStatusCode.NotFound, command.StatusCode);
        Assert.Equal(missingBody, await command.Content.ReadAsStringAsync(Cancel));

        using var own = await client.GetAsync(firstLinks[0], Cancel);
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
    }

    [Fact]
    public async Task A_bad_agenda_upload_shows_line_and_column_and_creates_nothing()
    {
        using var client = Host.Organiser();
        var before = (await Host.Services.GetRequiredService<ISessionStore>().ListAsync(cancellationToken: Cancel)).Count;
        const string agenda = "{\n  \"id\": \"broken\",\n  \"title\": 42\n}\n";
        using var form = new MultipartFormDataContent
        {
            { new StringContent("peer-brainstorm"), "agenda" },
            { new StringContent("Dana\nMarcus"), "names" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(agenda)), "agendaFile", "broken.agenda.json" },
        };
        using var response = await client.PostAsync("/organiser/sessions", form, Cancel);
        var html = await response.Content.ReadAsStringAsync(Cancel);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Nothing was created", html, StringComparison.Ordinal);
        Assert.Matches("line \\d+, column \\d+", html);
        Assert.Equal(before, (await Host.Services.GetRequiredService<ISessionStore>().ListAsync(cancellationToken: Cancel)).Count);
    }

    [Fact]
    public async Task An_upload_over_the_limit_is_refused_with_the_limit()
    {
        using var client = Host.Organiser();
        var before = (await Host.Services.GetRequiredService<ISessionStore>().ListAsync(cancellationToken: Cancel)).Count;
        using var form = new MultipartFormDataContent
        {
            { new StringContent("Dana\nMarcus"), "names" },
            { new ByteArrayContent(new byte[70 * 1024]), "agendaFile", "huge.agenda.json" },
        };
        using var response = await client.PostAsync("/organiser/sessions", form, Cancel);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Contains("at most 64 KiB", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        Assert.Equal(before, (await Host.Services.GetRequiredService<ISessionStore>().ListAsync(cancellationToken: Cancel)).Count);
    }

    [Fact]
    public async Task Bad_participant_lists_are_refused()
    {
        using var client = Host.Organiser();
        foreach (var names in new[] { "  \n ", string.Join('\n', Enumerable.Range(1, 13).Select(i => $"P{i}")), new string('x', 81) })
        {
            using var form = new MultipartFormDataContent { { new StringContent("peer-brainstorm"), "agenda" }, { new StringContent(names), "names" } };
            using var response = await client.PostAsync("/organiser/sessions", form, Cancel);
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains("one per line", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_note_over_the_limit_is_refused_with_the_limit()
    {
        var (_, links) = await Host.CreateSessionAsync();
        using var client = Host.Anonymous();
        using var response = await WebHostFactory.PostCommandAsync(client, links[0] + "/command", ("kind", "note"), ("text", new string('n', 2001)));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 2000 characters; this one has 2001", await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commands_over_the_rate_are_refused_with_the_rate()
    {
        var (_, links) = await Host.CreateSessionAsync();
        using var client = Host.Anonymous();
        for (var i = 0; i < WebHostFactory.CommandsPerMinute; i++)
        {
            using var ok = await WebHostFactory.PostCommandAsync(client, links[0] + "/command", ("kind", "unknown"));
            Assert.Equal(HttpStatusCode.BadRequest, ok.StatusCode);
        }

        using var refused = await WebHostFactory.PostCommandAsync(client, links[0] + "/command", ("kind", "unknown"));
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains($"at most {WebHostFactory.CommandsPerMinute} a minute", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        // Another person's link has its own allowance.
        using var other = await WebHostFactory.PostCommandAsync(client, links[1] + "/command", ("kind", "unknown"));
        Assert.Equal(HttpStatusCode.BadRequest, other.StatusCode);
    }

    [Fact]
    public async Task The_session_starts_only_when_everyone_acknowledged_and_only_the_floor_moves_on()
    {
        var (_, links) = await Host.CreateSessionAsync();
        using var client = Host.Anonymous();
        using var early = await WebHostFactory.PostCommandAsync(client, links[0] + "/command", ("kind", "start"));
        Assert.Equal(HttpStatusCode.Conflict, early.StatusCode);
        Assert.Contains("has not acknowledged", await early.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);

        using var unknownAgreement = await WebHostFactory.PostCommandAsync(client, links[0] + "/command", ("kind", "acknowledge"), ("agreement", "nope"));
        Assert.Equal(HttpStatusCode.BadRequest, unknownAgreement.StatusCode);

        await TwoPeers.AcknowledgeAllAsync(client, links);
        using var start = await WebHostFactory.PostCommandAsync(client, links[1] + "/command", ("kind", "start"));
        Assert.Equal(HttpStatusCode.OK, start.StatusCode);

        // The first item's floor belongs to one of the two; the other may not move on, pause or extend.
        var pages = new List<string>();
        foreach (var link in links)
        {
            pages.Add(await client.GetStringAsync(link, Cancel));
        }

        var listener = pages[0].Contains("<div id=\"steer\" class=\"buttons\" hidden>", StringComparison.Ordinal) ? 0 : 1;
        Assert.DoesNotContain("<div id=\"steer\" class=\"buttons\" hidden>", pages[1 - listener], StringComparison.Ordinal);
        foreach (var kind in new[] { "next", "pause", "extend" })
        {
            using var refused = await WebHostFactory.PostCommandAsync(client, links[listener] + "/command", ("kind", kind));
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
            Assert.Contains("Only whoever holds the floor", await refused.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }

        using var next = await WebHostFactory.PostCommandAsync(client, links[1 - listener] + "/command", ("kind", "next"));
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
    }

    private static string ReadAllFiles(string folder)
    {
        var text = new StringBuilder();
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream, Encoding.Latin1);
            text.Append(reader.ReadToEnd());
        }

        return text.ToString();
    }

    internal static string ReadDataFolder(string folder) => ReadAllFiles(folder);
}
