using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Data.Sqlite;
using PeerPractice.Sessions;

namespace PeerPractice.Sqlite;

// The session event logs: one row per session, one row per event. A command's events are appended
// in one transaction after checking the log's last sequence number, so a command is recorded whole
// or not at all and, of two writers, exactly one wins.
public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public ValueTask CreateAsync(StoredSession session, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(session);
        cancellationToken.ThrowIfCancellationRequested();
        var encoded = _codec.EncodeAppend(session.Id, 0, events);
        var status = StoredSession.StatusAfter(SessionStatus.Open, events);
        Write("create session", transaction =>
        {
            using (var exists = Command("SELECT 1 FROM sessions WHERE id = $id", transaction))
            {
                exists.Parameters.AddWithValue("$id", session.Id);
                if (exists.ExecuteScalar() is not null)
                {
                    throw StoreException.SessionAlreadyExists(session.Id);
                }
            }

            using (var insert = Command("INSERT INTO sessions(id, agenda_id, agenda_json, created_at, participants, settings, status, relationship_id) VALUES ($id, $agenda, $json, $at, $participants, $settings, $status, $relationship)", transaction))
            {
                insert.Parameters.AddWithValue("$id", session.Id);
                insert.Parameters.AddWithValue("$agenda", session.AgendaId);
                insert.Parameters.AddWithValue("$json", session.AgendaJson);
                insert.Parameters.AddWithValue("$at", session.CreatedAt.ToString("O", CultureInfo.InvariantCulture));
                insert.Parameters.AddWithValue("$participants", JsonSerializer.Serialize(session.Participants.ToList(), SqliteJsonContext.Default.ListParticipant));
                insert.Parameters.AddWithValue("$settings", session.HostData ?? "");
                insert.Parameters.AddWithValue("$status", StatusText(status));
                insert.Parameters.AddWithValue("$relationship", (object?)session.RelationshipId ?? DBNull.Value);
                insert.ExecuteNonQuery();
            }

            InsertEvents(session.Id, encoded, transaction);
            return 0;
        });
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<long> AppendAsync(string sessionId, long expectedVersion, IReadOnlyList<SessionEvent> events, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        cancellationToken.ThrowIfCancellationRequested();
        var encoded = _codec.EncodeAppend(sessionId, expectedVersion, events);
        var version = Write("append", transaction =>
        {
            string status;
            using (var find = Command("SELECT status, (SELECT COALESCE(MAX(sequence), 0) FROM session_events WHERE session_id = $id) FROM sessions WHERE id = $id", transaction))
            {
                find.Parameters.AddWithValue("$id", sessionId);
                using var reader = find.ExecuteReader();
                if (!reader.Read())
                {
                    throw StoreException.SessionNotFound(sessionId);
                }

                status = reader.GetString(0);
                var actual = reader.GetInt64(1);
                if (actual != expectedVersion)
                {
                    throw StoreException.StaleSequence(sessionId, expectedVersion, actual);
                }
            }

            InsertEvents(sessionId, encoded, transaction);
            var after = StatusText(StoredSession.StatusAfter(ParseStatus(status), events));
            if (!string.Equals(after, status, StringComparison.Ordinal))
            {
                using var update = Command("UPDATE sessions SET status = $status WHERE id = $id", transaction);
                update.Parameters.AddWithValue("$status", after);
                update.Parameters.AddWithValue("$id", sessionId);
                update.ExecuteNonQuery();
            }

            return expectedVersion + events.Count;
        });
        return ValueTask.FromResult(version);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<SessionEvent>> ReadAsync(string sessionId, long fromSequence = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        cancellationToken.ThrowIfCancellationRequested();
        var stored = Read(() =>
        {
            using var command = Command("SELECT sequence, kind, encrypted, payload FROM session_events WHERE session_id = $id AND sequence >= $from ORDER BY sequence");
            command.Parameters.AddWithValue("$id", sessionId);
            command.Parameters.AddWithValue("$from", fromSequence);
            using var reader = command.ExecuteReader();
            var rows = new List<EncodedEvent>();
            while (reader.Read())
            {
                rows.Add(new EncodedEvent(reader.GetInt64(0), reader.GetString(1), reader.GetInt64(2) != 0, (byte[])reader.GetValue(3)));
            }

            return rows;
        });
        return ValueTask.FromResult<IReadOnlyList<SessionEvent>>([.. stored.Select(e => _codec.Decode(sessionId, e))]);
    }

    /// <inheritdoc />
    public ValueTask<StoredSession?> FindAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(QuerySessions("WHERE s.id = $id", sessionId).SingleOrDefault());
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<StoredSession>> ListAsync(SessionQuery? query = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        query ??= SessionQuery.All;
        var where = query.Status is { } status ? "WHERE s.status = '" + StatusText(status) + "'" : "";
        if (query.RelationshipId is not null)
        {
            where += (where.Length == 0 ? "WHERE" : " AND") + " s.relationship_id = $id";
        }

        return ValueTask.FromResult<IReadOnlyList<StoredSession>>([.. QuerySessions(where, query.RelationshipId).Where(query.Matches)]);
    }

    /// <inheritdoc />
    public ValueTask SaveClockAsync(string sessionId, DateTimeOffset shownAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        cancellationToken.ThrowIfCancellationRequested();
        Write("save clock", transaction =>
        {
            using var find = Command("SELECT clock_at FROM sessions WHERE id = $id", transaction);
            find.Parameters.AddWithValue("$id", sessionId);
            using (var reader = find.ExecuteReader())
            {
                if (!reader.Read())
                {
                    throw StoreException.SessionNotFound(sessionId);
                }

                if (!reader.IsDBNull(0) && ParseTime(reader.GetString(0)) >= shownAt)
                {
                    return 0;
                }
            }

            using var update = Command("UPDATE sessions SET clock_at = $at WHERE id = $id", transaction);
            update.Parameters.AddWithValue("$at", shownAt.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture));
            update.Parameters.AddWithValue("$id", sessionId);
            return update.ExecuteNonQuery();
        });
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<IAsyncDisposable> ClaimAsync(string sessionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(sessionId);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(_locks.Claim(sessionId));
    }

    private void InsertEvents(string sessionId, IReadOnlyList<EncodedEvent> events, SqliteTransaction transaction)
    {
        foreach (var e in events)
        {
            using var command = Command("INSERT INTO session_events(session_id, sequence, kind, encrypted, payload) VALUES ($id, $sequence, $kind, $encrypted, $payload)", transaction);
            command.Parameters.AddWithValue("$id", sessionId);
            command.Parameters.AddWithValue("$sequence", e.Sequence);
            command.Parameters.AddWithValue("$kind", e.Kind);
            command.Parameters.AddWithValue("$encrypted", e.Encrypted ? 1 : 0);
            command.Parameters.AddWithValue("$payload", e.Payload.ToArray());
            command.ExecuteNonQuery();
        }
    }

    private List<StoredSession> QuerySessions(string where, string? id) => Read(() =>
    {
        using var command = Command(
            "SELECT s.id, s.agenda_id, s.agenda_json, s.created_at, s.participants, s.settings, s.status, s.clock_at, s.relationship_id, "
            + "(SELECT COALESCE(MAX(e.sequence), 0) FROM session_events e WHERE e.session_id = s.id) "
            + "FROM sessions s " + where + " ORDER BY s.created_at, s.id");
        if (id is not null)
        {
            command.Parameters.AddWithValue("$id", id);
        }

        using var reader = command.ExecuteReader();
        var sessions = new List<StoredSession>();
        while (reader.Read())
        {
            var sessionId = reader.GetString(0);
            List<Participant>? participants;
            try
            {
                participants = JsonSerializer.Deserialize(reader.GetString(4), SqliteJsonContext.Default.ListParticipant);
            }
            catch (JsonException e)
            {
                throw new StoreException(StoreErrorKind.Damaged, $"Session {sessionId} in {Path} has unreadable participants ({e.Message}); the database is damaged.", e);
            }

            sessions.Add(new StoredSession(
                sessionId,
                reader.GetString(1),
                reader.GetString(2),
                participants ?? throw new StoreException(StoreErrorKind.Damaged, $"Session {sessionId} in {Path} has no participants recorded; the database is damaged."),
                ParseTime(reader.GetString(3)),
                reader.GetString(5) is { Length: > 0 } hostData ? hostData : null,
                ParseStatus(reader.GetString(6)),
                reader.GetInt64(9),
                reader.IsDBNull(7) ? null : ParseTime(reader.GetString(7)))
            {
                RelationshipId = reader.IsDBNull(8) ? null : reader.GetString(8),
            });
        }

        return sessions;
    });

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
}
