namespace PeerPractice.ConsoleHost.Storage;

/// <summary>The database, its note key and the stores over them, opened together and closed together.</summary>
internal sealed class HostStorage : IDisposable
{
    private HostStorage(HostDatabase database, NoteProtector protector)
    {
        Database = database;
        Protector = protector;
        Sessions = new SessionEventStore(database, protector);
        Pairings = new PairingHistoryStore(database);
    }

    public HostDatabase Database { get; }

    public NoteProtector Protector { get; }

    public SessionEventStore Sessions { get; }

    public PairingHistoryStore Pairings { get; }

    public static HostStorage Open(string databasePath, string? keyPath = null)
    {
        var database = HostDatabase.Open(databasePath);
        try
        {
            var protector = NoteProtector.ForDatabase(database, keyPath ?? DatabaseLocation.KeyFileFor(database.Path));
            return new HostStorage(database, protector);
        }
        catch
        {
            database.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        Protector.Dispose();
        Database.Dispose();
    }
}
