using System;
using System.Data;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using PeerPractice.Matching;
using PeerPractice.PostgreSql.GroupCommit;
using PeerPractice.Sessions;

namespace PeerPractice.PostgreSql;

/// <summary>
/// PeerPractice's stores in one PostgreSQL database, shared by every host or silo that opens it: the
/// session event logs (<see cref="ISessionStore"/>) and the pairing history
/// (<see cref="IPairingHistoryStore"/>), relationships and introductions (<see cref="IRelationshipStore"/>,
/// <see cref="IIntroductionStore"/>), breakfasts and site visits (<see cref="Breakfasts.IBreakfastStore"/>,
/// <see cref="Visits.IVisitStore"/>). One transaction per call, except the session logs' writes:
/// appends and creations from many sessions that arrive together share one statement and one commit
/// (group commit) on the writer's own connections, each with its own version or existence check,
/// acknowledged only after that commit. A command's events are appended
/// only if the log still ends at the version the writer names (checked in the same transaction), so
/// of two writers, even in two processes, one wins and the other gets
/// <see cref="StoreErrorKind.StaleSequence"/>. <see cref="ClaimAsync"/> holds a session-level advisory
/// lock, which the server releases when the holder's connection ends (a crashed host never leaves a
/// session claimed). Private notes are encrypted by <see cref="SessionEventCodec"/> before they reach
/// the server. Thread-safe: calls draw connections from Npgsql's pool; the writer keeps
/// <c>2</c> connections of its own besides it.
/// </summary>
public sealed partial class PostgreSqlStore : ISessionStore, IPairingHistoryStore, IAsyncDisposable, IDisposable
{
    private const string KeyIdMetaKey = "note_key_id";

    private readonly NpgsqlDataSource _dataSource;
    private readonly SessionEventCodec _codec;
    private readonly ILogger _logger;
    private readonly SessionWriter _writer;

    private PostgreSqlStore(NpgsqlDataSource dataSource, string connectionString, SessionEventCodec codec, ILogger logger, string name)
    {
        _dataSource = dataSource;
        _codec = codec;
        _logger = logger;
        Name = name;
        _writer = new SessionWriter(connectionString, name, logger);
    }

    /// <summary>The database, for messages (host, port and database name; never the password).</summary>
    public string Name { get; }

    /// <summary>The schema version this package writes; a database with a higher one is refused.</summary>
    public static int LatestSchemaVersion => PostgreSqlSchema.LatestVersion;

    /// <summary>The note key's fingerprint this store was written with.</summary>
    public string NoteKeyId => _codec.KeyId;

    /// <summary>The group-commit writer of session appends and creations (tests hold it between batches).</summary>
    internal SessionWriter Writer => _writer;

