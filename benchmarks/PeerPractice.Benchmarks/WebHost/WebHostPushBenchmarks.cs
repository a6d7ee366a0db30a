using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using PeerPractice.WebHost;

namespace PeerPractice.Benchmarks.WebHost;

/// <summary>
/// The web host under participants connected over SignalR (WebSockets) to one host in this process:
/// one operation is a command (a shared note, posted as a participant's form) until every participant
/// of that session has the pushed update. Sessions take turns. The real set is 200 participants in 100
/// sessions (<c>PEERPRACTICE_WEB_BENCH_PARTICIPANTS=200</c>); by default (and in CI's dry run) 4 in 2.
/// Besides BenchmarkDotNet's figures, the global clean-up prints the median and 99th percentile of every
/// recorded operation and the managed heap added per connected participant (server and client objects
/// together, since both live in this process: an upper bound for the server's share).
/// </summary>
public partial class WebHostPushBenchmarks
{
    private readonly List<double> _latencies = [];
    private readonly List<Session> _sessions = [];
    private WebApplication? _app;
    private HttpClient? _http;
    private string? _dataFolder;
    private int _next;
    private double _bytesPerParticipant;

    public static IEnumerable<int> ParticipantCounts =>
        [int.TryParse(Environment.GetEnvironmentVariable("PEERPRACTICE_WEB_BENCH_PARTICIPANTS"), CultureInfo.InvariantCulture, out var n) && n >= 2 ? n : 4];

    [ParamsSource(nameof(ParticipantCounts))]
    public int Participants { get; set; }

    [GlobalSetup]
    public async Task Setup()
    {
        _dataFolder = Directory.CreateTempSubdirectory("peerpractice-web-bench-").FullName;
        _app = WebHostApp.Create(
        [
            "--urls=http://127.0.0.1:0",
            $"--PeerPractice:Web:DataFolder={_dataFolder}",
            "--PeerPractice:Web:OrganiserKey=benchmark-organiser-key",
            "--PeerPractice:Web:CommandsPerMinute=1000000",
            $"--PeerPractice:Cluster:SiloPort={FreePort()}",
            $"--PeerPractice:Cluster:GatewayPort={FreePort()}",
            "--Logging:LogLevel:Default=Warning",
        ]);
        await _app.StartAsync();
        var origin = _app.Urls.First();
        _http = new HttpClient { BaseAddress = new Uri(origin) };
        _http.DefaultRequestHeaders.Add("Cookie", "pp-organiser=benchmark-organiser-key");
        _http.DefaultRequestHeaders.Add("Accept", "application/json");

        for (var s = 0; s < Participants / 2; s++)
        {
            using var form = new MultipartFormDataContent { { new StringContent("peer-brainstorm"), "agenda" }, { new StringContent("Dana\nMarcus"), "names" } };
            using var response = await _http.PostAsync(new Uri("/organiser/sessions", UriKind.Relative), form);
            var html = await response.Content.ReadAsStringAsync();
            var links = LinkPattern().Matches(html).Select(m => m.Groups["path"].Value).ToList();
            _sessions.Add(new Session(links[0].Split('/')[2], links));
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        var before = GC.GetTotalMemory(forceFullCollection: true);
        foreach (var session in _sessions)
        {
            foreach (var link in session.Links)
            {
                var peer = new Peer(new HubConnectionBuilder().WithUrl(new Uri(new Uri(origin), "/hub"), HttpTransportType.WebSockets).Build());
                peer.Connection.On<JsonElement>("events", batch => peer.Saw(batch.GetProperty("view").GetProperty("sequence").GetInt64()));
                await peer.Connection.StartAsync();
                var joined = await peer.Connection.InvokeAsync<JsonElement>("Join", session.Id, link.Split('/')[4], 0L);
                peer.Saw(joined.GetProperty("view").GetProperty("sequence").GetInt64());
                session.Peers.Add(peer);
            }
        }

        GC.Collect();
        GC.WaitForPendingFinalizers();
        _bytesPerParticipant = (GC.GetTotalMemory(forceFullCollection: true) - before) / (double)Participants;
    }

    /// <summary>One shared note, until both participants of its session have it pushed.</summary>
    [Benchmark]
    public async Task CommandToEveryParticipant()
    {
        var session = _sessions[_next++ % _sessions.Count];
        var target = session.Peers.Min(p => p.Seen) + 1;
        var arrivals = session.Peers.Select(p => p.WaitFor(target)).ToList();
        var watch = Stopwatch.StartNew();
        using var content = new FormUrlEncodedContent([KeyValuePair.Create("kind", "note"), KeyValuePair.Create("text", "a shared benchmark note"), KeyValuePair.Create("shared", "true")]);
        using var response = await _http!.PostAsync(new Uri(session.Links[0] + "/command", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        await Task.WhenAll(arrivals);
        _latencies.Add(watch.Elapsed.TotalMilliseconds);
    }

    [GlobalCleanup]
    public async Task Cleanup()
    {
        if (_latencies.Count > 0)
        {
            var sorted = _latencies.Order().ToList();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"// web host push: {Participants} participants in {_sessions.Count} sessions, {sorted.Count} commands: median {sorted[sorted.Count / 2]:F2} ms, p99 {sorted[(int)Math.Min(sorted.Count - 1, Math.Ceiling(sorted.Count * 0.99) - 1)]:F2} ms; managed heap per connected participant {_bytesPerParticipant / 1024:F1} KiB"));
        }

        foreach (var peer in _sessions.SelectMany(s => s.Peers))
        {
            await peer.Connection.DisposeAsync();
        }

        _http?.Dispose();
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

        try
        {
            Directory.Delete(_dataFolder!, recursive: true);
        }
        catch (IOException)
        {
            // Left under the temp folder when SQLite still holds it.
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

    private sealed record Session(string Id, List<string> Links)
    {
        public List<Peer> Peers { get; } = [];
    }

    private sealed class Peer(HubConnection connection)
    {
        private readonly Lock _gate = new();
        private long _seen;
        private long _target = long.MaxValue;
        private TaskCompletionSource? _waiter;

        public HubConnection Connection { get; } = connection;

        public long Seen
        {
            get
            {
                lock (_gate)
                {
                    return _seen;
                }
            }
        }

        public void Saw(long sequence)
        {
            lock (_gate)
            {
                _seen = Math.Max(_seen, sequence);
                if (_waiter is not null && _seen >= _target)
                {
                    _waiter.TrySetResult();
                    _waiter = null;
                }
            }
        }

        public Task WaitFor(long sequence)
        {
            lock (_gate)
            {
                if (_seen >= sequence)
                {
                    return Task.CompletedTask;
                }

                _target = sequence;
                _waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                return _waiter.Task;
            }
        }
    }
}
