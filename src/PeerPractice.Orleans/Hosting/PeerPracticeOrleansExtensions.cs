using System;
using System.Data.Common;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Orleans;
using Orleans.Configuration;
using Orleans.Hosting;
using Orleans.Runtime;
using PeerPractice.Orleans;
using PeerPractice.Sessions;

namespace PeerPractice;

/// <summary>Silo and client set-up for PeerPractice: the embedded default or scale-out on PostgreSQL, by configuration only.</summary>
public static class PeerPracticeOrleansExtensions
{
    /// <summary>The ADO.NET invariant name Orleans' clustering uses for PostgreSQL.</summary>
    public const string PostgreSqlInvariant = "Npgsql";

    /// <summary>
    /// Makes this silo a PeerPractice silo: clustering (localhost, or Orleans' ADO.NET clustering on
    /// PostgreSQL), the store (SQLite, or the shared PostgreSQL database) and the grains' options. On
    /// PostgreSQL the silo creates Orleans' clustering tables and the store's schema itself when it
    /// starts (idempotent, safe for silos starting at once); the database must exist.
    /// </summary>
    /// <param name="silo">The silo builder.</param>
    /// <param name="options">Where state lives; see <see cref="PeerPracticeClusterOptions"/>.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder UsePeerPractice(this ISiloBuilder silo, PeerPracticeClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(options);
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        if (options.PostgreSqlConnectionString is { Length: > 0 } connectionString)
        {
            RegisterNpgsql();
            silo.UseAdoNetClustering(o =>
            {
                o.Invariant = PostgreSqlInvariant;
                o.ConnectionString = connectionString;
            });
            silo.ConfigureEndpoints(options.SiloPort, options.GatewayPort);
            silo.Services.AddPeerPractice(o => o.NoteKeyFile = options.NoteKeyFile).AddPostgreSqlStore(connectionString);
            silo.Services.AddSingleton<ILifecycleParticipant<ISiloLifecycle>>(sp => new PostgreSqlSchemaStartup(connectionString, sp));
        }
        else
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: options.ServiceId, clusterId: options.ClusterId);
            silo.Services.AddPeerPractice(o => o.NoteKeyFile = options.NoteKeyFile).AddSqliteStore(options.SqlitePath);
        }

        return silo.AddPeerPracticeGrains();
    }

    /// <summary>
    /// The grains' services only, for a silo whose app registers the store itself
    /// (<c>services.AddPeerPractice().AddXxxStore(...)</c>) and its own clustering.
    /// </summary>
    /// <param name="silo">The silo builder.</param>
    /// <returns>The silo builder.</returns>
    public static ISiloBuilder AddPeerPracticeGrains(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.Services.AddOptions<SessionGrainOptions>();
        // Open the store before the silo takes calls: a store opened on first use (PostgreSQL opens
        // synchronously in the container's factory) would otherwise be opened under the first burst of
        // activations, each blocking a thread-pool thread until the one that opens it gets a thread.
        silo.AddStartupTask((services, _) =>
        {
            services.GetRequiredService<ISessionStore>();
            return Task.CompletedTask;
        });
        return silo;
    }

    /// <summary>Connects a client to a PeerPractice cluster set up with the same <paramref name="options"/>.</summary>
    /// <param name="client">The client builder.</param>
    /// <param name="options">The cluster's options.</param>
    /// <returns>The client builder.</returns>
    public static IClientBuilder UsePeerPractice(this IClientBuilder client, PeerPracticeClusterOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        client.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = options.ClusterId;
            o.ServiceId = options.ServiceId;
        });
        if (options.PostgreSqlConnectionString is { Length: > 0 } connectionString)
        {
            RegisterNpgsql();
            client.UseAdoNetClustering(o =>
            {
                o.Invariant = PostgreSqlInvariant;
                o.ConnectionString = connectionString;
            });
        }
        else
        {
            client.UseLocalhostClustering(options.GatewayPort, options.ServiceId, options.ClusterId);
        }

        return client;
    }

    // Orleans' ADO.NET layer finds the provider by its invariant name.
    private static void RegisterNpgsql() => DbProviderFactories.RegisterFactory(PostgreSqlInvariant, NpgsqlFactory.Instance);
}
