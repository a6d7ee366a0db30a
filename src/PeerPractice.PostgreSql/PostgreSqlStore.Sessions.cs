using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using PeerPractice.PostgreSql.GroupCommit;
using PeerPractice.Sessions;

namespace PeerPractice.PostgreSql;

// The session event logs: one row per session (with the version its log ends at), one row per event.
// An append moves the version with "UPDATE ... WHERE version = expected" and inserts the events in
// the same statement (batched with other sessions' appends by the group-commit writer): concurrent
// writers queue on the row, and only the first sees its version. A creation inserts the row (unless
// the id is taken) and its first events in one statement, batched the same way.
public sealed partial class PostgreSqlStore
{
    private const string SessionColumns = "id, agenda_id, agenda_json, created_at, participants, host_data, status, version, clock_at, relationship_id";

    /// <inheritdoc />
    public async ValueTask CreateAsync(StoredSession session, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        cancellationToken.ThrowIfCancellationRequested();
        var encoded = _codec.EncodeAppend(session.Id, 0, events);
        var status = StoredSession.StatusAfter(SessionStatus.Open, events);
        var row = new SessionRow(
            session.Id,
            session.AgendaId,
            session.AgendaJson,
            session.CreatedAt.ToString("O", CultureInfo.InvariantCulture),
            session.CreatedAt.UtcTicks,
            JsonSerializer.Serialize(session.Participants.ToList(), PostgreSqlJsonContext.Default.ListParticipant),
            session.HostData,
            StatusText(status),
            session.RelationshipId);
        // Group commit: the writer stores this creation with the others pending in one statement and
        // one commit; a session with this id already there refuses it alone (GroupCommit/SessionWriter).
        await _writer.SubmitAsync(new PendingCreation(row, encoded), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<long> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        ArgumentNullException.ThrowIfNull(events);
        cancellationToken.ThrowIfCancellationRequested();
        var encoded = _codec.EncodeAppend(sessionId, expectedVersion, events);
        var closing = StoredSession.StatusAfter(SessionStatus.Open, events);
        // Group commit: the writer stores this append with the others pending in one statement and
        // one commit, checking this session's expected version on its own (GroupCommit/SessionWriter).
        return await _writer.SubmitAsync(new PendingAppend(sessionId, expectedVersion, encoded, StatusText(closing)), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<SessionEvent>> ReadAsync(string sessionId, long fromSequence = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        var stored = await Read(async connection =>
        {
            await using var command = Command(connection, "SELECT sequence, kind, encrypted, payload FROM peerpractice_session_events WHERE session_id = $1 AND sequence >= $2 ORDER BY sequence");
            command.Parameters.Add(new NpgsqlParameter { Value = sessionId });
            command.Parameters.Add(new NpgsqlParameter { Value = fromSequence });
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<EncodedEvent>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new EncodedEvent(reader.GetInt64(0), reader.GetString(1), reader.GetBoolean(2), reader.GetFieldValue<byte[]>(3)));
            }

            return rows;
        }, cancellationToken).ConfigureAwait(false);
        return [.. stored.Select(e => _codec.Decode(sessionId, e))];
    }

    /// <inheritdoc />
    public async ValueTask<StoredSession?> FindAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        return (await QuerySessions("WHERE id = $1", sessionId, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<StoredSession>> ListAsync(SessionQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= SessionQuery.All;
        var sessions = query.RelationshipId is { } relationshipId
            ? await QuerySessions("WHERE relationship_id = $1", relationshipId, cancellationToken).ConfigureAwait(false)
            : query.Status is { } status
            ? await QuerySessions("WHERE status = $1", StatusText(status), cancellationToken).ConfigureAwait(false)
            : await QuerySessions("", null, cancellationToken).ConfigureAwait(false);
        return [.. sessions.Where(query.Matches)];
    }

    /// <inheritdoc />
    public async ValueTask SaveClockAsync(string sessionId, DateTimeOffset shownAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        cancellationToken.ThrowIfCancellationRequested();
        await _writer.SubmitAsync(new PendingClock(sessionId, shownAt), cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    /// <remarks>
    /// A claim keeps one connection open for its lifetime (a session-level advisory lock lives on
    /// its connection): size the pool for the sessions open at once, or rely on a host's own single
    /// writer (an Orleans activation) and the expected-version check instead.
    /// </remarks>
    public async ValueTask<IAsyncDisposable> ClaimAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        var key = AdvisoryKey(sessionId);
        var connection = await Connect(_dataSource, Name, cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = Command(connection, "SELECT pg_try_advisory_lock($1)");
            command.Parameters.Add(new NpgsqlParameter { Value = key });
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
            {
                return new Claim(connection, key);
            }
        }
        catch (NpgsqlException e)
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw PostgreSqlErrors.Translate(e, Name, "claim");
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        throw StoreException.SessionInUse(sessionId, Name);
    }

    /// <summary>The session's advisory-lock key: 64 bits of its id's SHA-256 (collisions would only make two sessions share a claim).</summary>
    internal static long AdvisoryKey(string sessionId) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("peerpractice-session:" + sessionId)), 0);

    private async ValueTask<List<StoredSession>> QuerySessions(string where, string? argument, CancellationToken cancellationToken) => await Read(async connection =>
    {
        await using var command = Command(connection, "SELECT " + SessionColumns + " FROM peerpractice_sessions " + where + " ORDER BY created_utc, id");
        if (argument is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = argument });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var sessions = new List<StoredSession>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var sessionId = reader.GetString(0);
            List<Participant>? participants;
            try
            {
                participants = JsonSerializer.Deserialize(reader.GetString(4), PostgreSqlJsonContext.Default.ListParticipant);
            }
            catch (JsonException e)
            {
                throw new StoreException(StoreErrorKind.Damaged, $"Session {sessionId} in the {Name} has unreadable participants ({e.Message}); the database is damaged.", e);
            }

            sessions.Add(new StoredSession(
                sessionId,
                reader.GetString(1),
                reader.GetString(2),
                participants ?? throw new StoreException(StoreErrorKind.Damaged, $"Session {sessionId} in the {Name} has no participants recorded; the database is damaged."),
                ParseTime(reader.GetString(3)),
                reader.IsDBNull(5) ? null : reader.GetString(5),
                ParseStatus(reader.GetString(6)),
                reader.GetInt64(7),
                reader.IsDBNull(8) ? null : ParseTime(reader.GetString(8)))
            {
                RelationshipId = reader.IsDBNull(9) ? null : reader.GetString(9),
            });
        }

        return sessions;
    }, cancellationToken).ConfigureAwait(false);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);

    private static string StatusText(SessionStatus status) => status switch
    {
        SessionStatus.Finished => "finished",
        SessionStatus.Abandoned => "abandoned",
        _ => "open",
    };

    private static SessionStatus ParseStatus(string text) => text switch
    {
        "finished" => SessionStatus.Finished,
        "abandoned" => SessionStatus.Abandoned,
        _ => SessionStatus.Open,
    };

    /// <summary>Holds the advisory lock on its own connection; disposing unlocks it and returns the connection.</summary>
    private sealed class Claim(NpgsqlConnection connection, long key) : IAsyncDisposable
    {
        private int _released;

        public async ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) != 0)
            {
                return;
            }

            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
                command.Parameters.Add(new NpgsqlParameter { Value = key });
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            catch (NpgsqlException)
            {
                // The connection is gone, and the server released the lock with it.
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
