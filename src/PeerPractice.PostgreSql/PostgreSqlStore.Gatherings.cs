using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;
using PeerPractice.Breakfasts;
using PeerPractice.Visits;

namespace PeerPractice.PostgreSql;

// Breakfasts and visits: each row holds the whole event or plan in its file format, written by the
// library's writer and read back by its loader; a row the loader refuses is reported as damaged. An add
// is an insert that refuses a taken id in the server (so of two processes adding one id, one wins), an
// update a single-row replace that reports an unknown id; both are one statement, never half-written.
public sealed partial class PostgreSqlStore : IBreakfastStore, IVisitStore
{
    /// <inheritdoc />
    public ValueTask<bool> AddBreakfastAsync(BreakfastEvent breakfast, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(breakfast);
        cancellationToken.ThrowIfCancellationRequested();
        return Upsert("peerpractice_breakfasts", breakfast.Id, breakfast.Start, null, BreakfastEventWriter.Write(breakfast), insert: true, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<bool> UpdateBreakfastAsync(BreakfastEvent breakfast, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(breakfast);
        cancellationToken.ThrowIfCancellationRequested();
        return Upsert("peerpractice_breakfasts", breakfast.Id, breakfast.Start, null, BreakfastEventWriter.Write(breakfast), insert: false, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<BreakfastEvent?> GetBreakfastAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (await Rows("peerpractice_breakfasts", id, cancellationToken).ConfigureAwait(false)).Select(LoadBreakfast).FirstOrDefault();
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<BreakfastEvent>> ListBreakfastsAsync(CancellationToken cancellationToken = default) =>
        [.. (await Rows("peerpractice_breakfasts", null, cancellationToken).ConfigureAwait(false)).Select(LoadBreakfast).OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal)];

    /// <inheritdoc />
    public ValueTask<bool> AddVisitAsync(VisitPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        cancellationToken.ThrowIfCancellationRequested();
        return Upsert("peerpractice_visits", plan.Id, plan.Start, plan.ReciprocalOf, VisitPlanWriter.Write(plan), insert: true, cancellationToken);
    }

    /// <inheritdoc />
    public ValueTask<bool> UpdateVisitAsync(VisitPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        cancellationToken.ThrowIfCancellationRequested();
        return Upsert("peerpractice_visits", plan.Id, plan.Start, plan.ReciprocalOf, VisitPlanWriter.Write(plan), insert: false, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<VisitPlan?> GetVisitAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        return (await Rows("peerpractice_visits", id, cancellationToken).ConfigureAwait(false)).Select(LoadVisit).FirstOrDefault();
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<VisitPlan>> ListVisitsAsync(CancellationToken cancellationToken = default) =>
        [.. (await Rows("peerpractice_visits", null, cancellationToken).ConfigureAwait(false)).Select(LoadVisit).OrderBy(p => p.Start).ThenBy(p => p.Id, StringComparer.Ordinal)];

    private ValueTask<bool> Upsert(string table, string id, DateTimeOffset start, string? reciprocalOf, string json, bool insert, CancellationToken cancellationToken)
    {
        var visits = table == "peerpractice_visits";
        var sql = insert
            ? $"INSERT INTO {table}(id, start_utc, json{(visits ? ", reciprocal_of" : "")}) VALUES ($1, $2, $3{(visits ? ", $4" : "")}) ON CONFLICT (id) DO NOTHING"
            : $"UPDATE {table} SET start_utc = $2, json = $3{(visits ? ", reciprocal_of = $4" : "")}, version = version + 1 WHERE id = $1";
        return Write((insert ? "add " : "update ") + (visits ? "visit" : "breakfast"), async (connection, transaction) =>
        {
            await using var command = Command(connection, sql, transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = id });
            command.Parameters.Add(new NpgsqlParameter { Value = start.UtcTicks });
            command.Parameters.Add(new NpgsqlParameter { Value = json });
            if (visits)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = (object?)reciprocalOf ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            }

            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken);
    }

    private ValueTask<List<(string Id, string Json)>> Rows(string table, string? id, CancellationToken cancellationToken) => Read(async connection =>
    {
        await using var command = Command(connection, id is null ? $"SELECT id, json FROM {table}" : $"SELECT id, json FROM {table} WHERE id = $1");
        if (id is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = id });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var rows = new List<(string, string)>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    }, cancellationToken);

    private BreakfastEvent LoadBreakfast((string Id, string Json) row)
    {
        var result = BreakfastEventLoader.Load(row.Json, "breakfasts/" + row.Id);
        return result.Succeeded ? result.Value : throw Damaged("breakfast", row.Id, result.Problems);
    }

    private VisitPlan LoadVisit((string Id, string Json) row)
    {
        var result = VisitPlanLoader.Load(row.Json, "visits/" + row.Id);
        return result.Succeeded ? result.Value : throw Damaged("visit", row.Id, result.Problems);
    }

    private StoreException Damaged(string what, string id, IEnumerable<Problem> problems) =>
        new(StoreErrorKind.Damaged, $"The {what} '{id}' in the {Name} cannot be read: {string.Join("; ", problems.Where(p => p.IsError).Select(p => p.ToString()))}. Restore the database from a backup.");
}
