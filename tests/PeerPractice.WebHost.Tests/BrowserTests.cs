using System.Text;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using PeerPractice.Sessions;

namespace PeerPractice.WebHost.Tests;

/// <summary>
/// Two participants in two browser contexts of Debian's headless Chromium, driven by Playwright, against
/// the host on a real Kestrel port: each acknowledges, a peer brainstorm runs to its end on the test
/// clock, a private note stays with its author (page and SignalR frames), a reload resumes where it was,
/// and the organiser downloads the summary. Without /usr/bin/chromium the test skips; under CI=true it fails.
/// </summary>
public sealed class BrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string PrivateText = "a private thought for Dana only";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Two_participants_run_a_peer_brainstorm_to_the_end_in_two_browsers()
    {
        RequireChromium();
        var artifacts = Environment.GetEnvironmentVariable("PEERPRACTICE_WEB_SCREENSHOTS") is { Length: > 0 } configured
            ? Directory.CreateDirectory(configured).FullName
            : Directory.CreateTempSubdirectory("peerpractice-web-screenshots-").FullName;
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshots: {artifacts}");

        await using var host = new WebHostFactory();
        host.UseKestrel(0);
        host.StartServer();
        var origin = host.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/');

        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });

        // The organiser logs in with the link and creates the session from the built-in agenda.
        await using var organiserContext = await browser.NewContextAsync(new BrowserNewContextOptions { AcceptDownloads = true, ViewportSize = new ViewportSize { Width = 1000, Height = 900 } });
        var organiser = await organiserContext.NewPageAsync();
        await organiser.GotoAsync($"{origin}/organiser/login?key={WebHostFactory.OrganiserKey}");
        await organiser.SelectOptionAsync("#agenda", "peer-brainstorm");
        await organiser.FillAsync("#names", "Dana\nMarcus");
        await organiser.ClickAsync("button[type=submit]");
        await organiser.WaitForSelectorAsync("#links");
        var links = await organiser.Locator("#links a.link").EvaluateAllAsync<string[]>("els => els.map(e => e.getAttribute('href'))");
        Assert.Equal(2, links.Length);
        var sessionPage = await organiser.Locator("#session").GetAttributeAsync("href") ?? string.Empty;
        var sessionId = sessionPage[(sessionPage.LastIndexOf('/') + 1)..];

        // Two people, two contexts (separate cookies and storage), phone-sized.
        var phone = new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 390, Height = 844 } };
        await using var danaContext = await browser.NewContextAsync(phone);
        await using var marcusContext = await browser.NewContextAsync(phone);
        var dana = await danaContext.NewPageAsync();
        var marcus = await marcusContext.NewPageAsync();
        var marcusFrames = new StringBuilder();
        marcus.WebSocket += (_, socket) => socket.FrameReceived += (_, frame) => { lock (marcusFrames) { marcusFrames.Append(frame.Text).Append('\n'); } };
        await OpenAsync(dana, links[0]);
        await OpenAsync(marcus, links[1]);

        foreach (var page in new[] { dana, marcus })
        {
            // Keyboard only: focus each "I agree" and press Enter.
            while (await page.Locator("#agreements button").CountAsync() > 0)
            {
                var before = await page.Locator("#agreements button").CountAsync();
                await page.Locator("#agreements button").First.FocusAsync();
                await page.Keyboard.PressAsync("Enter");
                await Assertions.Expect(page.Locator("#agreements button")).ToHaveCountAsync(before - 1);
            }
        }

        await dana.Locator("#start button").ClickAsync();
        await Assertions.Expect(dana.Locator("#item")).ToContainTextAsync("Item 1");
        await Assertions.Expect(marcus.Locator("#item")).ToContainTextAsync("Item 1");

        await dana.FillAsync("#note-text", PrivateText);
        await dana.ClickAsync("text=Add note");
        await dana.Locator("#notes").GetByText(PrivateText).WaitForAsync();
        await marcus.FillAsync("#note-text", "a shared thought from Marcus");
        await marcus.CheckAsync("input[name=shared]");
        await marcus.ClickAsync("text=Add note");
        await dana.Locator("#notes").GetByText("a shared thought from Marcus").WaitForAsync();

        // Reload mid-session: the same item, speaker and time (the test clock has not moved).
        var item = await marcus.Locator("#item").TextContentAsync();
        var floor = await marcus.Locator("#floor").TextContentAsync();
        var left = await marcus.Locator("#countdown").GetAttributeAsync("data-left");
        await marcus.ReloadAsync();
        await marcus.WaitForSelectorAsync("#app[data-live=true]");
        Assert.Equal(item, await marcus.Locator("#item").TextContentAsync());
        Assert.Equal(floor, await marcus.Locator("#floor").TextContentAsync());
        Assert.Equal(left, await marcus.Locator("#countdown").GetAttributeAsync("data-left"));

        // The warning: most of the turn passes on the test clock; the grain's timer raises it and both pages show it.
        var timebox = double.Parse(left!, System.Globalization.CultureInfo.InvariantCulture);
        host.Clock.Advance(TimeSpan.FromSeconds(Math.Ceiling(timebox * 0.85)));
        await WaitForEventAsync<TimeboxWarning>(host, sessionId);
        await Assertions.Expect(dana.Locator("#countdown")).ToHaveClassAsync("countdown warning");
        await Assertions.Expect(marcus.Locator("#countdown")).ToHaveClassAsync("countdown warning");
        Assert.Equal("Time is nearly up.", await dana.Locator("#timer-state").TextContentAsync());
        Assert.Equal("assertive", await dana.Locator("#timer-state").GetAttributeAsync("aria-live"));
        await dana.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "participant-warning.png"), FullPage = true });
        await organiser.GotoAsync(origin + sessionPage);
        await organiser.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "organiser-session.png"), FullPage = true });

        // The rest of the agenda on the test clock: turns end by themselves when time is up, up to the wrap-up.
        host.Clock.Advance(TimeSpan.FromHours(3));
        await WaitForEventAsync<TimeboxExpired>(host, sessionId);
        await Assertions.Expect(dana.Locator("#phase")).ToContainTextAsync("Wrap-up");
        await marcus.Locator("#finish button").ClickAsync();
        await Assertions.Expect(dana.Locator("#phase")).ToContainTextAsync("Finished");
        await Assertions.Expect(marcus.Locator("#phase")).ToContainTextAsync("Finished");
        await dana.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(artifacts, "participant-finished.png"), FullPage = true });

        // The private note: on its author's page only; never in a frame the other browser received.
        Assert.Contains(PrivateText, await dana.ContentAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateText, await marcus.ContentAsync(), StringComparison.Ordinal);
        string frames;
        lock (marcusFrames)
        {
            frames = marcusFrames.ToString();
        }

        Assert.Contains("a shared thought from Marcus", frames, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateText, frames, StringComparison.Ordinal);

        // The organiser downloads the summary.
        await organiser.GotoAsync(origin + sessionPage);
        var download = await organiser.RunAndWaitForDownloadAsync(() => organiser.ClickAsync("#summary"));
        var summaryPath = Path.Combine(artifacts, download.SuggestedFilename);
        await download.SaveAsAsync(summaryPath);
        var summary = await File.ReadAllTextAsync(summaryPath, Cancel);
        Assert.Contains("# Summary: Monthly peer brainstorm", summary, StringComparison.Ordinal);
        Assert.Contains("a shared thought from Marcus", summary, StringComparison.Ordinal);
        Assert.DoesNotContain(PrivateText, summary, StringComparison.Ordinal);
    }

    /// <summary>Waits (without timing anything) until the grain's timer has stored an event of this kind.</summary>
    private static async Task WaitForEventAsync<T>(WebHostFactory host, string sessionId)
        where T : SessionEvent
    {
        var store = host.Services.GetRequiredService<ISessionStore>();
        for (var i = 0; i < 300; i++)
        {
            if ((await store.ReadAsync(sessionId, cancellationToken: Cancel)).OfType<T>().Any())
            {
                return;
            }

            await Task.Delay(100, Cancel);
        }

        Assert.Fail($"No {typeof(T).Name} was stored for {sessionId} within 30 s.");
    }

    private static async Task OpenAsync(IPage page, string link)
    {
        await page.GotoAsync(link);
        await page.WaitForSelectorAsync("#app[data-live=true]");
    }

    private static void RequireChromium()
    {
        if (File.Exists(Chromium))
        {
            return;
        }

        var reason = $"Debian's chromium is not installed ({Chromium} is missing; `apt-get install -y chromium`).";
        if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
        {
            Assert.Fail(reason + " Under CI=true the browser test is required.");
        }

        Assert.Skip(reason + " Skipping; under CI=true this fails.");
    }
}
