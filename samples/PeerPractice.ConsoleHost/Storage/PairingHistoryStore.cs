using System.Globalization;
using PeerPractice.Matching;

namespace PeerPractice.ConsoleHost.Storage;

/// <summary>A pair two members formed in a past round.</summary>
internal sealed record PastPairing(long RoundId, DateTimeOffset PairedAt, string MemberA, string MemberB, bool? Met, int? Rating, string? Feedback);

/// <summary>
/// Who has been paired with whom, across runs, so that no round repeats a past pair (within the
/// policy's cool-down). A round, its pairs, its sit-outs and the members it was drawn from are
/// written in one transaction: a round is recorded whole or not at all.
/// </summary>
internal sealed class PairingHistoryStore(HostDatabase database)
{
    public long RecordRound(
        string kind,
        long seed,
        DateTimeOffset createdAt,
        IEnumerable<(string A, string B)> pairs,
        IEnumerable<string>? sitOuts = null,
        IEnumerable<(string Id, string Json)>? members = null)
    {
        using var transaction = database.BeginWrite();
        long roundId;
        using (var command = database.Connection.CreateCommand())
        {
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO rounds(created_at, seed, kind) VALUES ($at, $seed, $kind) RETURNING id";
            command.Parameters.AddWithValue("$at", createdAt.ToString("O", CultureInfo.InvariantCulture));
            command.Parameters.AddWithValue("$seed", seed);
            command.Parameters.AddWithValue("$kind", kind);
            roundId = (long)command.ExecuteScalar()!;
        }

        foreach (var (a, b) in pairs)
        {
            using var command = database.Connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO pairings(round_id, member_a, member_b) VALUES ($round, $a, $b)";
            var (first, second) = Ordered(a, b);
            command.Parameters.AddWithValue("$round", roundId);
            command.Parameters.AddWithValue("$a", first);
            command.Parameters.AddWithValue("$b", second);
            command.ExecuteNonQuery();
        }

        foreach (var member in sitOuts ?? [])
        {
            using var command = database.Connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO sit_outs(round_id, member_id) VALUES ($round, $member)";
            command.Parameters.AddWithValue("$round", roundId);
            command.Parameters.AddWithValue("$member", member);
            command.ExecuteNonQuery();
        }

        foreach (var (id, json) in members ?? [])
        {
            using var command = database.Connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = "INSERT INTO members(id, json, imported) VALUES ($id, $json, $at) ON CONFLICT(id) DO UPDATE SET json = excluded.json, imported = excluded.imported";
            command.Parameters.AddWithValue("$id", id);
            command.Parameters.AddWithValue("$json", json);
            command.Parameters.AddWithValue("$at", createdAt.ToString("O", CultureInfo.InvariantCulture));
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        return roundId;
    }

    /// <summary>Records whether a pair actually met, with a 1-5 rating and short feedback that later rounds use.</summary>
    public bool RecordMeeting(long roundId, string a, string b, bool met, int? rating, string? feedback)
    {
        var (first, second) = Ordered(a, b);
        using var transaction = database.BeginWrite();
        using var command = database.Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE pairings SET met = $met, rating = $rating, feedback = $feedback WHERE round_id = $round AND member_a = $a AND member_b = $b";
        command.Parameters.AddWithValue("$met", met ? 1 : 0);
        command.Parameters.AddWithValue("$rating", (object?)rating ?? DBNull.Value);
        command.Parameters.AddWithValue("$feedback", (object?)feedback ?? DBNull.Value);
        command.Parameters.AddWithValue("$round", roundId);
        command.Parameters.AddWithValue("$a", first);
        command.Parameters.AddWithValue("$b", second);
        var changed = command.ExecuteNonQuery() == 1;
        transaction.Commit();
        return changed;
    }

    public IReadOnlyList<PastPairing> All()
    {
        using var command = database.Connection.CreateCommand();
        command.CommandText = """
            SELECT r.id, r.created_at, p.member_a, p.member_b, p.met, p.rating, p.feedback
            FROM pairings p JOIN rounds r ON r.id = p.round_id
            ORDER BY r.id, p.member_a, p.member_b
            """;
        using var reader = command.ExecuteReader();
        var pairings = new List<PastPairing>();
        while (reader.Read())
        {
            pairings.Add(new PastPairing(
                reader.GetInt64(0),
                DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture),
                reader.GetString(2),
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetInt64(4) != 0,
                reader.IsDBNull(5) ? null : reader.GetInt32(5),
                reader.IsDBNull(6) ? null : reader.GetString(6)));
        }

        return pairings;
    }

    /// <summary>The stored history as the matching library reads it: pairs with their outcomes, and sit-outs.</summary>
    public PairingHistory LoadHistory()
    {
        var history = new PairingHistory();
        foreach (var pairing in All())
        {
            var outcome = pairing.Met switch
            {
                true => PairingOutcome.Met,
                false => PairingOutcome.DidNotMeet,
                null => PairingOutcome.Scheduled,
            };
            history.Add(new PairingRecord(pairing.MemberA, pairing.MemberB, DateOnly.FromDateTime(pairing.PairedAt.UtcDateTime), outcome, pairing.Rating, pairing.Feedback));
        }

        using var command = database.Connection.CreateCommand();
        command.CommandText = "SELECT s.member_id, r.created_at FROM sit_outs s JOIN rounds r ON r.id = s.round_id ORDER BY r.id";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            history.Add(new SitOutRecord(reader.GetString(0), DateOnly.FromDateTime(DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture).UtcDateTime)));
        }

        return history;
    }

    private static (string, string) Ordered(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
