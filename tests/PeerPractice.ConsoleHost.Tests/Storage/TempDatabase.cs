using System.Security.Cryptography;

namespace PeerPractice.ConsoleHost.Tests.Storage;

/// <summary>A database path in a fresh temporary folder, removed afterwards.</summary>
internal sealed class TempDatabase : IDisposable
{
    public TempDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("peerpractice-db-").FullName;
        Path = System.IO.Path.Combine(Folder, "test.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public string KeyPath => Path + ".key";

    /// <summary>A digest of every file of the database (main file, WAL, shared memory), to prove nothing changed.</summary>
    public string Fingerprint()
    {
        var parts = Directory.GetFiles(Folder).Order(StringComparer.Ordinal)
            .Select(f => System.IO.Path.GetFileName(f) + ":" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f))));
        return string.Join('|', parts);
    }

    /// <summary>Every byte the database keeps on disk, main file and write-ahead log together.</summary>
    public byte[] AllBytes() => Directory.GetFiles(Folder).Where(f => !f.EndsWith(".key", StringComparison.Ordinal)).SelectMany(File.ReadAllBytes).ToArray();

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
