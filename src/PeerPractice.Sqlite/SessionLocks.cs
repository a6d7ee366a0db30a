using System;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading.Tasks;

namespace PeerPractice.Sqlite;

/// <summary>
/// One writer per session, across processes: a claim holds an exclusive OS lock on a small file in
/// <c>&lt;db&gt;.locks/</c>. The operating system releases it when the process ends, even by
/// SIGKILL, so a crashed host never leaves a session claimed.
/// </summary>
internal sealed class SessionLocks(string databasePath)
{
    public string Folder { get; } = databasePath + ".locks";

    public IAsyncDisposable Claim(string sessionId)
    {
        Directory.CreateDirectory(Folder);
        var name = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(sessionId)).AsSpan(0, 12)).ToLowerInvariant() + ".lock";
        try
        {
            // FileShare.None takes an exclusive lock (flock on Unix, a share lock on Windows).
            return new Held(new FileStream(Path.Combine(Folder, name), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None));
        }
        catch (IOException e) when (e is not FileNotFoundException and not DirectoryNotFoundException)
        {
            throw new StoreException(StoreErrorKind.SessionInUse, StoreException.SessionInUse(sessionId, databasePath).Message, e);
        }
    }

    private sealed class Held(FileStream stream) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => stream.DisposeAsync();
    }
}
