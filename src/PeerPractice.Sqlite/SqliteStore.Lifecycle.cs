using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using PeerPractice.Collections;
using PeerPractice.Matching;
using PeerPractice.Sessions;
using PeerPractice.Storage;

namespace PeerPractice.Sqlite;

// Relationships (one JSON row each; their sessions link back by sessions.relationship_id) and
// introductions (one row each, an answer written only where that side's answer is still empty, so
// a second answer can never overwrite the first).
public sealed partial class SqliteStore
{
    private const string IntroductionColumns = "id, member_a, member_b, source, round_id, created_at, expires_at, reasons_a, reasons_b, accepted_a, answered_a_at, accepted_b, answered_b_at";

    /// <inheritdoc />
    public ValueTask CreateRelationshipAsync(Relationship relationship, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        cancellationToken.ThrowIfCancellationRequested();
        RelationshipRules.Check(relationship);
        Write("create relationship", transaction =>
        {
            using var insert = Command("INSERT INTO relationships(id, started_at, json) VALUES ($id, $at, $json) ON CONFLICT(id) DO NOTHING", transaction);
            insert.Parameters.AddWithValue("$id", relationship.Id);
            insert.Parameters.AddWithValue("$at", Time(relationship.StartedAt));
            insert.Parameters.AddWithValue("$json", JsonSerializer.Serialize(RelationshipRow.From(relationship), SqliteJsonContext.Default.RelationshipRow));
            return insert.ExecuteNonQuery() == 1 ? 0 : throw RelationshipRules.AlreadyExists(relationship.Id);
        });
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask UpdateRelationshipAsync(Relationship relationship, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relationship);
        cancellationToken.ThrowIfCancellationRequested();
        RelationshipRules.Check(relationship);
        Write("update relationship", transaction =>
        {
            using var update = Command("UPDATE relationships SET started_at = $at, json = $json WHERE id = $id", transaction);
            update.Parameters.AddWithValue("$id", relationship.Id);
            update.Parameters.AddWithValue("$at", Time(relationship.StartedAt));
            update.Parameters.AddWithValue("$json", JsonSerializer.Serialize(RelationshipRow.From(relationship), SqliteJsonContext.Default.RelationshipRow));
            return update.ExecuteNonQuery() == 1 ? 0 : throw RelationshipRules.NotFound(relationship.Id);
        });
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<Relationship?> FindRelationshipAsync(string relationshipId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(relationshipId);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(QueryRelationships("WHERE id = $id", relationshipId).SingleOrDefault());
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Relationship>> ListRelationshipsAsync(string? memberId = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<Relationship>>([.. QueryRelationships("", null).Where(r => memberId is null || r.Includes(memberId))]);
    }

    /// <inheritdoc />
    public ValueTask CreateIntroductionAsync(Introduction introduction, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(introduction);
        cancellationToken.ThrowIfCancellationRequested();
        IntroductionRules.CheckNew(introduction);
        Write("create introduction", transaction =>
        {
            using var insert = Command(
                "INSERT INTO introductions(id, member_a, member_b, source, round_id, created_at, expires_at, reasons_a, reasons_b) "
                + "VALUES ($id, $a, $b, $source, $round, $created, $expires, $reasonsA, $reasonsB) ON CONFLICT(id) DO NOTHING",
                transaction);
            insert.Parameters.AddWithValue("$id", introduction.Id);
            insert.Parameters.AddWithValue("$a", introduction.MemberA);
            insert.Parameters.AddWithValue("$b", introduction.MemberB);
            insert.Parameters.AddWithValue("$source", introduction.Source.ToString());
            insert.Parameters.AddWithValue("$round", (object?)introduction.RoundId ?? DBNull.Value);
            insert.Parameters.AddWithValue("$created", Time(introduction.CreatedAt));
            insert.Parameters.AddWithValue("$expires", Time(introduction.ExpiresAt));
            insert.Parameters.AddWithValue("$reasonsA", JsonSerializer.Serialize(introduction.ReasonsForA.ToList(), SqliteJsonContext.Default.ListString));
            insert.Parameters.AddWithValue("$reasonsB", JsonSerializer.Serialize(introduction.ReasonsForB.ToList(), SqliteJsonContext.Default.ListString));
            return insert.ExecuteNonQuery() == 1 ? 0 : throw IntroductionRules.AlreadyExists(introduction.Id);
        });
        return ValueTask.CompletedTask;
    }

    /// <inheritdoc />
    public ValueTask<bool> AnswerIntroductionAsync(string introductionId, string memberId, IntroductionAnswer answer, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(introductionId);
        ArgumentNullException.ThrowIfNull(memberId);
        ArgumentNullException.ThrowIfNull(answer);
        cancellationToken.ThrowIfCancellationRequested();
        var found = QueryIntroductions("WHERE id = $id", introductionId).SingleOrDefault() ?? throw IntroductionRules.NotFound(introductionId);
        if (IntroductionRules.WithAnswer(found, memberId, answer) is null)
        {
            return ValueTask.FromResult(false);
        }

        var side = string.Equals(found.MemberA, memberId, StringComparison.Ordinal) ? "a" : "b";
        var written = Write("answer introduction", transaction =>
        {
            using var update = Command($"UPDATE introductions SET accepted_{side} = $accepted, answered_{side}_at = $at WHERE id = $id AND accepted_{side} IS NULL", transaction);
            update.Parameters.AddWithValue("$id", introductionId);
            update.Parameters.AddWithValue("$accepted", answer.Accepted ? 1 : 0);
            update.Parameters.AddWithValue("$at", Time(answer.At));
            return update.ExecuteNonQuery() == 1;
        });
        return ValueTask.FromResult(written);
    }

    /// <inheritdoc />
    public ValueTask<Introduction?> FindIntroductionAsync(string introductionId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(introductionId);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(QueryIntroductions("WHERE id = $id", introductionId).SingleOrDefault());
    }

    /// <inheritdoc />
    public ValueTask<IReadOnlyList<Introduction>> ListIntroductionsAsync(string? memberId = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult<IReadOnlyList<Introduction>>(memberId is null
            ? QueryIntroductions("", null)
            : QueryIntroductions("WHERE member_a = $id OR member_b = $id", memberId));
    }

    private List<Introduction> QueryIntroductions(string where, string? id) => Read(() =>
    {
        using var command = Command("SELECT " + IntroductionColumns + " FROM introductions " + where + " ORDER BY created_at, id");
        if (id is not null)
        {
            command.Parameters.AddWithValue("$id", id);
        }

        using var reader = command.ExecuteReader();
        var introductions = new List<Introduction>();
        while (reader.Read())
        {
            var introductionId = reader.GetString(0);
            if (!Enum.TryParse<IntroductionSource>(reader.GetString(3), out var source))
            {
                throw new StoreException(StoreErrorKind.Damaged, $"Introduction {introductionId} in {Path} has an unknown source '{reader.GetString(3)}'; the database is damaged.");
            }

            introductions.Add(new Introduction(introductionId, reader.GetString(1), reader.GetString(2), source, ParseTime(reader.GetString(5)), ParseTime(reader.GetString(6)))
            {
                RoundId = reader.IsDBNull(4) ? null : reader.GetInt64(4),
                ReasonsForA = Strings(reader.GetString(7), introductionId),
                ReasonsForB = Strings(reader.GetString(8), introductionId),
                AnswerOfA = reader.IsDBNull(9) ? null : new IntroductionAnswer(reader.GetInt64(9) != 0, ParseTime(reader.GetString(10))),
                AnswerOfB = reader.IsDBNull(11) ? null : new IntroductionAnswer(reader.GetInt64(11) != 0, ParseTime(reader.GetString(12))),
            });
        }

        return introductions;
    });

    private List<Relationship> QueryRelationships(string where, string? id) => Read(() =>
    {
        using var command = Command("SELECT id, json FROM relationships " + where + " ORDER BY started_at, id");
        if (id is not null)
        {
            command.Parameters.AddWithValue("$id", id);
        }

        using var reader = command.ExecuteReader();
        var relationships = new List<Relationship>();
        while (reader.Read())
        {
            var relationshipId = reader.GetString(0);
            try
            {
                relationships.Add((JsonSerializer.Deserialize(reader.GetString(1), SqliteJsonContext.Default.RelationshipRow)
                    ?? throw new JsonException("null")).ToRelationship());
            }
            catch (JsonException e)
            {
                throw new StoreException(StoreErrorKind.Damaged, $"Relationship {relationshipId} in {Path} does not read back ({e.Message}); the database is damaged.", e);
            }
        }

        return relationships;
    });

    private ValueArray<string> Strings(string json, string introductionId)
    {
        try
        {
            return (JsonSerializer.Deserialize(json, SqliteJsonContext.Default.ListString) ?? []).ToValueArray();
        }
        catch (JsonException e)
        {
            throw new StoreException(StoreErrorKind.Damaged, $"Introduction {introductionId} in {Path} has unreadable reasons ({e.Message}); the database is damaged.", e);
        }
    }

    private static string Time(DateTimeOffset value) => value.ToString("O", CultureInfo.InvariantCulture);
}
