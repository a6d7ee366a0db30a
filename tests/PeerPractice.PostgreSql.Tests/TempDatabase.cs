using PeerPractice.Sessions;

namespace PeerPractice.PostgreSql.Tests;

/// <summary>A fresh database on the test server and a note key in its own temporary folder, removed afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    private TempDatabase(string connectionString)
    {
        ConnectionString = connectionString;
        KeyFolder = Directory.CreateTempSubdirectory("peerpractice-key-").FullName;
    }

    public string ConnectionString { get; }

    public string KeyFolder { get; }

    public NoteKeyFile Keys => new(Path.Combine(KeyFolder, "notes.key"));

    public static TempDatabase Create(PostgresServer server) => new(server.CreateDatabaseAsync().GetAwaiter().GetResult());

    public PostgreSqlStore Open() => PostgreSqlStore.OpenAsync(ConnectionString, Keys).AsTask().GetAwaiter().GetResult();

    public void Dispose()
    {
        try
        {
            Directory.Delete(KeyFolder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
