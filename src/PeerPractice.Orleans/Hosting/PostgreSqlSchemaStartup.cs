using System;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Orleans;
using Orleans.Runtime;
using PeerPractice.PostgreSql;

namespace PeerPractice.Orleans;

/// <summary>
/// A silo on PostgreSQL creates its own schema before anything else starts: Orleans' clustering tables
/// (the membership table is read early in the silo's start) and the PeerPractice store's tables and
/// migrations. Both are idempotent and serialized on the server by advisory locks, so silos starting
/// at once on an empty database create them once, and nobody needs a separate schema step.
/// </summary>
internal sealed class PostgreSqlSchemaStartup(string connectionString, IServiceProvider services) : ILifecycleParticipant<ISiloLifecycle>
{
    public void Participate(ISiloLifecycle lifecycle) =>
        lifecycle.Subscribe(nameof(PostgreSqlSchemaStartup), ServiceLifecycleStage.First, CreateAsync);

    private async Task CreateAsync(CancellationToken cancellationToken)
    {
        await OrleansClusteringSchema.EnsureCreatedAsync(connectionString, cancellationToken).ConfigureAwait(false);
        // Opening the store creates or migrates its tables (the container opens it once, here).
        await Task.Run(() => services.GetRequiredService<PostgreSqlStore>(), cancellationToken).ConfigureAwait(false);
    }
}