    /// <summary>
    /// Connects, creates or migrates the schema (several processes may do so at once), and opens the
    /// note key. The database itself must exist.
    /// </summary>
    /// <param name="connectionString">An Npgsql connection string (<c>Host=...;Database=...;Username=...</c>).</param>
    /// <param name="keys">The private-note key (see <see cref="NoteKeyFile"/>); every process sharing the database needs the same key.</param>
    /// <param name="logger">Logs migrations and refusals; none when null.</param>
    /// <param name="cancellationToken">Cancels the opening.</param>
    /// <returns>The open store.</returns>
    /// <exception cref="StoreException"><see cref="StoreErrorKind.WriteFailed"/> when the server is unreachable or refuses; <see cref="StoreErrorKind.NewerSchema"/>; <see cref="StoreErrorKind.NoteKey"/>.</exception>
    public static async ValueTask<PostgreSqlStore> OpenAsync(string connectionString, INoteKeyProvider keys, ILogger<PostgreSqlStore>? logger = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(keys);
        ILogger log = logger ?? (ILogger)NullLogger.Instance;
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
        var dataSource = NpgsqlDataSource.Create(builder);
        SessionEventCodec? codec = null;
        try
        {
            await using var connection = await Connect(dataSource, name, cancellationToken).ConfigureAwait(false);
            string? keyId;
            try
            {
                await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
                await Execute(connection, transaction, "SELECT pg_advisory_xact_lock(" + PostgreSqlSchema.MigrationLock + ")", cancellationToken).ConfigureAwait(false);
                await Execute(connection, transaction, PostgreSqlSchema.Meta, cancellationToken).ConfigureAwait(false);
                var version = int.Parse(await GetMeta(connection, transaction, PostgreSqlSchema.VersionKey, cancellationToken).ConfigureAwait(false) ?? "0", System.Globalization.CultureInfo.InvariantCulture);
                if (version > PostgreSqlSchema.LatestVersion)
                {
                    throw new StoreException(StoreErrorKind.NewerSchema, $"The {name} has schema version {version}, written by a newer PeerPractice; this one knows {PostgreSqlSchema.LatestVersion}. Upgrade PeerPractice.PostgreSql; nothing was changed.");
                }

                for (var next = version; next < PostgreSqlSchema.LatestVersion; next++)
                {
                    await Execute(connection, transaction, PostgreSqlSchema.Migrations[next], cancellationToken).ConfigureAwait(false);
                    PostgreSqlStoreLog.Migrated(log, name, next + 1);
                }

                await SetMeta(connection, transaction, PostgreSqlSchema.VersionKey, PostgreSqlSchema.LatestVersion.ToString(System.Globalization.CultureInfo.InvariantCulture), cancellationToken).ConfigureAwait(false);
                keyId = await GetMeta(connection, transaction, KeyIdMetaKey, cancellationToken).ConfigureAwait(false);
                codec = SessionEventCodec.Open(keys, keyId, name);
                if (keyId is null)
                {
                    await SetMeta(connection, transaction, KeyIdMetaKey, codec.KeyId, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (NpgsqlException e)
            {
                throw PostgreSqlErrors.Translate(e, name, "open");
            }

            return new PostgreSqlStore(dataSource, builder.ConnectionString, codec, log, name);
        }
        catch (StoreException e)
        {
            codec?.Dispose();
            await dataSource.DisposeAsync().ConfigureAwait(false);
            PostgreSqlStoreLog.Refused(log, name, e.Kind, e);
            throw;
        }
        catch
        {
            codec?.Dispose();
            await dataSource.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        // Writes already queued are stored (or fail) before the connections go.
        _writer.DisposeAsync().AsTask().GetAwaiter().GetResult();
        _codec.Dispose();
        _dataSource.Dispose();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _writer.DisposeAsync().ConfigureAwait(false);
        _codec.Dispose();
        await _dataSource.DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Runs one call in one transaction on a pooled connection, turning server failures into typed errors.</summary>
    private async ValueTask<T> Write<T>(string operation, Func<NpgsqlConnection, NpgsqlTransaction, ValueTask<T>> body, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await Connect(_dataSource, Name, cancellationToken).ConfigureAwait(false);
            await using var transaction = await connection.BeginTransactionAsync(IsolationLevel.ReadCommitted, cancellationToken).ConfigureAwait(false);
            var result = await body(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        catch (NpgsqlException e)
        {
            var error = PostgreSqlErrors.Translate(e, Name, operation);
            PostgreSqlStoreLog.Refused(_logger, Name, error.Kind, error);
            throw error;
        }
    }

    /// <summary>Runs one read on a pooled connection.</summary>
    private async ValueTask<T> Read<T>(Func<NpgsqlConnection, ValueTask<T>> body, CancellationToken cancellationToken)
    {
        try
        {
            await using var connection = await Connect(_dataSource, Name, cancellationToken).ConfigureAwait(false);
            return await body(connection).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw PostgreSqlErrors.Translate(e, Name, "read");
        }
    }

    private static async ValueTask<NpgsqlConnection> Connect(NpgsqlDataSource dataSource, string name, CancellationToken cancellationToken)
    {
        try
        {
            return await dataSource.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            throw PostgreSqlErrors.Translate(e, name, "connect");
        }
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, NpgsqlTransaction? transaction = null) =>
        new(sql, connection, transaction);

    private static async ValueTask Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql, transaction);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private static async ValueTask<string?> GetMeta(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "SELECT value FROM peerpractice_meta WHERE key = $1", transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    private static async ValueTask SetMeta(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, string value, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, "INSERT INTO peerpractice_meta(key, value) VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = excluded.value", transaction);
        command.Parameters.Add(new NpgsqlParameter { Value = key });
        command.Parameters.Add(new NpgsqlParameter { Value = value });
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
