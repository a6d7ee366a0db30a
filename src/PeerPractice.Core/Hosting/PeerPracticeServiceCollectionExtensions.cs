using System;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using PeerPractice;
using PeerPractice.Sessions;

// The .NET convention: AddXxx extensions live in this namespace so they are found without a using.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary><c>services.AddPeerPractice(...)</c>.</summary>
public static class PeerPracticeServiceCollectionExtensions
{
    /// <summary>
    /// Adds PeerPractice's options, a <see cref="TimeProvider"/> (the system clock unless the app
    /// registered one) and the private-note key provider (from the options, unless the app registered
    /// its own <see cref="INoteKeyProvider"/>). Choose a store on the returned builder.
    /// </summary>
    /// <param name="services">The app's services.</param>
    /// <param name="configure">Sets <see cref="PeerPracticeOptions"/>.</param>
    /// <returns>The builder, to choose a store: <c>.AddInMemoryStore()</c> or <c>.AddSqliteStore(path)</c>.</returns>
    public static PeerPracticeBuilder AddPeerPractice(this IServiceCollection services, Action<PeerPracticeOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        if (configure is not null)
        {
            services.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<INoteKeyProvider>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<PeerPracticeOptions>>().Value;
            return options.NoteKeyEnvironmentVariable is { Length: > 0 } variable
                ? new NoteKeyFromEnvironment(variable)
                : new NoteKeyFile(options.NoteKeyFile ?? NoteKeyFile.DefaultPath());
        });
        return new PeerPracticeBuilder(services);
    }
}
