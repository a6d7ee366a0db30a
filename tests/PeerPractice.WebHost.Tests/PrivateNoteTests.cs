using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR;

namespace PeerPractice.WebHost.Tests;

/// <summary>A private note reaches its author only: not the other's page, not the other's SignalR messages, not the disk in clear.</summary>
[Collection(nameof(WebHostCollection))]
public sealed class PrivateNoteTests(WebHostFixture fixture)
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_private_note_is_sent_to_its_author_only_and_encrypted_at_rest()
    {
        var host = fixture.Host;
        var (sessionId, links) = await host.CreateSessionAsync();
        var tokens = links.Select(l => l[(l.LastIndexOf('/') + 1)..]).ToList();
        await using var author = Connect(host);
        await using var other = await ConnectAsync(host);
        var authorMessages = new List<string>();
        var otherMessages = new List<string>();
        var otherSawShared = new TaskCompletionSource();
        author.On<JsonElement>("events", batch => { lock (authorMessages) { authorMessages.Add(batch.GetRawText()); } });
        other.On<JsonElement>("events", batch =>
        {
            lock (otherMessages)
            {
                otherMessages.Add(batch.GetRawText());
                if (batch.GetRawText().Contains("shared-note-text", StringComparison.Ordinal))
                {
                    otherSawShared.TrySetResult();
                }
            }
        });
        await author.StartAsync(Cancel);
        var joined = await author.InvokeAsync<JsonElement>("Join", sessionId, tokens[0], 0L, Cancel);
        Assert.Equal(1, joined.GetProperty("events")[0].GetProperty("sequence").GetInt64());
        var otherJoined = await other.InvokeAsync<JsonElement>("Join", sessionId, tokens[1], 0L, Cancel);
        Assert.Equal("Marcus", otherJoined.GetProperty("view").GetProperty("me").GetString());

        using var client = host.Anonymous();
        using (var note = await WebHostFactory.PostCommandAsync(client, links[0] + "/command", ("kind", "note"), ("text", "private-note-text")))
        {
            Assert.Equal(HttpStatusCode.OK, note.StatusCode);
        }

        using (var shared = await WebHostFactory.PostCommandAsync(client, links[0] + "/command", ("kind", "note"), ("text", "shared-note-text"), ("shared", "true")))
        {
            Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        }

        await otherSawShared.Task.WaitAsync(TimeSpan.FromSeconds(30), Cancel);
        string otherAll;
        lock (otherMessages)
        {
            otherAll = string.Join('\n', otherMessages);
        }

        Assert.DoesNotContain("private-note-text", otherAll, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"Withheld\"", otherAll, StringComparison.Ordinal);

        // Catching up from the start gives the other person nothing of it either.
        var caughtUp = await other.InvokeAsync<JsonElement>("Join", sessionId, tokens[1], 0L, Cancel);
        Assert.DoesNotContain("private-note-text", caughtUp.GetRawText(), StringComparison.Ordinal);
        var authorCaughtUp = await author.InvokeAsync<JsonElement>("Join", sessionId, tokens[0], 0L, Cancel);
        Assert.Contains("private-note-text", authorCaughtUp.GetRawText(), StringComparison.Ordinal);

        Assert.Contains("private-note-text", await client.GetStringAsync(links[0], Cancel), StringComparison.Ordinal);
        var otherPage = await client.GetStringAsync(links[1], Cancel);
        Assert.DoesNotContain("private-note-text", otherPage, StringComparison.Ordinal);
        Assert.Contains("shared-note-text", otherPage, StringComparison.Ordinal);

        // Neither the organiser's page nor its summary shows it.
        using var organiser = host.Organiser();
        Assert.DoesNotContain("private-note-text", await organiser.GetStringAsync($"/organiser/s/{sessionId}", Cancel), StringComparison.Ordinal);
        Assert.DoesNotContain("private-note-text", await organiser.GetStringAsync($"/organiser/s/{sessionId}/summary.md", Cancel), StringComparison.Ordinal);

        // At rest: the store encrypts private note text (the shared one is stored as it is, which shows the check can see text).
        var disk = AccessRuleTests.ReadDataFolder(host.DataFolder);
        Assert.DoesNotContain("private-note-text", disk, StringComparison.Ordinal);
        Assert.Contains("shared-note-text", disk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_hub_refuses_a_wrong_token_like_a_missing_session()
    {
        var host = fixture.Host;
        var (sessionId, _) = await host.CreateSessionAsync();
        await using var connection = Connect(host);
        await connection.StartAsync(Cancel);
        var wrong = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<JsonElement>("Join", sessionId, new string('A', 43), 0L, Cancel));
        var missing = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<JsonElement>("Join", "s-000000000000", new string('A', 43), 0L, Cancel));
        const string notFound = "Not found: this link does not open a session.";
        Assert.EndsWith(notFound, missing.Message, StringComparison.Ordinal);
        Assert.EndsWith(notFound, wrong.Message, StringComparison.Ordinal);
        var organiser = await Assert.ThrowsAsync<HubException>(() => connection.InvokeAsync<JsonElement>("JoinAsOrganiser", sessionId, 0L, Cancel));
        Assert.EndsWith(notFound, organiser.Message, StringComparison.Ordinal);
    }

    private static HubConnection Connect(WebHostFactory host) => new HubConnectionBuilder()
        .WithUrl(new Uri(host.Server.BaseAddress, "hub"), o =>
        {
            o.HttpMessageHandlerFactory = _ => host.Server.CreateHandler();
            o.Transports = HttpTransportType.LongPolling;
        })
        .Build();

    private static Task<HubConnection> ConnectAsync(WebHostFactory host)
    {
        var connection = Connect(host);
        return connection.StartAsync(Cancel).ContinueWith(_ => connection, Cancel, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
    }
}
