using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using PeerPractice.Breakfasts;
using PeerPractice.Matching;
using PeerPractice.PostgreSql;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice;

/// <summary><c>services.AddPeerPractice().AddPostgreSqlStore(connectionString)</c>.</summary>
public static class PostgreSqlStoreBuilderExtensions
{
    /// <summary>
    /// Keeps sessions, pairing history, relationships, introductions, breakfasts and site visits in the PostgreSQL database named by
    /// <paramref name="connectionString"/>, shared by every process that registers the same one. The
    /// store is opened (schema created or migrated) on first use, with the container's
    /// <see cref="INoteKeyProvider"/> and logger, and disposed with the container.
    /// </summary>
    /// <param name="builder">From <c>AddPeerPractice</c>.</param>
    /// <param name="connectionString">An Npgsql connection string; the database must exist.</param>
    /// <returns>The builder.</returns>
    public static PeerPracticeBuilder AddPostgreSqlStore(this PeerPracticeBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        var services = builder.Services;
        services.RemoveAll<PostgreSqlStore>();
        services.RemoveAll<ISessionStore>();
        services.RemoveAll<IPairingHistoryStore>();
        // The container's factories are synchronous; opening runs once, at first use.
        services.AddSingleton(sp => PostgreSqlStore.OpenAsync(
            connectionString,
            sp.GetRequiredService<INoteKeyProvider>(),
            sp.GetService<ILogger<PostgreSqlStore>>()).AsTask().GetAwaiter().GetResult());
        services.AddSingleton<ISessionStore>(sp => sp.GetRequiredService<PostgreSqlStore>());
        services.AddSingleton<IPairingHistoryStore>(sp => sp.GetRequiredService<PostgreSqlStore>());
        services.RemoveAll<IRelationshipStore>();
        services.RemoveAll<IIntroductionStore>();
        services.RemoveAll<IBreakfastStore>();
        services.RemoveAll<IVisitStore>();
        services.AddSingleton<IRelationshipStore>(sp => sp.GetRequiredService<PostgreSqlStore>());
        services.AddSingleton<IIntroductionStore>(sp => sp.GetRequiredService<PostgreSqlStore>());
        services.AddSingleton<IBreakfastStore>(sp => sp.GetRequiredService<PostgreSqlStore>());
        services.AddSingleton<IVisitStore>(sp => sp.GetRequiredService<PostgreSqlStore>());
        return builder;
    }
}
