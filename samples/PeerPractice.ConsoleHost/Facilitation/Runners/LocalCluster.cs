using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using PeerPractice.Orleans;
using PeerPractice.Sessions;

namespace PeerPractice.ConsoleHost.Facilitation.Runners;

/// <summary>
/// A one-silo Orleans cluster inside this process (localhost clustering on free ports), its session
/// grains on the host's own store and clock: <c>session start --cluster</c> runs the session the way
/// a cluster does, with nothing to install. Stopping it deactivates the grains, which keep the time shown.
/// </summary>
internal sealed class LocalCluster : IDisposable
{
    private readonly IHost _host;

    private LocalCluster(IHost host) => _host = host;

    public IGrainFactory Grains => _host.Services.GetRequiredService<IGrainFactory>();

    /// <summary>
    /// Starts the silo. A scripted (manual) clock is the grains' clock too, so 'wait' moves both; a
    /// live session's grain runs on the system clock and continues from its last event by itself, as
    /// the host's own clock does (wrapping the host's already-continued clock would count the gap twice).
    /// </summary>
    public static LocalCluster Start(ISessionStore store, SessionClock hostClock, TimeProvider system)
    {
        TimeProvider clock = hostClock.IsManual ? hostClock : system;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        // The host's output is the session's; Orleans keeps quiet unless something is wrong.
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(FreePort(), FreePort(), serviceId: "peerpractice-host", clusterId: "peerpractice-host-" + Environment.ProcessId);
            silo.Services.AddSingleton(store);
            silo.AddPeerPracticeGrains();
            silo.Services.Configure<SessionGrainOptions>(o => o.Clock = clock);
        });
        var host = builder.Build();
        host.StartAsync().GetAwaiter().GetResult();
        return new LocalCluster(host);
    }

    public void Dispose()
    {
        _host.StopAsync().GetAwaiter().GetResult();
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
