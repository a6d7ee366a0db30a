using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using PeerPractice.Breakfasts;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice.Core.Tests.Hosting;

/// <summary>
/// <c>services.AddPeerPractice(...).AddInMemoryStore()</c>: what an app resolves. The note-key choice reads
/// process environment variables, so every test that depends on <see cref="NoteKeyFile.PathVariable"/> is in
/// this one class (xunit runs a class's tests one at a time).
/// </summary>
public sealed class AddPeerPracticeTests
{
    [Fact]
    public void The_in_memory_store_is_one_object_per_engine_behind_every_interface_it_implements()
    {
        using var provider = new ServiceCollection().AddPeerPractice().AddInMemoryStore().Services.BuildServiceProvider();

        var sessions = provider.GetRequiredService<InMemorySessionStore>();
        Assert.Same(sessions, provider.GetRequiredService<ISessionStore>());
        Assert.Same(sessions, provider.GetRequiredService<IRelationshipStore>());
        var history = provider.GetRequiredService<InMemoryPairingHistoryStore>();
        Assert.Same(history, provider.GetRequiredService<IPairingHistoryStore>());
        Assert.Same(history, provider.GetRequiredService<IIntroductionStore>());
        Assert.Same(provider.GetRequiredService<InMemoryBreakfastStore>(), provider.GetRequiredService<IBreakfastStore>());
        Assert.Same(provider.GetRequiredService<InMemoryVisitStore>(), provider.GetRequiredService<IVisitStore>());
    }

    [Fact]
    public void The_in_memory_store_replaces_stores_registered_before_it()
    {
        var services = new ServiceCollection();
        using var earlierSessions = new InMemorySessionStore();
        using var earlierRelationships = new InMemorySessionStore();
        var earlierHistory = new InMemoryPairingHistoryStore();
        var earlierIntroductions = new InMemoryPairingHistoryStore();
        services.AddSingleton<ISessionStore>(earlierSessions);
        services.AddSingleton<IRelationshipStore>(earlierRelationships);
        services.AddSingleton<IPairingHistoryStore>(earlierHistory);
        services.AddSingleton<IIntroductionStore>(earlierIntroductions);
        services.AddSingleton<IBreakfastStore>(new InMemoryBreakfastStore());
        services.AddSingleton<IVisitStore>(new InMemoryVisitStore());

        using var provider = services.AddPeerPractice().AddInMemoryStore().Services.BuildServiceProvider();

        var sessions = provider.GetRequiredService<InMemorySessionStore>();
        var history = provider.GetRequiredService<InMemoryPairingHistoryStore>();
        Assert.Same(sessions, Assert.Single(provider.GetServices<ISessionStore>()));
        Assert.Same(sessions, Assert.Single(provider.GetServices<IRelationshipStore>()));
        Assert.Same(history, Assert.Single(provider.GetServices<IPairingHistoryStore>()));
        Assert.Same(history, Assert.Single(provider.GetServices<IIntroductionStore>()));
        Assert.Same(provider.GetRequiredService<InMemoryBreakfastStore>(), Assert.Single(provider.GetServices<IBreakfastStore>()));
        Assert.Same(provider.GetRequiredService<InMemoryVisitStore>(), Assert.Single(provider.GetServices<IVisitStore>()));
    }

    [Fact]
    public void The_builder_hands_the_apps_services_to_engines()
    {
        var services = new ServiceCollection();

        var builder = services.AddPeerPractice();

        Assert.Same(services, builder.Services);
        Assert.Same(builder, builder.AddInMemoryStore());
    }

    [Fact]
    public void The_system_clock_is_added_unless_the_app_registered_a_clock()
    {
        using (var provider = new ServiceCollection().AddPeerPractice().Services.BuildServiceProvider())
        {
            Assert.Same(TimeProvider.System, provider.GetRequiredService<TimeProvider>());
        }

        var fake = new FakeTimeProvider();
        var services = new ServiceCollection().AddSingleton<TimeProvider>(fake);
        using (var provider = services.AddPeerPractice().Services.BuildServiceProvider())
        {
            Assert.Same(fake, Assert.Single(provider.GetServices<TimeProvider>()));
        }
    }

