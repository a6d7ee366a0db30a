using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PeerPractice.Breakfasts;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Sqlite;
using PeerPractice.Visits;

namespace PeerPractice;

/// <summary><c>services.AddPeerPractice().AddSqliteStore(path)</c>.</summary>
public static class SqliteStoreBuilderExtensions
{
    /// <summary>
    /// Keeps sessions, pairing history, breakfasts and visits in the SQLite file at <paramref name="path"/>. The store is
    /// opened (created and migrated when needed) on first use, with the container's
    /// <see cref="TimeProvider"/>, <see cref="INoteKeyProvider"/> and logger, and disposed with the container.
    /// </summary>
    /// <param name="builder">From <c>AddPeerPractice</c>.</param>
    /// <param name="path">The database file.</param>
    /// <returns>The builder.</returns>
    public static PeerPracticeBuilder AddSqliteStore(this PeerPracticeBuilder builder, string path)
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var services = builder.Services;
        services.RemoveAll<SqliteStore>();
        services.RemoveAll<ISessionStore>();
        services.RemoveAll<IPairingHistoryStore>();
        services.RemoveAll<IRelationshipStore>();
        services.RemoveAll<IIntroductionStore>();
        services.AddSingleton(sp => SqliteStore.Open(
            path,
            sp.GetRequiredService<INoteKeyProvider>(),
            sp.GetService<TimeProvider>(),
            sp.GetService<ILogger<SqliteStore>>(),
            sp.GetService<IOptions<PeerPracticeOptions>>()?.Value.SlowCommandThreshold));
        services.AddSingleton<ISessionStore>(sp => sp.GetRequiredService<SqliteStore>());
        services.AddSingleton<IPairingHistoryStore>(sp => sp.GetRequiredService<SqliteStore>());
        services.AddSingleton<IRelationshipStore>(sp => sp.GetRequiredService<SqliteStore>());
        services.AddSingleton<IIntroductionStore>(sp => sp.GetRequiredService<SqliteStore>());
        services.RemoveAll<IBreakfastStore>();
        services.RemoveAll<IVisitStore>();
        services.AddSingleton<IBreakfastStore>(sp => sp.GetRequiredService<SqliteStore>());
        services.AddSingleton<IVisitStore>(sp => sp.GetRequiredService<SqliteStore>());
        return builder;
    }
}
