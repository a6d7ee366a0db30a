using System.Collections.Generic;
using System.Text.Json.Serialization;
using PeerPractice.Sessions;
using PeerPractice.Storage;

namespace PeerPractice.Sqlite;

/// <summary>
/// How participants are kept in the <c>sessions</c> table (the same JSON the console host always wrote),
/// relationships in the <c>relationships</c> table, and an introduction's reasons.
/// </summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<Participant>))]
[JsonSerializable(typeof(RelationshipRow))]
[JsonSerializable(typeof(List<string>))]
internal sealed partial class SqliteJsonContext : JsonSerializerContext;
