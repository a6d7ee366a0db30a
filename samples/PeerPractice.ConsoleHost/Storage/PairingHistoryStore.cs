using System.Globalization;

namespace PeerPractice.ConsoleHost.Storage;

/// <summary>A pair two members formed in a past round.</summary>
internal sealed record PastPairing(long RoundId, DateTimeOffset PairedAt, string MemberA, string MemberB, bool? Met, string? Feedback);

/// <summary>
/// Who has been paired with whom, across runs, so that no round repeats a past pair. A round and
/// all its pairs are written in one transaction: a round is recorded whole or not at all.
/// </summary>
internal sealed class PairingHistoryStore(HostDatabase database)
{
    public long RecordRound(string kind, long seed, DateTimeOffset createdAt, IEnumerable<(string A, string B)> pairs)
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
            var (first, second) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
            command.Parameters.AddWithValue("$round", roundId);
            command.Parameters.AddWithValue("$a", first);
            command.Parameters.AddWithValue("$b", second);
            command.ExecuteNonQuery();
        }

        transaction.Commit();
        return roundId;
    }

    /// <summary>Records whether a pair actually met, with short feedback later rounds can use.</summary>
    public bool RecordMeeting(long roundId, string a, string b, bool met, string? feedback)
    {
        var (first, second) = string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
        using var transaction = database.BeginWrite();
        using var command = database.Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = "UPDATE pairings SET met = $met, feedback = $feedback WHERE round_id = $round AND member_a = $a AND member_b = $b";
        command.Parameters.AddWithValue("$met", met ? 1 : 0);
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
            SELECT r.id, r.created_at, p.member_a, p.member_b, p.met, p.feedback
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
                reader.IsDBNull(5) ? null : reader.GetString(5)));
        }

        return pairings;
    }
}
