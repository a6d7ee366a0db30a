using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using PeerPractice.Sessions;

namespace PeerPractice.Sqlite.Tests;

/// <summary>A database path in a fresh temporary folder, its note key in another (never beside it), both removed afterwards.</summary>
internal sealed class TempStore : IDisposable
{
    public TempStore()
    {
        Folder = Directory.CreateTempSubdirectory("peerpractice-sqlite-").FullName;
        KeyFolder = Directory.CreateTempSubdirectory("peerpractice-key-").FullName;
        Path = System.IO.Path.Combine(Folder, "test.db");
        KeyPath = System.IO.Path.Combine(KeyFolder, "notes.key");
    }

    public string Folder { get; }

    public string KeyFolder { get; }

    public string Path { get; }

    public string KeyPath { get; }

    public NoteKeyFile Keys => new(KeyPath);

    public SqliteStore Open() => SqliteStore.Open(Path, Keys);

    /// <summary>A digest of every file of the database (main file, WAL, shared memory), to prove nothing changed.</summary>
    public string Fingerprint() => string.Join('|', Directory.GetFiles(Folder).Order(StringComparer.Ordinal)
        .Select(f => System.IO.Path.GetFileName(f) + ":" + Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(f)))));

    /// <summary>Every byte the database keeps on disk, main file and write-ahead log together.</summary>
    public byte[] AllBytes() => Directory.GetFiles(Folder).SelectMany(File.ReadAllBytes).ToArray();

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        foreach (var folder in new[] { Folder, KeyFolder })
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
            }
        }
    }
}
