using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using PeerPractice.Breakfasts;
using PeerPractice.Visits;

namespace PeerPractice.Sqlite;

// Breakfasts and visits: each row holds the whole event or plan in its file format, written by the
// library's writer and read back by its loader; a row the loader refuses is reported as damaged.
public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public ValueTask<bool> AddBreakfastAsync(BreakfastEvent breakfast, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(breakfast);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Upsert("breakfasts", breakfast.Id, breakfast.Start, null, BreakfastEventWriter.Write(breakfast), insert: true));
    }

    /// <inheritdoc />
    public ValueTask<bool> UpdateBreakfastAsync(BreakfastEvent breakfast, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(breakfast);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Upsert("breakfasts", breakfast.Id, breakfast.Start, null, BreakfastEventWriter.Write(breakfast), insert: false));
    }

    /// <inheritdoc />
    public ValueTask<BreakfastEvent?> GetBreakfastAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Rows("breakfasts", id).Select(LoadBreakfast).FirstOrDefault());
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<BreakfastEvent>> ListBreakfastsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<BreakfastEvent>>([.. Rows("breakfasts", null).Select(LoadBreakfast).OrderBy(e => e.Start).ThenBy(e => e.Id, StringComparer.Ordinal)]);
    }

    /// <inheritdoc />
    public ValueTask<bool> AddVisitAsync(VisitPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Upsert("visits", plan.Id, plan.Start, plan.ReciprocalOf, VisitPlanWriter.Write(plan), insert: true));
    }

    /// <inheritdoc />
    public ValueTask<bool> UpdateVisitAsync(VisitPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Upsert("visits", plan.Id, plan.Start, plan.ReciprocalOf, VisitPlanWriter.Write(plan), insert: false));
    }

    /// <inheritdoc />
    public ValueTask<VisitPlan?> GetVisitAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Rows("visits", id).Select(LoadVisit).FirstOrDefault());
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<VisitPlan>> ListVisitsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<VisitPlan>>([.. Rows("visits", null).Select(LoadVisit).OrderBy(p => p.Start).ThenBy(p => p.Id, StringComparer.Ordinal)]);
    }

    private bool Upsert(string table, string id, DateTimeOffset start, string? reciprocalOf, string json, bool insert)
    {
        var columns = table == "visits" ? ", reciprocal_of" : "";
        var values = table == "visits" ? ", $reciprocal" : "";
        var sql = insert
            ? $"INSERT INTO {table}(id, start_utc, json, updated_at{columns}) VALUES ($id, $start, $json, $at{values}) ON CONFLICT(id) DO NOTHING"
            : $"UPDATE {table} SET start_utc = $start, json = $json, updated_at = $at{(table == "visits" ? ", reciprocal_of = $reciprocal" : "")} WHERE id = $id";
        return Write(insert ? "add " + table : "update " + table, transaction =>
        {
            using var command = Command(sql, transaction);
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$start", start.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$json", json);
            command.Parameters.AddWithValue("$at", _time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
            if (table == "visits")
            {
                command.Parameters.AddWithValue("$reciprocal", (object?)reciprocalOf ?? DBNull.Value);
            }

            return command.ExecuteNonQuery() == 1;
        });
    }

    private List<(string Id, string Json)> Rows(string table, string? id) => Read(() =>
    {
        using var command = Command(id is null ? $"SELECT id, json FROM {table}" : $"SELECT id, json FROM {table} WHERE id = $id");
        if (id is not null)
        {
            command.Parameters.AddWithValue("$id", id);
        }

        using var reader = command.ExecuteReader();
        var rows = new List<(string, string)>();
        while (reader.Read())
        {
            rows.Add((reader.GetString(0), reader.GetString(1)));
        }

        return rows;
    });

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
        new(StoreErrorKind.Damaged, $"The {what} '{id}' in {Path} cannot be read: {string.Join("; ", problems.Where(p => p.IsError).Select(p => p.ToString()))}. Restore the database from a backup.");
}
