using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using PeerPractice.Agendas;
using PeerPractice.WebHost.Live;

namespace PeerPractice.WebHost.Tests;

/// <summary>
/// The web host in process with its embedded defaults (one silo, SQLite) in a temporary data folder,
/// free silo ports, a fixed organiser key and a fake clock for the sessions. The type argument only
/// names the host's assembly (its <c>Program</c> is internal, as the benchmarks have one of their own).
/// </summary>
public sealed partial class WebHostFactory : WebApplicationFactory<WebHostOptions>
{
    public const string OrganiserKey = "test-organiser-key-0123456789abcdef";
    public const int CommandsPerMinute = 30;

    public WebHostFactory()
    {
        DataFolder = Directory.CreateTempSubdirectory("peerpractice-web-tests-").FullName;
    }

    public string DataFolder { get; }

    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2027, 1, 14, 9, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("PeerPractice:Web:DataFolder", DataFolder);
        builder.UseSetting("PeerPractice:Web:OrganiserKey", OrganiserKey);
        builder.UseSetting("PeerPractice:Web:CommandsPerMinute", CommandsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("PeerPractice:Web:MaxUploadBytes", "65536");
        builder.UseSetting("PeerPractice:Cluster:SiloPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("PeerPractice:Cluster:GatewayPort", FreePort().ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("PeerPractice:Grains:TickInterval", "00:00:00.050");
        builder.ConfigureTestServices(services => services.AddSingleton(new SessionTime(Clock)));
    }

    public HttpClient Organiser()
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        client.DefaultRequestHeaders.Add("Cookie", $"pp-organiser={OrganiserKey}");
        return client;
    }

    public HttpClient Anonymous() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>Creates a session through the organiser's form; returns its id and each participant's link path.</summary>
    public async Task<(string SessionId, IReadOnlyList<string> Links)> CreateSessionAsync(string agenda = AgendaLibrary.PeerBrainstorm, params string[] names)
    {
        using var client = Organiser();
        using var form = new MultipartFormDataContent
        {
            { new StringContent(agenda), "agenda" },
            { new StringContent(string.Join('\n', names.Length == 0 ? ["Dana", "Marcus"] : names)), "names" },
            { new StringContent("true"), "autoAdvance" },
        };
        using var response = await client.PostAsync("/organiser/sessions", form, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var links = LinkPattern().Matches(html).Select(m => m.Groups["path"].Value).ToList();
        return (LinkPattern().Match(html).Groups["session"].Value, links);
    }

    public static async Task<HttpResponseMessage> PostCommandAsync(HttpClient client, string path, params (string Name, string Value)[] fields)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(fields.Select(f => KeyValuePair.Create(f.Name, f.Value))) };
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold a handle for a moment; the folder is under the temp directory.
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [GeneratedRegex("href=\"https?://[^/\"]+(?<path>/s/(?<session>[^/\"]+)/p/[^\"]+)\"")]
    private static partial Regex LinkPattern();
}
