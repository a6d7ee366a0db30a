using System;
using System.Globalization;
using System.IO;
using System.Text;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace PeerPractice.Sqlite;

/// <summary>
/// One SQLite file, opened with checks that turn every bad state (not SQLite, corrupt, read-only,
/// locked, from a newer version) into a <see cref="StoreException"/> before anything is written,
/// then migrated to the current schema.
/// </summary>
internal sealed class SqliteDatabase : IDisposable
{
    private static readonly byte[] _sqliteHeader = Encoding.ASCII.GetBytes("SQLite format 3\0");

    private SqliteDatabase(string path, SqliteConnection connection)
    {
        Path = path;
        Connection = connection;
    }

    public string Path { get; }

    public SqliteConnection Connection { get; }

    /// <summary>Opens (creating when missing) and migrates the database at <paramref name="path"/>.</summary>
    public static SqliteDatabase Open(string path, ILogger logger)
    {
        path = System.IO.Path.GetFullPath(path);
        var exists = File.Exists(path);
        if (exists)
        {
            CheckHeader(path);
            CheckWritable(path);
            RepairSidecarModes(path, logger);
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
            Migrate(connection, path, logger);
            return new SqliteDatabase(path, connection);
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

    /// <summary>Every SQLite failure as the typed error that says what happened and what to do.</summary>
    internal static StoreException Translate(SqliteException e, string path) => (e.SqliteErrorCode & 0xFF) switch
    {
        5 or 6 => new StoreException(StoreErrorKind.Locked, $"The database {path} is locked by another process (another program using it?). Close it and try again; nothing was changed.", e),
        11 or 26 => new StoreException(StoreErrorKind.NotAStore, $"The database {path} is corrupt or not a PeerPractice database ({e.Message}). Restore it from a backup or use another file; nothing was changed.", e),
        8 => new StoreException(StoreErrorKind.WriteFailed, $"The database {path} (or its -wal/-shm file, or its folder) is read-only. Make them writable by this user and try again; nothing of this command was saved, and the session can be resumed.", e),
        13 => new StoreException(StoreErrorKind.WriteFailed, $"The disk holding {path} is full. Free some space and try again; nothing of this command was saved, and the session can be resumed.", e),
        10 or 14 => new StoreException(StoreErrorKind.WriteFailed, $"The database {path} could not be written ({e.Message}): an I/O error. Check the disk and the file, then try again; nothing of this command was saved, and the session can be resumed.", e),
        _ => new StoreException(StoreErrorKind.WriteFailed, $"The database {path} could not be used: {e.Message}. Nothing of this command was saved.", e),
    };

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

    private static void CheckHeader(string path)
    {
        var header = new byte[_sqliteHeader.Length];
        int read;
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
            read = stream.ReadAtLeast(header, header.Length, throwOnEndOfStream: false);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            throw new StoreException(StoreErrorKind.WriteFailed, $"The database {path} cannot be read ({e.Message}). Give this user read and write access to it; nothing was changed.", e);
        }

        // SQLite treats an empty file as a new database; anything else must carry its header.
        if (read != 0 && (read < header.Length || !header.AsSpan().SequenceEqual(_sqliteHeader)))
        {
            throw new StoreException(StoreErrorKind.NotAStore, $"The file {path} is not a SQLite database. Use a PeerPractice database or a new file; nothing was changed.");
        }
    }

    /// <summary>
    /// A read-only file is refused before SQLite opens it: SQLite would open it read-only, create
    /// -wal and -shm files with the same read-only mode, and those would block the next run even
    /// after the database is made writable again.
    /// </summary>
    private static void CheckWritable(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            if ((File.GetAttributes(path) & FileAttributes.ReadOnly) != 0)
            {
                throw ReadOnly(path, "read-only attribute");
            }

            return;
        }

        var mode = File.GetUnixFileMode(path);
        if ((mode & UnixFileMode.UserWrite) == 0)
        {
            throw ReadOnly(path, "mode " + Convert.ToString((int)mode, 8).PadLeft(4, '0'));
        }
    }

    private static StoreException ReadOnly(string path, string why) =>
        new(StoreErrorKind.WriteFailed, $"The database {path} is read-only ({why}). Make it writable (chmod u+w) and try again; nothing was changed.");

    /// <summary>Gives -wal and -shm files left read-only by an earlier failed run the database's own mode back.</summary>
    private static void RepairSidecarModes(string path, ILogger logger)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        var mode = File.GetUnixFileMode(path);
        foreach (var sidecar in new[] { path + "-wal", path + "-shm" })
        {
            if (File.Exists(sidecar) && (File.GetUnixFileMode(sidecar) & UnixFileMode.UserWrite) == 0)
            {
                try
                {
                    File.SetUnixFileMode(sidecar, mode);
                    SqliteStoreLog.RepairedSidecar(logger, sidecar);
                }
                catch (Exception e) when (e is UnauthorizedAccessException or IOException)
                {
                    throw new StoreException(StoreErrorKind.WriteFailed, $"The file {sidecar} is read-only and cannot be made writable ({e.Message}). Make it writable (chmod u+w) and try again; nothing was changed.", e);
                }
            }
        }
    }

    private static void CheckIntegrity(SqliteConnection connection, string path)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA quick_check;";
        var result = command.ExecuteScalar() as string;
        if (!string.Equals(result, "ok", StringComparison.Ordinal))
        {
            throw new StoreException(StoreErrorKind.NotAStore, $"The database {path} is corrupt ({result}). Restore it from a backup or use another file; nothing was changed.");
        }
    }

    private static void Migrate(SqliteConnection connection, string path, ILogger logger)
    {
        var version = Convert.ToInt32(Scalar(connection, "PRAGMA user_version;"), CultureInfo.InvariantCulture);
        if (version > SchemaMigrations.LatestVersion)
        {
            throw new StoreException(
                StoreErrorKind.NewerSchema,
                $"The database {path} has schema version {version}, newer than this PeerPractice understands ({SchemaMigrations.LatestVersion}). Use a newer version; nothing was changed.");
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
            SqliteStoreLog.Migrated(logger, path, next + 1);
        }

        if (version == SchemaMigrations.LatestVersion)
        {
            // Fail now, not halfway through a command, if another process holds the write lock.
            using var probe = connection.BeginTransaction(deferred: false);
            probe.Rollback();
        }
    }
}
