using System;
using System.Collections.Generic;
using System.Data;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;

namespace PeerPractice.PostgreSql.GroupCommit;

/// <summary>The writer's statements: one per kind of write in a batch, each its own commit, and what their outcome tells each write.</summary>
internal sealed partial class SessionWriter
{
    // One statement: the version moves only where it still is what the writer saw; the events of the
    // appends that moved it are inserted; the ids that moved come back. As a single statement outside a
    // transaction block it is atomic: all of it commits, or nothing does.
    private const string AppendSql = """
        WITH input AS (
            SELECT * FROM unnest($1::text[], $2::bigint[], $3::bigint[], $4::text[]) AS i(id, expected, version, closing)
        ), moved AS (
            UPDATE peerpractice_sessions s
            SET version = i.version, status = CASE WHEN i.closing = 'open' THEN s.status ELSE i.closing END
            FROM input i
            WHERE s.id = i.id AND s.version = i.expected
            RETURNING s.id
        ), inserted AS (
            INSERT INTO peerpractice_session_events(session_id, sequence, kind, encrypted, payload)
            SELECT e.session_id, e.sequence, e.kind, e.encrypted, e.payload
            FROM unnest($5::text[], $6::bigint[], $7::text[], $8::boolean[], $9::bytea[]) AS e(session_id, sequence, kind, encrypted, payload)
            WHERE e.session_id IN (SELECT id FROM moved)
        )
        SELECT id FROM moved
        """;

    // One statement for new sessions: rows whose id is free are inserted, with their first events; the
    // ids inserted come back (the others exist already). Atomic like the append's.
    private const string CreateSql = """
        WITH created AS (
            INSERT INTO peerpractice_sessions(id, agenda_id, agenda_json, created_at, created_utc, participants, host_data, status, version, relationship_id)
            SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::bigint[], $6::text[], $7::text[], $8::text[], $9::bigint[], $10::text[])
            ON CONFLICT (id) DO NOTHING
            RETURNING id
        ), inserted AS (
            INSERT INTO peerpractice_session_events(session_id, sequence, kind, encrypted, payload)
            SELECT e.session_id, e.sequence, e.kind, e.encrypted, e.payload
            FROM unnest($11::text[], $12::bigint[], $13::text[], $14::boolean[], $15::bytea[]) AS e(session_id, sequence, kind, encrypted, payload)
            WHERE e.session_id IN (SELECT id FROM created)
        )
        SELECT id FROM created
        """;

    // One statement for kept clocks: a row's time moves only forward (or is set when none was kept); the
    // ids found come back (a missing one is a session that does not exist).
    private const string ClockSql = """
        UPDATE peerpractice_sessions s
        SET clock_at = CASE WHEN s.clock_utc IS NULL OR s.clock_utc < i.utc THEN i.at ELSE s.clock_at END,
            clock_utc = GREATEST(COALESCE(s.clock_utc, i.utc), i.utc)
        FROM unnest($1::text[], $2::text[], $3::bigint[]) AS i(id, at, utc)
        WHERE s.id = i.id
        RETURNING s.id
        """;

    private async Task AppendAsync(NpgsqlConnection connection, List<PendingAppend> appends)
    {
        HashSet<string> moved;
        try
        {
            moved = await StoreAppendsAsync(connection, appends).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            FailAll(appends, e, "append");
            return;
        }

        // Committed: acknowledge.
        var refused = new List<PendingAppend>();
        foreach (var append in appends)
        {
            if (moved.Contains(append.SessionId))
            {
                append.Succeed();
            }
            else
            {
                refused.Add(append);
            }
        }

        if (refused.Count > 0)
        {
            await RefuseAsync(connection, refused).ConfigureAwait(false);
        }
    }

    private async Task CreateAsync(NpgsqlConnection connection, List<PendingCreation> creations)
    {
        HashSet<string> created;
        try
        {
            created = await StoreCreationsAsync(connection, creations).ConfigureAwait(false);
        }
        catch (PostgresException) when (creations.Count > 1 && connection.FullState == ConnectionState.Open)
        {
            // The server refused the statement (one creation's value, a trigger): nothing of it was
            // written. Each alone again, so only the one at fault fails.
            foreach (var creation in creations)
            {
                await CreateAsync(connection, [creation]).ConfigureAwait(false);
            }

            return;
        }
        catch (NpgsqlException e)
        {
            FailAll(creations, e, "create session");
            return;
        }

        Acknowledge(creations, created, StoreException.SessionAlreadyExists);
    }

    private async Task KeepClocksAsync(NpgsqlConnection connection, List<PendingClock> clocks)
    {
        HashSet<string> found;
        try
        {
            await using var command = new NpgsqlCommand(ClockSql, connection);
            Add(command, NpgsqlDbType.Text, clocks.ConvertAll(c => c.SessionId));
            Add(command, NpgsqlDbType.Text, clocks.ConvertAll(c => c.ShownAt));
            Add(command, NpgsqlDbType.Bigint, clocks.ConvertAll(c => c.ShownAtTicks));
            found = await ExecuteAsync(command).ConfigureAwait(false);
        }
        catch (NpgsqlException e)
        {
            FailAll(clocks, e, "save clock");
            return;
        }

        Acknowledge(clocks, found, StoreException.SessionNotFound);
    }

    /// <summary>A statement the server refused or lost: nothing of it was written, and each of its writes fails with the reason.</summary>
    private void FailAll<T>(List<T> writes, NpgsqlException e, string operation)
        where T : PendingWrite
    {
        var error = PostgreSqlErrors.Translate(e, _name, operation);
        PostgreSqlStoreLog.Refused(_logger, _name, error.Kind, error);
        foreach (var write in writes)
        {
            write.Fail(error);
        }
    }

