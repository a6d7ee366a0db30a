using System.Net;
using Microsoft.Extensions.DependencyInjection;
using PeerPractice.Sessions;

namespace PeerPractice.WebHost.Tests;

/// <summary>The session's timers run on the session clock (faked here) through the grain.</summary>
[Collection(nameof(WebHostCollection))]
public sealed class TimerTests(WebHostFixture fixture)
{
    [Fact]
    public async Task A_warning_is_raised_on_the_session_clock_and_shown_on_the_page()
    {
        var host = fixture.Host;
        var (sessionId, links) = await host.CreateSessionAsync();
        using var client = host.Anonymous();
        await TwoPeers.AcknowledgeAllAsync(client, links);
        using (var start = await WebHostFactory.PostCommandAsync(client, links[0] + "/command", ("kind", "start")))
        {
            Assert.Equal(HttpStatusCode.OK, start.StatusCode);
        }

        var store = host.Services.GetRequiredService<ISessionStore>();
        host.Clock.Advance(TimeSpan.FromSeconds(255));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        IReadOnlyList<SessionEvent> events = [];
        while (DateTime.UtcNow < deadline && !events.OfType<TimeboxWarning>().Any())
        {
            await Task.Delay(100, TestContext.Current.CancellationToken);
            events = await store.ReadAsync(sessionId, cancellationToken: TestContext.Current.CancellationToken);
        }

        Assert.Contains(events, e => e is TimeboxWarning);
        Assert.Contains("Time is nearly up.", await client.GetStringAsync(links[0], TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
