using System;
using System.Collections.Generic;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;
using PeerPractice.Matching;

namespace PeerPractice.PostgreSql;

// Pairing history: a round, its pairs, its sit-outs and the members it was drawn from are written in
// one transaction, so a round is recorded whole or not at all, whichever silo computed it.
public sealed partial class PostgreSqlStore
{
    /// <inheritdoc />
    public async ValueTask<long> RecordRoundAsync(RoundResult round, DateTimeOffset recordedAt, IReadOnlyList<MemberProfile>? members = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var pairs = RoundRecording.Pairs(round);
        var sitOuts = RoundRecording.SitOuts(round);
        var at = recordedAt.ToString("O", CultureInfo.InvariantCulture);
        return await Write("record round", async (connection, transaction) =>
        {
            long roundId;
            await using (var command = Command(connection, "INSERT INTO peerpractice_rounds(created_at, seed, kind) VALUES ($1, $2, 'pairs') RETURNING id", transaction))
            {
                command.Parameters.Add(new NpgsqlParameter { Value = at });
                command.Parameters.Add(new NpgsqlParameter { Value = (long)round.Seed });
                roundId = (long)(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false))!;
            }

            await using var batch = new NpgsqlBatch(connection, transaction);
            foreach (var (a, b) in pairs)
            {
                batch.BatchCommands.Add(Batched("INSERT INTO peerpractice_pairings(round_id, member_a, member_b) VALUES ($1, $2, $3)", roundId, a, b));
            }

            foreach (var member in sitOuts)
            {
                batch.BatchCommands.Add(Batched("INSERT INTO peerpractice_sit_outs(round_id, member_id) VALUES ($1, $2)", roundId, member));
            }

            foreach (var member in members ?? [])
            {
                batch.BatchCommands.Add(Batched("INSERT INTO peerpractice_members(id, json, imported) VALUES ($1, $2, $3) ON CONFLICT (id) DO UPDATE SET json = excluded.json, imported = excluded.imported", member.Id, ProfileLoader.Save([member]), at));
            }

            if (batch.BatchCommands.Count > 0)
            {
                await batch.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }

            return roundId;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> RecordFeedbackAsync(long roundId, string memberA, string memberB, PairingOutcome outcome, int? rating, string? feedback, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        RoundRecording.CheckRating(rating);
        var (a, b) = RoundRecording.Ordered(memberA, memberB);
        return await Write("record feedback", async (connection, transaction) =>
        {
            await using var command = Command(connection, "UPDATE peerpractice_pairings SET met = $1, rating = $2, feedback = $3 WHERE round_id = $4 AND member_a = $5 AND member_b = $6", transaction);
            command.Parameters.Add(new NpgsqlParameter { Value = outcome switch { PairingOutcome.Met => true, PairingOutcome.DidNotMeet => false, _ => DBNull.Value }, NpgsqlDbType = NpgsqlDbType.Boolean });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)rating ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Integer });
            command.Parameters.Add(new NpgsqlParameter { Value = (object?)feedback ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text });
            command.Parameters.Add(new NpgsqlParameter { Value = roundId });
            command.Parameters.Add(new NpgsqlParameter { Value = a });
            command.Parameters.Add(new NpgsqlParameter { Value = b });
            return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<RoundPairing>> ListPairingsAsync(CancellationToken cancellationToken = default) =>
        await AllPairings(cancellationToken).ConfigureAwait(false);

    /// <inheritdoc />
    public async ValueTask<PairingHistory> LoadHistoryAsync(CancellationToken cancellationToken = default)
    {
        var history = new PairingHistory();
        foreach (var pairing in await AllPairings(cancellationToken).ConfigureAwait(false))
        {
            history.Add(pairing.Pairing);
        }

        var sitOuts = await Read(async connection =>
        {
            await using var command = Command(connection, "SELECT s.member_id, r.created_at FROM peerpractice_sit_outs s JOIN peerpractice_rounds r ON r.id = s.round_id ORDER BY r.id, s.member_id");
            await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            var rows = new List<SitOutRecord>();
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                rows.Add(new SitOutRecord(reader.GetString(0), RoundRecording.Day(ParseTime(reader.GetString(1)))));
            }

            return rows;
        }, cancellationToken).ConfigureAwait(false);
        foreach (var sitOut in sitOuts)
        {
            history.Add(sitOut);
        }

        // A declined introduction is a do-not-pair entry given through the introduction (IIntroductionStore).
        foreach (var declined in await DeclinedIntroductions(cancellationToken).ConfigureAwait(false))
        {
            history.Add(declined);
        }

        return history;
    }

    private static NpgsqlBatchCommand Batched(string sql, params object[] values)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        return command;
    }

    private ValueTask<List<RoundPairing>> AllPairings(CancellationToken cancellationToken) => Read(async connection =>
    {
        await using var command = Command(connection, """
            SELECT r.id, r.created_at, p.member_a, p.member_b, p.met, p.rating, p.feedback
            FROM peerpractice_pairings p JOIN peerpractice_rounds r ON r.id = p.round_id
            ORDER BY r.id, p.member_a, p.member_b
            """);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var pairings = new List<RoundPairing>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var at = ParseTime(reader.GetString(1));
            var outcome = reader.IsDBNull(4) ? PairingOutcome.Scheduled : reader.GetBoolean(4) ? PairingOutcome.Met : PairingOutcome.DidNotMeet;
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
    }, cancellationToken);
}