    /// <summary>After the commit: the writes whose session the statement returned are acknowledged, the others refused with <paramref name="refusal"/>.</summary>
    private static void Acknowledge<T>(List<T> writes, HashSet<string> stored, Func<string, StoreException> refusal)
        where T : PendingWrite
    {
        foreach (var write in writes)
        {
            if (stored.Contains(write.SessionId))
            {
                write.Succeed();
            }
            else
            {
                write.Fail(refusal(write.SessionId));
            }
        }
    }

    /// <summary>The appends' statement; returns the sessions whose appends it stored, after its commit.</summary>
    private async Task<HashSet<string>> StoreAppendsAsync(NpgsqlConnection connection, List<PendingAppend> appends)
    {
        await using var command = new NpgsqlCommand(AppendSql, connection);
        Add(command, NpgsqlDbType.Text, appends.ConvertAll(a => a.SessionId));
        Add(command, NpgsqlDbType.Bigint, appends.ConvertAll(a => a.ExpectedVersion));
        Add(command, NpgsqlDbType.Bigint, appends.ConvertAll(a => a.Version));
        Add(command, NpgsqlDbType.Text, appends.ConvertAll(a => a.Closing));
        AddEvents(command, appends);
        return await ExecuteAsync(command).ConfigureAwait(false);
    }

    /// <summary>The creations' statement; returns the sessions it created, after its commit.</summary>
    private async Task<HashSet<string>> StoreCreationsAsync(NpgsqlConnection connection, List<PendingCreation> creations)
    {
        await using var command = new NpgsqlCommand(CreateSql, connection);
        Add(command, NpgsqlDbType.Text, creations.ConvertAll(c => c.Row.Id));
        Add(command, NpgsqlDbType.Text, creations.ConvertAll(c => c.Row.AgendaId));
        Add(command, NpgsqlDbType.Text, creations.ConvertAll(c => c.Row.AgendaJson));
        Add(command, NpgsqlDbType.Text, creations.ConvertAll(c => c.Row.CreatedAt));
        Add(command, NpgsqlDbType.Bigint, creations.ConvertAll(c => c.Row.CreatedUtc));
        Add(command, NpgsqlDbType.Text, creations.ConvertAll(c => c.Row.Participants));
        Add(command, NpgsqlDbType.Text, creations.ConvertAll(c => c.Row.HostData));
        Add(command, NpgsqlDbType.Text, creations.ConvertAll(c => c.Row.Status));
        Add(command, NpgsqlDbType.Bigint, creations.ConvertAll(c => c.Version));
        Add(command, NpgsqlDbType.Text, creations.ConvertAll(c => c.Row.RelationshipId));
        AddEvents(command, creations);
        return await ExecuteAsync(command).ConfigureAwait(false);
    }

    private static void Add<T>(NpgsqlCommand command, NpgsqlDbType type, List<T> values) =>
        command.Parameters.Add(new NpgsqlParameter { Value = values.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | type });

    /// <summary>The writes' events as five parallel arrays (session, sequence, kind, encrypted, payload).</summary>
    private static void AddEvents<T>(NpgsqlCommand command, List<T> writes)
        where T : PendingWrite
    {
        var count = writes.Sum(w => w.Events.Count);
        var sessions = new string[count];
        var sequences = new long[count];
        var kinds = new string[count];
        var encrypted = new bool[count];
        var payloads = new byte[count][];
        var at = 0;
        foreach (var write in writes)
        {
            foreach (var e in write.Events)
            {
                sessions[at] = write.SessionId;
                sequences[at] = e.Sequence;
                kinds[at] = e.Kind;
                encrypted[at] = e.Encrypted;
                payloads[at] = e.Payload.ToArray();
                at++;
            }
        }

        command.Parameters.Add(new NpgsqlParameter { Value = sessions, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = sequences, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bigint });
        command.Parameters.Add(new NpgsqlParameter { Value = kinds, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = encrypted, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Boolean });
        command.Parameters.Add(new NpgsqlParameter { Value = payloads, NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Bytea });
    }

    /// <summary>Runs a statement that returns session ids, reading the reply to its end (the commit's outcome comes last).</summary>
    private async Task<HashSet<string>> ExecuteAsync(NpgsqlCommand command)
    {
        Interlocked.Increment(ref _batches);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                ids.Add(reader.GetString(0));
            }

            // The commit follows the statement's last row: a failing commit (a deferred constraint, a
            // lost connection) is reported only when the reply is read to its end.
            while (await reader.NextResultAsync().ConfigureAwait(false))
            {
            }
        }

        return ids;
    }

    /// <summary>Says why each left-out append was refused: another writer moved its session on, or there is no such session.</summary>
    private async Task RefuseAsync(NpgsqlConnection connection, List<PendingAppend> refused)
    {
        var versions = new Dictionary<string, long>(StringComparer.Ordinal);
        try
        {
            await using var command = new NpgsqlCommand("SELECT id, version FROM peerpractice_sessions WHERE id = ANY($1)", connection);
            Add(command, NpgsqlDbType.Text, refused.ConvertAll(a => a.SessionId));
            await using var reader = await command.ExecuteReaderAsync().ConfigureAwait(false);
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                versions[reader.GetString(0)] = reader.GetInt64(1);
            }
        }
        catch (NpgsqlException e)
        {
            // Nothing of these appends was written; only the reason could not be read.
            var error = PostgreSqlErrors.Translate(e, _name, "append");
            foreach (var append in refused)
            {
                append.Fail(error);
            }

            return;
        }

        foreach (var append in refused)
        {
            append.Fail(versions.TryGetValue(append.SessionId, out var actual)
                ? StoreException.StaleSequence(append.SessionId, append.ExpectedVersion, actual)
                : StoreException.SessionNotFound(append.SessionId));
        }
    }
}
