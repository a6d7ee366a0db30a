using Microsoft.Extensions.DependencyInjection;
using PeerPractice.Breakfasts;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Sqlite;
using PeerPractice.Visits;

namespace PeerPractice.ConsoleHost.Storage;

/// <summary>
/// The host's wiring of the PeerPractice.Sqlite package, the way an app does it:
/// <c>AddPeerPractice(...).AddSqliteStore(path)</c>. The host has no SQL of its own.
/// </summary>
internal sealed class HostStorage : IDisposable
{
    private readonly ServiceProvider _services;

    private HostStorage(ServiceProvider services, SqliteStore store)
    {
        _services = services;
        Store = store;
    }

    public SqliteStore Store { get; }

    public string Path => Store.Path;

    public ISessionStore Sessions => Store;

    public IPairingHistoryStore Pairings => Store;

    public IRelationshipStore Relationships => Store;

    public IIntroductionStore Introductions => Store;

    public IBreakfastStore Breakfasts => Store;

    public IVisitStore Visits => Store;

    /// <summary>
    /// Opens the database. The note key comes from <c>$PEERPRACTICE_NOTE_KEY</c> when set, else from the
    /// key file (<c>$PEERPRACTICE_NOTE_KEY_FILE</c>, else the user's configuration folder; tests give their own).
    /// </summary>
    public static HostStorage Open(string databasePath, HostContext context)
    {
        var keyFile = Environment.GetEnvironmentVariable(NoteKeyFile.PathVariable) is { Length: > 0 }
            ? NoteKeyFile.DefaultPath()
            : context.DefaultKeyPath ?? NoteKeyFile.DefaultPath();
        var services = new ServiceCollection();
        services.AddSingleton(context.Time);
        services.AddPeerPractice(options =>
        {
            options.NoteKeyFile = keyFile;
            options.NoteKeyEnvironmentVariable = Environment.GetEnvironmentVariable(NoteKeyFromEnvironment.DefaultVariable) is { Length: > 0 } ? NoteKeyFromEnvironment.DefaultVariable : null;
        }).AddSqliteStore(databasePath);
        var provider = services.BuildServiceProvider();
        try
        {
            var storage = new HostStorage(provider, provider.GetRequiredService<SqliteStore>());
            context.StorageOpened?.Invoke(storage);
            return storage;
        }
        catch (StoreException e) when (e.Kind == StoreErrorKind.NoteKey && File.Exists(System.IO.Path.GetFullPath(databasePath) + ".key") && !File.Exists(keyFile))
        {
            provider.Dispose();
            var legacy = System.IO.Path.GetFullPath(databasePath) + ".key";
            throw new StoreException(StoreErrorKind.NoteKey, $"{e.Message} An earlier peerpractice kept the key beside the database, at {legacy}: move it to {keyFile} (keys no longer travel with the data).", e);
        }
        catch
        {
            provider.Dispose();
            throw;
        }
    }

    public void Dispose() => _services.Dispose();
}

/// <summary>The host's commands are synchronous; the SQLite store completes its calls synchronously.</summary>
internal static class ValueTaskSync
{
    public static T Wait<T>(this ValueTask<T> task) => task.IsCompletedSuccessfully ? task.Result : task.AsTask().GetAwaiter().GetResult();

    public static void Wait(this ValueTask task)
    {
        if (!task.IsCompletedSuccessfully)
        {
            task.AsTask().GetAwaiter().GetResult();
        }
    }
}
