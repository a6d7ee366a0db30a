using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using PeerPractice.Breakfasts;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice;

/// <summary>
/// Returned by <c>services.AddPeerPractice(...)</c>: chooses the store engine
/// (<see cref="AddInMemoryStore"/> here, <c>AddSqliteStore(path)</c> from PeerPractice.Sqlite).
/// An engine registers one object for every store interface it implements.
/// </summary>
public sealed class PeerPracticeBuilder
{
    /// <summary>Wraps <paramref name="services"/>.</summary>
    /// <param name="services">The app's services.</param>
    public PeerPracticeBuilder(IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        Services = services;
    }

    /// <summary>The app's services, for engines that add their own registrations.</summary>
    public IServiceCollection Services { get; }

    /// <summary>Keeps sessions, relationships, pairing history, introductions, breakfasts and visits in memory (tests, small apps): nothing survives the process.</summary>
    /// <returns>This builder.</returns>
    public PeerPracticeBuilder AddInMemoryStore()
    {
        Services.RemoveAll<ISessionStore>();
        Services.RemoveAll<IPairingHistoryStore>();
        Services.RemoveAll<IRelationshipStore>();
        Services.RemoveAll<IIntroductionStore>();
        Services.AddSingleton(_ => new InMemorySessionStore());
        Services.AddSingleton<ISessionStore>(sp => sp.GetRequiredService<InMemorySessionStore>());
        Services.AddSingleton<InMemoryPairingHistoryStore>();
        Services.AddSingleton<IPairingHistoryStore>(sp => sp.GetRequiredService<InMemoryPairingHistoryStore>());
        Services.AddSingleton<IRelationshipStore>(sp => sp.GetRequiredService<InMemorySessionStore>());
        Services.AddSingleton<IIntroductionStore>(sp => sp.GetRequiredService<InMemoryPairingHistoryStore>());
        Services.RemoveAll<IBreakfastStore>();
        Services.RemoveAll<IVisitStore>();
        Services.AddSingleton<InMemoryBreakfastStore>();
        Services.AddSingleton<IBreakfastStore>(sp => sp.GetRequiredService<InMemoryBreakfastStore>());
        Services.AddSingleton<InMemoryVisitStore>();
        Services.AddSingleton<IVisitStore>(sp => sp.GetRequiredService<InMemoryVisitStore>());
        return this;
    }
}
