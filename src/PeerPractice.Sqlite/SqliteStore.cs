using System;
using System.Threading;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using PeerPractice.Breakfasts;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Visits;

namespace PeerPractice.Sqlite;

/// <summary>
/// PeerPractice's stores in one SQLite file: the session event logs (<see cref="ISessionStore"/>),
/// relationships (<see cref="IRelationshipStore"/>), the pairing history (<see cref="IPairingHistoryStore"/>),
/// introductions (<see cref="IIntroductionStore"/>), breakfasts (<see cref="IBreakfastStore"/>) and site
/// visits (<see cref="IVisitStore"/>). WAL with <c>synchronous=FULL</c>, one
/// transaction per call, versioned migrations; a file that is not a PeerPractice store, is corrupt,
/// read-only, locked or from a newer version is refused with a <see cref="StoreException"/> and left
/// untouched. Private notes are encrypted by <see cref="SessionEventCodec"/> before they reach SQLite.
/// One object serves every thread of a process (calls are serialized); several processes may open
/// the same file, and <see cref="ClaimAsync"/> keeps each session to one writer.
/// </summary>
public sealed partial class SqliteStore : ISessionStore, IPairingHistoryStore, IRelationshipStore, IIntroductionStore, IBreakfastStore, IVisitStore, IDisposable
{
    private const string KeyIdMetaKey = "note_key_id";

    private readonly Lock _gate = new();
    private readonly SqliteDatabase _database;
    private readonly SessionEventCodec _codec;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly TimeSpan _slow;
    private readonly SessionLocks _locks;

    private SqliteStore(SqliteDatabase database, SessionEventCodec codec, ILogger logger, TimeProvider time, TimeSpan slow)
    {
        _database = database;
        _codec = codec;
        _logger = logger;
        _time = time;
        _slow = slow;
        _locks = new SessionLocks(database.Path);
    }

    /// <summary>The database file.</summary>
    public string Path => _database.Path;

    /// <summary>The schema version this package writes; a file with a higher one is refused.</summary>
    public static int LatestSchemaVersion => SchemaMigrations.LatestVersion;

    /// <summary>Opens (creating when missing) and migrates the store at <paramref name="path"/>, and opens its note key.</summary>
    /// <param name="path">The SQLite file.</param>
    /// <param name="keys">The private-note key (see <see cref="NoteKeyFile"/>).</param>
    /// <param name="time">Measures slow commands; <see cref="TimeProvider.System"/> when null.</param>
    /// <param name="logger">Logs migrations, refusals, repairs and slow commands; none when null.</param>
    /// <param name="slowCommandThreshold">A call slower than this is logged; 250 ms when null.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="StoreException">Not a store, corrupt, newer schema, locked, read-only, or a note key problem; nothing was written.</exception>
    public static SqliteStore Open(string path, INoteKeyProvider keys, TimeProvider? time = null, ILogger<SqliteStore>? logger = null, TimeSpan? slowCommandThreshold = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentNullException.ThrowIfNull(keys);
        ILogger log = logger ?? (ILogger)NullLogger.Instance;
        SqliteDatabase? database = null;
        SessionEventCodec? codec = null;
        try
        {
            // A new file is created only once the key is known to be good: a refused key leaves nothing behind.
            if (!System.IO.File.Exists(path))
            {
                codec = SessionEventCodec.Open(keys, null, System.IO.Path.GetFullPath(path));
            }

            database = SqliteDatabase.Open(path, log);
            var expectedKeyId = database.GetMeta(KeyIdMetaKey);
            if (codec is not null && expectedKeyId is not null)
            {
                // Another process created the file meanwhile: check the key against it like any other.
                codec.Dispose();
                codec = null;
            }

            codec ??= SessionEventCodec.Open(keys, expectedKeyId, database.Path);
            if (expectedKeyId is null)
            {
                try
                {
                    database.SetMeta(KeyIdMetaKey, codec.KeyId);
                }
                catch (SqliteException e)
                {
                    throw SqliteDatabase.Translate(e, database.Path);
                }
            }

            return new SqliteStore(database, codec, log, time ?? TimeProvider.System, slowCommandThreshold ?? TimeSpan.FromMilliseconds(250));
        }
        catch (StoreException e)
        {
            codec?.Dispose();
            database?.Dispose();
            SqliteStoreLog.Refused(log, System.IO.Path.GetFullPath(path), e.Kind, e);
            throw;
        }
        catch
        {
            codec?.Dispose();
            database?.Dispose();
            throw;
        }
    }

    /// <summary>The note key's fingerprint this store was written with.</summary>
    public string NoteKeyId => _codec.KeyId;

    /// <inheritdoc />
    public void Dispose()
    {
        lock (_gate)
        {
            _codec.Dispose();
            _database.Dispose();
        }
    }

    /// <summary>The connection, for tests that simulate a full disk or inspect pragmas.</summary>
    internal SqliteConnection Connection => _database.Connection;

    /// <summary>Runs one write in one transaction, under the store's lock, turning SQLite failures into typed errors.</summary>
    private T Write<T>(string operation, Func<SqliteTransaction, T> body)
    {
        lock (_gate)
        {
            var started = _time.GetTimestamp();
            try
            {
                using var transaction = _database.BeginWrite();
                var result = body(transaction);
                transaction.Commit();
                return result;
            }
            catch (SqliteException e)
            {
                throw SqliteDatabase.Translate(e, Path);
            }
            finally
            {
                var elapsed = _time.GetElapsedTime(started);
                if (elapsed > _slow)
                {
                    SqliteStoreLog.SlowCommand(_logger, operation, Path, elapsed.TotalMilliseconds);
                }
            }
        }
    }

    /// <summary>Runs one read under the store's lock.</summary>
    private T Read<T>(Func<T> body)
    {
        lock (_gate)
        {
            try
            {
                return body();
            }
            catch (SqliteException e)
            {
                throw SqliteDatabase.Translate(e, Path);
            }
        }
    }

    private SqliteCommand Command(string sql, SqliteTransaction? transaction = null)
    {
        var command = _database.Connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