    [Fact]
    public void Options_are_set_by_the_configure_callback_and_default_without_one()
    {
        using (var provider = new ServiceCollection().AddPeerPractice().Services.BuildServiceProvider())
        {
            var defaults = provider.GetRequiredService<IOptions<PeerPracticeOptions>>().Value;
            Assert.Equal((null, null, TimeSpan.FromMilliseconds(250)), (defaults.NoteKeyFile, defaults.NoteKeyEnvironmentVariable, defaults.SlowCommandThreshold));
        }

        using (var provider = new ServiceCollection().AddPeerPractice(o => o.SlowCommandThreshold = TimeSpan.FromSeconds(2)).Services.BuildServiceProvider())
        {
            Assert.Equal(TimeSpan.FromSeconds(2), provider.GetRequiredService<IOptions<PeerPracticeOptions>>().Value.SlowCommandThreshold);
        }
    }

    [Fact]
    public void The_note_key_comes_from_the_environment_variable_when_one_is_named()
    {
        using var provider = new ServiceCollection()
            .AddPeerPractice(o => (o.NoteKeyEnvironmentVariable, o.NoteKeyFile) = ("MY_APP_NOTE_KEY", "/ignored/notes.key"))
            .Services.BuildServiceProvider();

        var keys = Assert.IsType<NoteKeyFromEnvironment>(provider.GetRequiredService<INoteKeyProvider>());
        Assert.Equal("MY_APP_NOTE_KEY", keys.Variable);
        Assert.Equal("environment variable MY_APP_NOTE_KEY", keys.Description);
    }

    [Fact]
    public void The_note_key_comes_from_the_configured_file_when_no_variable_is_named()
    {
        var file = Path.Combine(Path.GetTempPath(), "pp-hosting-" + Guid.NewGuid().ToString("N"), "notes.key");
        using var provider = new ServiceCollection()
            .AddPeerPractice(o => (o.NoteKeyEnvironmentVariable, o.NoteKeyFile) = ("", file))
            .Services.BuildServiceProvider();

        var keys = Assert.IsType<NoteKeyFile>(provider.GetRequiredService<INoteKeyProvider>());
        Assert.Equal(file, keys.Path);
        Assert.False(File.Exists(file), "resolving the provider creates no key");
    }

    [Fact]
    public void The_note_key_file_defaults_to_the_users_configuration_or_the_path_variable()
    {
        var saved = Environment.GetEnvironmentVariable(NoteKeyFile.PathVariable);
        try
        {
            Environment.SetEnvironmentVariable(NoteKeyFile.PathVariable, null);
            var config = Environment.GetFolderPath(Environment.SpecialFolder.ApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            using (var provider = new ServiceCollection().AddPeerPractice().Services.BuildServiceProvider())
            {
                Assert.Equal(Path.Combine(config, "PeerPractice", "notes.key"), Assert.IsType<NoteKeyFile>(provider.GetRequiredService<INoteKeyProvider>()).Path);
            }

            Assert.Equal("PEERPRACTICE_NOTE_KEY_FILE", NoteKeyFile.PathVariable);
            Environment.SetEnvironmentVariable(NoteKeyFile.PathVariable, "relative/notes.key");
            Assert.Equal(Path.GetFullPath("relative/notes.key"), NoteKeyFile.DefaultPath());
            using (var provider = new ServiceCollection().AddPeerPractice().Services.BuildServiceProvider())
            {
                Assert.Equal(Path.GetFullPath("relative/notes.key"), Assert.IsType<NoteKeyFile>(provider.GetRequiredService<INoteKeyProvider>()).Path);
            }
        }
        finally
        {
            Environment.SetEnvironmentVariable(NoteKeyFile.PathVariable, saved);
        }
    }

    [Fact]
    public void An_apps_own_note_key_provider_is_kept()
    {
        var own = new EphemeralNoteKey();
        using var provider = new ServiceCollection().AddSingleton<INoteKeyProvider>(own)
            .AddPeerPractice(o => o.NoteKeyEnvironmentVariable = "MY_APP_NOTE_KEY")
            .Services.BuildServiceProvider();

        Assert.Same(own, Assert.Single(provider.GetServices<INoteKeyProvider>()));
    }
}
