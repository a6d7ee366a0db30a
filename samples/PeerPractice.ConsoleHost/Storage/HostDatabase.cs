using System.Globalization;
using System.Text;
using Microsoft.Data.Sqlite;

namespace PeerPractice.ConsoleHost.Storage;

/// <summary>
/// The host's SQLite database: opened with checks that turn every bad state (not SQLite, corrupt,
/// locked, from a newer version) into a <see cref="HostStorageException"/> before anything is
/// written, then migrated to the current schema.
/// </summary>
internal sealed class HostDatabase : IDisposable
{
    private static readonly byte[] s_sqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    private HostDatabase(string path, SqliteConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    public string Path { get; }

    public SqliteConnection Connection { get; }

    /// <summary>Opens (creating when missing) and migrates the database at <paramref name="path"/>.</summary>
    public static HostDatabase Open(string path)
    {
        path = System.IO.Path.GetFullPath(path);
        var exists = File.Exists(path);
        if (exists)
        {
            CheckHeader(path);
        }
        else
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = false,
            DefaultTimeout = 5,
        }.ToString());

        try
        {
            connection.Open();
            Execute(connection, "PRAGMA busy_timeout = 2000;");
            if (exists)
            {
                CheckIntegrity(connection, path);
            }

            Execute(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON;");
            Migrate(connection, path);
            return new HostDatabase(path, connection);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw Translate(e, path);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public SqliteTransaction BeginWrite()
    {
        try
        {
            return Connection.BeginTransaction(deferred: false);
        }
        catch (SqliteException e)
        {
            throw Translate(e, Path);
        }
    }

    public string? GetMeta(string key)
    {
        using var command = Connection.CreateCommand();
        command.CommandText = "SELECT value FROM meta WHERE key = $key";
        command.Parameters.AddWithValue("$key", key);
        return command.ExecuteScalar() as string;
    }

    public void SetMeta(string key, string value, SqliteTransaction? transaction = null)
    {
        using var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO meta(key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value";
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$value", value);
        command.ExecuteNonQuery();
    }

    public void Dispose() => Connection.Dispose();

    internal static HostStorageException Translate(SqliteException e, string path) => e.SqliteErrorCode switch
    {
        5 or 6 => new HostStorageException($"The database {path} is locked by another process (another peerpractice running?). Close it and try again; nothing was changed.", e),
        11 or 26 => new HostStorageException($"The database {path} is corrupt or not a PeerPractice database ({e.Message}). Restore it from a backup or point --db at another file; nothing was changed.", e),
        _ => new HostStorageException($"The database {path} could not be used: {e.Message}. Nothing was changed.", e),
    };

    private static void CheckHeader(string path)
    {
        var header = new byte[s_sqliteHeader.Length];
        int read;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }

        // SQLite treats an empty file as a new database; anything else must carry its header.
        if (read != 0 && (read < header.Length || !header.AsSpan().SequenceEqual(s_sqliteHeader)))
        {
            throw new HostStorageException($"The file {path} is not a SQLite database. Point --db at a PeerPractice database or a new file; nothing was changed.");
        }
    }

    private static void CheckIntegrity(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check;";
        var result = command.ExecuteScalar() as string;
        if (!string.Equals(result, "ok", StringComparison.Ordinal))
        {
            throw new HostStorageException($"The database {path} is corrupt ({result}). Restore it from a backup or point --db at another file; nothing was changed.");
        }
    }

    private static void Migrate(SqliteConnection connection, string path)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
        if (version > SchemaMigrations.LatestVersion)
        {
            throw new HostStorageException(
                $"The database {path} has schema version {version}, newer than this peerpractice understands ({SchemaMigrations.LatestVersion}). Use a newer peerpractice; nothing was changed.");
        }

        for (var next = version; next < SchemaMigrations.LatestVersion; next++)
        {
            using var transaction = connection.BeginTransaction(deferred: false);
            using (var command = connection.CreateCommand())
            {
                command.Transaction = transaction;
                command.CommandText = SchemaMigrations.All[next] + $"\nPRAGMA user_version = {next + 1};";
                command.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        if (version == SchemaMigrations.LatestVersion)
        {
            // Fail now, not halfway through a command, if another process holds the write lock.
            using var probe = connection.BeginTransaction(deferred: false);
            probe.Rollback();
        }
    }

    internal static object? Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar();
    }

    internal static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
