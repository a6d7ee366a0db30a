using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Npgsql;
using NpgsqlTypes;
using PeerPractice.Collections;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Storage;

namespace PeerPractice.PostgreSql;

// Relationships (one JSON row each; their sessions link back by sessions.relationship_id) and
// introductions (one row each). An answer is a compare-and-set in the server: written only where that
// side's answer is still empty, so of two processes answering for one side at once, exactly one wins.
public sealed partial class PostgreSqlStore : IRelationshipStore, IIntroductionStore
{
    private const string IntroductionColumns = "id, member_a, member_b, source, round_id, created_at, expires_at, reasons_a, reasons_b, accepted_a, answered_a_at, accepted_b, answered_b_at";

    /// <inheritdoc />
    public async ValueTask CreateRelationshipAsync(Relationship relationship, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        cancellationToken.ThrowIfCancellationRequested();
        RelationshipRules.Check(relationship);
        await Write("create relationship", async (connection, transaction) =>
        {
            await using var insert = Command(connection, "INSERT INTO peerpractice_relationships(id, started_at, started_utc, json) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING", transaction);
            AddRelationship(insert, relationship);
            return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1 ? 0 : throw RelationshipRules.AlreadyExists(relationship.Id);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask UpdateRelationshipAsync(Relationship relationship, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        cancellationToken.ThrowIfCancellationRequested();
        RelationshipRules.Check(relationship);
        await Write("update relationship", async (connection, transaction) =>
        {
            await using var update = Command(connection, "UPDATE peerpractice_relationships SET started_at = $2, started_utc = $3, json = $4, version = version + 1 WHERE id = $1", transaction);
            AddRelationship(update, relationship);
            return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1 ? 0 : throw RelationshipRules.NotFound(relationship.Id);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<Relationship?> FindRelationshipAsync(string relationshipId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relationshipId);
        return (await QueryRelationships("WHERE id = $1", relationshipId, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Relationship>> ListRelationshipsAsync(string? memberId = null, CancellationToken cancellationToken = default)
    {
        var all = await QueryRelationships("", null, cancellationToken).ConfigureAwait(false);
        return [.. all.Where(r => memberId is null || r.Includes(memberId))];
    }

    /// <inheritdoc />
    public async ValueTask CreateIntroductionAsync(Introduction introduction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        cancellationToken.ThrowIfCancellationRequested();
        IntroductionRules.CheckNew(introduction);
        await Write("create introduction", async (connection, transaction) =>
        {
            await using var insert = Command(
                connection,
                "INSERT INTO peerpractice_introductions(id, member_a, member_b, source, round_id, created_at, created_utc, expires_at, reasons_a, reasons_b) "
                + "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10) ON CONFLICT (id) DO NOTHING",
                transaction);
            insert.Parameters.Add(new NpgsqlParameter { Value = introduction.Id });
            insert.Parameters.Add(new NpgsqlParameter { Value = introduction.MemberA });
            insert.Parameters.Add(new NpgsqlParameter { Value = introduction.MemberB });
            insert.Parameters.Add(new NpgsqlParameter { Value = introduction.Source.ToString() });
            insert.Parameters.Add(new NpgsqlParameter { Value = (object?)introduction.RoundId ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Bigint });
            insert.Parameters.Add(new NpgsqlParameter { Value = Time(introduction.CreatedAt) });
            insert.Parameters.Add(new NpgsqlParameter { Value = introduction.CreatedAt.UtcTicks });
            insert.Parameters.Add(new NpgsqlParameter { Value = Time(introduction.ExpiresAt) });
            insert.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(introduction.ReasonsForA.ToList(), PostgreSqlJsonContext.Default.ListString) });
            insert.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(introduction.ReasonsForB.ToList(), PostgreSqlJsonContext.Default.ListString) });
            return await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1 ? 0 : throw IntroductionRules.AlreadyExists(introduction.Id);
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<bool> AnswerIntroductionAsync(string introductionId, string memberId, IntroductionAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(introductionId);
        ArgumentNullException.ThrowIfNull(memberId);
        ArgumentNullException.ThrowIfNull(answer);
        cancellationToken.ThrowIfCancellationRequested();
        var found = (await QueryIntroductions("WHERE id = $1", introductionId, cancellationToken).ConfigureAwait(false)).SingleOrDefault()
            ?? throw IntroductionRules.NotFound(introductionId);

        // Refuses a member who is not one of the two (ArgumentException); null when that side has answered.
        if (IntroductionRules.WithAnswer(found, memberId, answer) is null)
        {
            return false;
        }

        var side = string.Equals(found.MemberA, memberId, StringComparison.Ordinal) ? "a" : "b";
        return await Write("answer introduction", async (connection, transaction) =>
        {
            await using var update = Command(connection, $"UPDATE peerpractice_introductions SET accepted_{side} = $2, answered_{side}_at = $3 WHERE id = $1 AND accepted_{side} IS NULL", transaction);
            update.Parameters.Add(new NpgsqlParameter { Value = introductionId });
            update.Parameters.Add(new NpgsqlParameter { Value = answer.Accepted });
            update.Parameters.Add(new NpgsqlParameter { Value = Time(answer.At) });
            return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async ValueTask<Introduction?> FindIntroductionAsync(string introductionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(introductionId);
        return (await QueryIntroductions("WHERE id = $1", introductionId, cancellationToken).ConfigureAwait(false)).SingleOrDefault();
    }

    /// <inheritdoc />
    public async ValueTask<IReadOnlyList<Introduction>> ListIntroductionsAsync(string? memberId = null, CancellationToken cancellationToken = default) =>
        memberId is null
            ? await QueryIntroductions("", null, cancellationToken).ConfigureAwait(false)
            : await QueryIntroductions("WHERE member_a = $1 OR member_b = $1", memberId, cancellationToken).ConfigureAwait(false);

    /// <summary>The introductions one side declined, as pairing history (<see cref="IntroductionRules.DeclinedPairs"/>).</summary>
    private async ValueTask<IEnumerable<PairingRecord>> DeclinedIntroductions(CancellationToken cancellationToken) =>
        IntroductionRules.DeclinedPairs(await QueryIntroductions("WHERE accepted_a = false OR accepted_b = false", null, cancellationToken).ConfigureAwait(false));

    private static void AddRelationship(NpgsqlCommand command, Relationship relationship)
    {
        command.Parameters.Add(new NpgsqlParameter { Value = relationship.Id });
        command.Parameters.Add(new NpgsqlParameter { Value = Time(relationship.StartedAt) });
        command.Parameters.Add(new NpgsqlParameter { Value = relationship.StartedAt.UtcTicks });
        command.Parameters.Add(new NpgsqlParameter { Value = JsonSerializer.Serialize(RelationshipRow.From(relationship), PostgreSqlJsonContext.Default.RelationshipRow) });
    }

    private ValueTask<List<Relationship>> QueryRelationships(string where, string? id, CancellationToken cancellationToken) => Read(async connection =>
    {
        await using var command = Command(connection, "SELECT id, json FROM peerpractice_relationships " + where + " ORDER BY started_utc, id");
        if (id is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = id });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var relationships = new List<Relationship>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var relationshipId = reader.GetString(0);
            try
            {
                relationships.Add((JsonSerializer.Deserialize(reader.GetString(1), PostgreSqlJsonContext.Default.RelationshipRow)
                    ?? throw new JsonException("null")).ToRelationship());
            }
            catch (JsonException e)
            {
                throw new StoreException(StoreErrorKind.Damaged, $"Relationship {relationshipId} in the {Name} does not read back ({e.Message}); the database is damaged.", e);
            }
        }

        return relationships;
    }, cancellationToken);

    private ValueTask<List<Introduction>> QueryIntroductions(string where, string? id, CancellationToken cancellationToken) => Read(async connection =>
    {
        await using var command = Command(connection, "SELECT " + IntroductionColumns + " FROM peerpractice_introductions " + where + " ORDER BY created_utc, id");
        if (id is not null)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = id });
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        var introductions = new List<Introduction>();
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var introductionId = reader.GetString(0);
            if (!Enum.TryParse<IntroductionSource>(reader.GetString(3), out var source))
            {
                throw new StoreException(StoreErrorKind.Damaged, $"Introduction {introductionId} in the {Name} has an unknown source '{reader.GetString(3)}'; the database is damaged.");
            }

            introductions.Add(new Introduction(introductionId, reader.GetString(1), reader.GetString(2), source, ParseTime(reader.GetString(5)), ParseTime(reader.GetString(6)))
            {
                RoundId = reader.IsDBNull(4) ? null : reader.GetInt64(4),
                ReasonsForA = Reasons(reader.GetString(7), introductionId),
                ReasonsForB = Reasons(reader.GetString(8), introductionId),
                AnswerOfA = reader.IsDBNull(9) ? null : new IntroductionAnswer(reader.GetBoolean(9), ParseTime(reader.GetString(10))),
                AnswerOfB = reader.IsDBNull(11) ? null : new IntroductionAnswer(reader.GetBoolean(11), ParseTime(reader.GetString(12))),
            });
        }

        return introductions;
    }, cancellationToken);

    private ValueArray<string> Reasons(string json, string introductionId)
    {
        try
        {
            return (JsonSerializer.Deserialize(json, PostgreSqlJsonContext.Default.ListString) ?? []).ToValueArray();
        }
        catch (JsonException e)
        {
            throw new StoreException(StoreErrorKind.Damaged, $"Introduction {introductionId} in the {Name} has unreadable reasons ({e.Message}); the database is damaged.", e);
        }
    }

    private static string Time(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);
}
