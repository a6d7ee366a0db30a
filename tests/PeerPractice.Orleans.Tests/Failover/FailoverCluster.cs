using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Orleans.Configuration;
using Orleans.TestingHost;
using PeerPractice.PostgreSql;
using PeerPractice.PostgreSql.Tests;
using PeerPractice.Sessions;

namespace PeerPractice.Orleans.Tests.Failover;

/// <summary>
/// Three in-process silos on one throwaway PostgreSQL database (the store every silo shares; the
/// membership is the test host's own, on the primary silo, so only secondaries are taken down).
/// Everything that decides how long a lost silo holds callers up is short: a call's response timeout,
/// the liveness probes and votes, the membership table refresh, and deactivation on shutdown.
/// </summary>
public sealed class FailoverCluster : IAsyncLifetime
{
    /// <summary>A response timeout well under the test's: a call into a dead silo fails after this at most.</summary>
    internal static readonly TimeSpan CallTimeout = TimeSpan.FromSeconds(4);

    // The session clock stands still here, so no timer event interleaves with the test's commands.
    private static readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));

    private readonly string _folder = Directory.CreateTempSubdirectory("peerpractice-failover-").FullName;

    public PostgresServer Server { get; } = new();

    public TestCluster Host { get; private set; } = null!;

    public string ConnectionString { get; private set; } = "";

    private string KeyPath => Path.Combine(_folder, "notes.key");

    public ValueTask<PostgreSqlStore> OpenStoreAsync() => PostgreSqlStore.OpenAsync(ConnectionString, new NoteKeyFile(KeyPath));

    public async ValueTask InitializeAsync()
    {
        await Server.InitializeAsync();
        if (Server.Unavailable is not null)
        {
            return;
        }

        ConnectionString = await Server.CreateDatabaseAsync("failover");
        var builder = new TestClusterBuilder(3);
        // The test host otherwise writes a log file per silo into the working folder (litter in the repository).
        builder.Options.ConfigureFileLogging = false;
        builder.ConfigureHostConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Failover:KeyFile"] = KeyPath,
            ["Failover:PostgreSql"] = ConnectionString,
        }));
        builder.AddSiloBuilderConfigurator<SiloSetup>();
        builder.AddClientBuilderConfigurator<ClientSetup>();
        Host = builder.Build();
        await Host.DeployAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.StopAllSilosAsync();
            await Host.DisposeAsync();
        }

        await Server.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class SiloSetup : ISiloConfigurator
    {
        public void Configure(ISiloBuilder siloBuilder)
        {
            var configuration = siloBuilder.Configuration;
            siloBuilder.Services.AddPeerPractice(o => o.NoteKeyFile = configuration["Failover:KeyFile"])
                .AddPostgreSqlStore(configuration["Failover:PostgreSql"]!);
            siloBuilder.Services.AddSingleton<ISessionStore>(sp => new GatedStore(sp.GetRequiredService<PostgreSqlStore>()));
            siloBuilder.AddPeerPracticeGrains();
            siloBuilder.Services.Configure<SessionGrainOptions>(o => o.Clock = _clock);
            siloBuilder.Configure<SiloMessagingOptions>(o =>
            {
                o.ResponseTimeout = CallTimeout;
                o.SystemResponseTimeout = CallTimeout;
            });
            siloBuilder.Configure<ClusterMembershipOptions>(o =>
            {
                // One missed probe and one vote declare a silo dead: two live silos out of three decide in about a second.
                o.ProbeTimeout = TimeSpan.FromMilliseconds(500);
                o.NumMissedProbesLimit = 1;
                o.NumProbedSilos = 2;
                o.NumVotesForDeathDeclaration = 1;
                o.TableRefreshTimeout = TimeSpan.FromSeconds(1);
                o.IAmAliveTablePublishTimeout = TimeSpan.FromSeconds(2);
                o.DeathVoteExpirationTimeout = TimeSpan.FromSeconds(10);
                o.ExtendProbeTimeoutDuringDegradation = false;
                o.EnableIndirectProbes = false;
            });
            siloBuilder.Configure<GrainCollectionOptions>(o => o.DeactivationTimeout = TimeSpan.FromSeconds(3));
        }
    }

    private sealed class ClientSetup : IClientBuilderConfigurator
    {
        public void Configure(IConfiguration configuration, IClientBuilder clientBuilder)
        {
            clientBuilder.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = CallTimeout);
            clientBuilder.Configure<GatewayOptions>(o => o.GatewayListRefreshPeriod = TimeSpan.FromSeconds(1));
        }
    }
}
