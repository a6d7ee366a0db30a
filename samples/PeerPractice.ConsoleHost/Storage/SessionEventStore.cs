using System.Globalization;
using System.Text;

namespace PeerPractice.ConsoleHost.Storage;

/// <summary>A session as listed by <c>session list</c>.</summary>
internal sealed record StoredSession(string Id, string AgendaId, string AgendaJson, DateTimeOffset CreatedAt, string ParticipantsJson, string SettingsJson, string Status);

/// <summary>An event ready to be written: its serialized form and whether it carries private text.</summary>
internal readonly record struct PendingEvent(long Sequence, string Kind, string PayloadJson, bool IsPrivate);

/// <summary>One event of a session's log, as the session engine serialized it.</summary>
internal sealed record StoredEvent(long Sequence, string Kind, string PayloadJson);

/// <summary>
/// The append-only session event log. Each event is committed in its own transaction before the
/// screen shows it, so killing the host at any point loses nothing that was shown. Private events
/// (those carrying private note text) are stored encrypted.
/// </summary>
internal sealed class SessionEventStore(HostDatabase database, NoteProtector protector)
{
    public void CreateSession(string id, string agendaId, string agendaJson, string participantsJson, string settingsJson, DateTimeOffset createdAt)
    {
        using var transaction = database.BeginWrite();
        using var command = database.Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "INSERT INTO sessions(id, agenda_id, agenda_json, created_at, participants, settings, status) VALUES ($id, $agenda, $json, $at, $participants, $settings, 'open')";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$agenda", agendaId);
        command.Parameters.AddWithValue("$at", createdAt.ToString("O", CultureInfo.InvariantCulture));
        command.Parameters.AddWithValue("$participants", participantsJson);
        command.Parameters.AddWithValue("$json", agendaJson);
        command.Parameters.AddWithValue("$settings", settingsJson);
        command.ExecuteNonQuery();
        transaction.Commit();
    }

    /// <summary>Appends one event durably; a duplicate sequence number is refused, never overwritten.</summary>
    public void Append(string sessionId, long sequence, string kind, string payloadJson, bool isPrivate) =>
        Append(sessionId, [new PendingEvent(sequence, kind, payloadJson, isPrivate)], newStatus: null);

    /// <summary>
    /// Appends the events one command produced, in one transaction: a command is recorded whole or
    /// not at all, so a crash can never leave half a turn change in the log.
    /// </summary>
    public void Append(string sessionId, IReadOnlyList<PendingEvent> events, string? newStatus)
    {
        using var transaction = database.BeginWrite();
        foreach (var pending in events)
        {
            using var command = database.Connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO session_events(session_id, sequence, kind, encrypted, payload) VALUES ($id, $sequence, $kind, $encrypted, $payload)";
            command.Parameters.AddWithValue("$id", sessionId);
            command.Parameters.AddWithValue("$sequence", pending.Sequence);
            command.Parameters.AddWithValue("$kind", pending.Kind);
            command.Parameters.AddWithValue("$encrypted", pending.IsPrivate ? 1 : 0);
            command.Parameters.AddWithValue("$payload", pending.IsPrivate ? protector.Encrypt(pending.PayloadJson, sessionId, pending.Sequence) : Encoding.UTF8.GetBytes(pending.PayloadJson));
            command.ExecuteNonQuery();
        }

        if (newStatus is not null)
        {
            using var status = database.Connection.CreateCommand();
            status.Transaction = transaction;
            status.CommandText = "UPDATE sessions SET status = $status WHERE id = $id";
            status.Parameters.AddWithValue("$status", newStatus);
            status.Parameters.AddWithValue("$id", sessionId);
            status.ExecuteNonQuery();
        }

        transaction.Commit();
    }

    public StoredSession? Find(string sessionId) => Query("WHERE id = $id", sessionId).SingleOrDefault();

    public IReadOnlyList<StoredSession> List() => Query("", null);

    public IReadOnlyList<StoredEvent> Read(string sessionId)
    {
        using var command = database.Connection.CreateCommand();
        command.CommandText = "SELECT sequence, kind, encrypted, payload FROM session_events WHERE session_id = $id ORDER BY sequence";
        command.Parameters.AddWithValue("$id", sessionId);
        using var reader = command.ExecuteReader();
        var events = new List<StoredEvent>();
        while (reader.Read())
        {
            var sequence = reader.GetInt64(0);
            var payload = (byte[])reader.GetValue(3);
            var json = reader.GetInt64(2) != 0 ? protector.Decrypt(payload, sessionId, sequence) : Encoding.UTF8.GetString(payload);
            events.Add(new StoredEvent(sequence, reader.GetString(1), json));
        }

        return events;
    }

    private List<StoredSession> Query(string where, string? id)
    {
        using var command = database.Connection.CreateCommand();
        command.CommandText = "SELECT id, agenda_id, agenda_json, created_at, participants, settings, status FROM sessions " + where + " ORDER BY created_at, id";
        if (id is not null)
        {
            command.Parameters.AddWithValue("$id", id);
        }

        using var reader = command.ExecuteReader();
        var sessions = new List<StoredSession>();
        while (reader.Read())
        {
            sessions.Add(new StoredSession(
                reader.GetString(0),
                reader.GetString(1),
                reader.GetString(2),
                DateTimeOffset.Parse(reader.GetString(3), CultureInfo.InvariantCulture),
                reader.GetString(4),
                reader.GetString(5),
                reader.GetString(6)));
        }

        return sessions;
    }
}
