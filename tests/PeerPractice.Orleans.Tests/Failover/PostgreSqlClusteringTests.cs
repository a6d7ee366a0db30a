using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using PeerPractice.PostgreSql;
using PeerPractice.PostgreSql.Tests;
using PeerPractice.Sessions;

namespace PeerPractice.Orleans.Tests.Failover;

/// <summary>
/// Scale-out by configuration only: two silos and a client given the same
/// <see cref="PeerPracticeClusterOptions.PostgreSqlConnectionString"/> find each other through
/// Orleans' ADO.NET clustering on that database (its tables from <see cref="OrleansClusteringSchema"/>)
/// and keep sessions in the PeerPractice store beside them.
/// </summary>
public sealed class PostgreSqlClusteringTests : IAsyncLifetime
{
    private readonly PostgresServer _server = new();
    private readonly string _folder = Directory.CreateTempSubdirectory("peerpractice-adonet-").FullName;
    private readonly List<IHost> _hosts = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync() => _server.InitializeAsync();

    public async ValueTask DisposeAsync()
    {
        foreach (var host in Enumerable.Reverse(_hosts))
        {
            using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await host.StopAsync(stopping.Token);
            host.Dispose();
        }

        await _server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact(Timeout = 120_000)]
    public async Task Two_silos_and_a_client_find_each_other_through_the_membership_table_in_postgresql()
    {
        // An empty database: the silos create Orleans' tables and the store's schema themselves.
        var connectionString = await _server.CreateDatabaseAsync("adonet");

        var options = new PeerPracticeClusterOptions
        {
            PostgreSqlConnectionString = connectionString,
            ClusterId = "pp-" + Guid.NewGuid().ToString("N")[..8],
            NoteKeyFile = Path.Combine(_folder, "notes.key"),
        };
        // Both at once: the schema is created once, under the advisory locks, whoever comes first.
        await Task.WhenAll(StartSiloAsync(options, FreePort(), FreePort()), StartSiloAsync(options, FreePort(), FreePort()));
        Assert.Equal(PostgreSqlStore.LatestSchemaVersion, await CountAsync(connectionString, "SELECT value::bigint FROM peerpractice_meta WHERE key = 'schema_version'"));
        // Creating it again (a silo restarting) changes nothing.
        await OrleansClusteringSchema.EnsureCreatedAsync(connectionString, Ct);
        var client = await StartClientAsync(options);

        var management = client.GetGrain<IManagementGrain>(0);
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        var active = await management.GetHosts(true, Ct);
        while (active.Count < 2 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250, Ct);
            active = await management.GetHosts(true, Ct);
        }

        Assert.Equal(2, active.Count);
        Assert.Equal(2, await CountAsync(connectionString, $"SELECT count(*) FROM OrleansMembershipTable WHERE DeploymentId = '{options.ClusterId}' AND Status = 3"));
        Assert.True(await CountAsync(connectionString, $"SELECT Version FROM OrleansMembershipVersionTable WHERE DeploymentId = '{options.ClusterId}'") >= 2);

        // Sessions run on either silo, in the store on the same database.
        var ids = Enumerable.Range(0, 6).Select(i => $"adonet-{i}").ToList();
        foreach (var id in ids)
        {
            var grain = client.GetGrain<ISessionGrain>(id);
            Assert.True((await grain.Start(ClusterSetup.Brainstorm())).Accepted);
            Assert.True((await grain.Execute(ClusterSetup.Opening().First(), 0 + (await grain.GetVersion()))).Accepted);
        }

        await using var store = await PostgreSqlStore.OpenAsync(connectionString, new NoteKeyFile(options.NoteKeyFile), cancellationToken: Ct);
        foreach (var id in ids)
        {
            Assert.Equal(await client.GetGrain<ISessionGrain>(id).GetVersion(), (await store.FindAsync(id, Ct))!.Version);
        }
    }

    private async Task StartSiloAsync(PeerPracticeClusterOptions shared, int siloPort, int gatewayPort)
    {
        var options = new PeerPracticeClusterOptions
        {
            PostgreSqlConnectionString = shared.PostgreSqlConnectionString,
            ClusterId = shared.ClusterId,
            NoteKeyFile = shared.NoteKeyFile,
            SiloPort = siloPort,
            GatewayPort = gatewayPort,
        };
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleans(silo => silo.UsePeerPractice(options));
        var host = builder.Build();
        lock (_hosts)
        {
            _hosts.Add(host);
        }

        await host.StartAsync(Ct);
    }

    private async Task<IClusterClient> StartClientAsync(PeerPracticeClusterOptions options)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.UseOrleansClient(client => client.UsePeerPractice(options));
        var host = builder.Build();
        _hosts.Add(host);
        await host.StartAsync(Ct);
        return host.Services.GetRequiredService<IClusterClient>();
    }

    private static async Task<long> CountAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(Ct), System.Globalization.CultureInfo.InvariantCulture);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
