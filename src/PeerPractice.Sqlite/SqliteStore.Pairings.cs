using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using PeerPractice.Matching;

namespace PeerPractice.Sqlite;

// Pairing history: a round, its pairs, its sit-outs and the members it was drawn from are written
// in one transaction, so a round is recorded whole or not at all.
public sealed partial class SqliteStore
{
    /// <inheritdoc />
    public ValueTask<long> RecordRoundAsync(RoundResult round, DateTimeOffset recordedAt, IReadOnlyList<MemberProfile>? members = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pairs = RoundRecording.Pairs(round);
        var sitOuts = RoundRecording.SitOuts(round);
        var at = recordedAt.ToString("O", CultureInfo.InvariantCulture);
        var id = Write("record round", transaction =>
        {
            long roundId;
            using (var command = Command("INSERT INTO rounds(created_at, seed, kind) VALUES ($at, $seed, 'pairs') RETURNING id", transaction))
            {
                command.Parameters.AddWithValue("$at", at);
                command.Parameters.AddWithValue("$seed", round.Seed);
                roundId = (long)command.ExecuteScalar()!;
            }

            foreach (var (a, b) in pairs)
            {
                using var command = Command("INSERT INTO pairings(round_id, member_a, member_b) VALUES ($round, $a, $b)", transaction);
                command.Parameters.AddWithValue("$round", roundId);
                command.Parameters.AddWithValue("$a", a);
                command.Parameters.AddWithValue("$b", b);
                command.ExecuteNonQuery();
            }

            foreach (var member in sitOuts)
            {
                using var command = Command("INSERT INTO sit_outs(round_id, member_id) VALUES ($round, $member)", transaction);
                command.Parameters.AddWithValue("$round", roundId);
                command.Parameters.AddWithValue("$member", member);
                command.ExecuteNonQuery();
            }

            foreach (var member in members ?? [])
            {
                using var command = Command("INSERT INTO members(id, json, imported) VALUES ($id, $json, $at) ON CONFLICT(id) DO UPDATE SET json = excluded.json, imported = excluded.imported", transaction);
                command.Parameters.AddWithValue("$id", member.Id);
                command.Parameters.AddWithValue("$json", ProfileLoader.Save([member]));
                command.Parameters.AddWithValue("$at", at);
                command.ExecuteNonQuery();
            }

            return roundId;
        });
        return ValueTask.FromResult(id);
    }

    /// <inheritdoc />
    public ValueTask<bool> RecordFeedbackAsync(long roundId, string memberA, string memberB, PairingOutcome outcome, int? rating, string? feedback, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        RoundRecording.CheckRating(rating);
        var (a, b) = RoundRecording.Ordered(memberA, memberB);
        var changed = Write("record feedback", transaction =>
        {
            using var command = Command("UPDATE pairings SET met = $met, rating = $rating, feedback = $feedback WHERE round_id = $round AND member_a = $a AND member_b = $b", transaction);
            command.Parameters.AddWithValue("$met", outcome switch { PairingOutcome.Met => 1, PairingOutcome.DidNotMeet => 0, _ => DBNull.Value });
            command.Parameters.AddWithValue("$rating", (object?)rating ?? DBNull.Value);
            command.Parameters.AddWithValue("$feedback", (object?)feedback ?? DBNull.Value);
            command.Parameters.AddWithValue("$round", roundId);
            command.Parameters.AddWithValue("$a", a);
            command.Parameters.AddWithValue("$b", b);
            return command.ExecuteNonQuery() == 1;
        });
        return ValueTask.FromResult(changed);
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<RoundPairing>> ListPairingsAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<RoundPairing>>(AllPairings());
    }

    /// <inheritdoc />
    public ValueTask<PairingHistory> LoadHistoryAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var history = new PairingHistory();
        foreach (var pairing in AllPairings())
        {
            history.Add(pairing.Pairing);
        }

        foreach (var sitOut in Read(() =>
        {
            using var command = Command("SELECT s.member_id, r.created_at FROM sit_outs s JOIN rounds r ON r.id = s.round_id ORDER BY r.id, s.member_id");
            using var reader = command.ExecuteReader();
            var sitOuts = new List<SitOutRecord>();
            while (reader.Read())
            {
                sitOuts.Add(new SitOutRecord(reader.GetString(0), RoundRecording.Day(ParseTime(reader.GetString(1)))));
            }

            return sitOuts;
        }))
        {
            history.Add(sitOut);
        }

        foreach (var declined in IntroductionRules.DeclinedPairs(QueryIntroductions("WHERE accepted_a = 0 OR accepted_b = 0", null)))
        {
            history.Add(declined);
        }

        return ValueTask.FromResult(history);
    }

    private List<RoundPairing> AllPairings() => Read(() =>
    {
        using var command = Command("""
            SELECT r.id, r.created_at, p.member_a, p.member_b, p.met, p.rating, p.feedback
            FROM pairings p JOIN rounds r ON r.id = p.round_id
            ORDER BY r.id, p.member_a, p.member_b
            """);
        using var reader = command.ExecuteReader();
        var pairings = new List<RoundPairing>();
        while (reader.Read())
        {
            var at = ParseTime(reader.GetString(1));
            var outcome = reader.IsDBNull(4) ? PairingOutcome.Scheduled : reader.GetInt64(4) != 0 ? PairingOutcome.Met : PairingOutcome.DidNotMeet;
            pairings.Add(new RoundPairing(
                reader.GetInt64(0),
                at,
                new PairingRecord(
                    reader.GetString(2),
                    reader.GetString(3),
                    RoundRecording.Day(at),
                    outcome,
                    reader.IsDBNull(5) ? null : reader.GetInt32(5),
                    reader.IsDBNull(6) ? null : reader.GetString(6))));
        }

        return pairings;
    });
}
